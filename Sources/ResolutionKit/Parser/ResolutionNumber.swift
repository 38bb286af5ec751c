/// Resolution numbers in headings: the grammar is `ResolutionID`'s, the only one.
enum ResolutionNumber {
  /// The number starting at `index` and the index just past it.
  static func match(_ text: [UInt8], at index: Int) -> (number: String, end: Int)? {
    ResolutionID.matchNumber(in: text, at: index).map { ($0.number, $0.end) }
  }
}

/// Roman numerals of section headings, with the OCR slips seen in real files (`Ш` for III, `П` for II).
enum SectionNumeral {
  static let numerals = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII",
    "XIX", "XX",
  ]

  /// The numeral a block of text consists of (`IV`, `# VI`, `Ш`, `III.`), normalised, or nil.
  static func parse(_ text: [UInt8]) -> String? {
    var bytes = text.trimmedSpaces()
    if bytes.last == ASCII.period { bytes.removeLast() }
    if bytes.hasPrefixIgnoringCase(Array("section ".utf8)) { bytes = Array(bytes[8...]) }
    guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
    var latin = ""
    var index = 0
    while index < bytes.count {
      let b = bytes[index]
      if b == 0xD0, index + 1 < bytes.count, bytes[index + 1] == 0xA8 {
        latin += "III"  // Cyrillic Sha
        index += 2
      } else if b == 0xD0, index + 1 < bytes.count, bytes[index + 1] == 0x9F {
        latin += "II"  // Cyrillic Pe
        index += 2
      } else if b == 0xD0, index + 1 < bytes.count, bytes[index + 1] == 0x86 {
        latin += "I"  // Cyrillic I
        index += 2
      } else if b == UInt8(ascii: "I") || b == UInt8(ascii: "V") || b == UInt8(ascii: "X") {
        latin.append(Character(UnicodeScalar(b)))
        index += 1
      } else if b == UInt8(ascii: "l") || b == UInt8(ascii: "1") {
        latin += "I"  // OCR reads I as l or 1
        index += 1
      } else {
        return nil
      }
    }
    return numerals.contains(latin) ? latin : nil
  }

  static func successor(of numeral: String?) -> String {
    guard let numeral, let index = numerals.firstIndex(of: numeral), index + 1 < numerals.count else { return "I" }
    return numerals[index + 1]
  }
}

/// Subparagraph labels: `a`…`z`, then `aa`; roman `i`, `ii`, … for lists that start at `(i)`.
enum SubparagraphLabel {
  static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
    "xvii", "xviii", "xix", "xx"]

  /// The label after `previous` in the same list (`h` → `i`; `iv` → `v` in a roman list).
  static func successor(of previous: String?, roman: Bool) -> String {
    guard let previous else { return "a" }
    if roman, let index = romans.firstIndex(of: previous), index + 1 < romans.count { return romans[index + 1] }
    if previous.count == 1, let scalar = previous.unicodeScalars.first, scalar.value < 122 {
      return String(UnicodeScalar(scalar.value + 1)!)
    }
    if previous == "z" { return "aa" }
    return previous + "?"
  }

  /// The label of a `(x)` at `index`, and the index just past the closing parenthesis.
  static func match(_ text: [UInt8], at index: Int) -> (label: String, end: Int)? {
    guard index < text.count, text[index] == ASCII.openParen else { return nil }
    var close = index + 1
    while close < text.count, close - index <= 6, ASCII.isLower(text[close]) || ASCII.isDigit(text[close]) { close += 1 }
    guard close < text.count, close > index + 1, text[close] == ASCII.closeParen else { return nil }
    let inner = Array(text[(index + 1)..<close]).string
    let isLetters = inner.allSatisfy { $0.isLowercase }
    // `(1)` is how OCR reads `(l)`; digits are accepted here and checked against the expected label by the caller.
    guard isLetters && (inner.count <= 2 || romans.contains(inner)) || inner.allSatisfy(\.isNumber) && inner.count <= 2 else {
      return nil
    }
    return (inner, close + 1)
  }
}
