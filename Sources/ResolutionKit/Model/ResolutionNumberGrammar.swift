/// How a resolution number is built; decides which organ the bare number can belong to.
public enum ResolutionNumberForm: Sendable, Hashable {
  /// Session or year and serial: `55/64`, `1992/22`, `5/2`, special sessions `ES-10/2`, `S-26/2`, parts `49/75 E`.
  case serial
  /// Old numbering with a roman session: `155 C (VII)`, `11 (XXXV)`.
  case romanSession
  /// The Security Council's serial and year: `1325 (2000)`. Only that organ numbers this way.
  case securityCouncil
}

/// One number found in text: its canonical spelling, where it ends, and its form.
public struct ResolutionNumberMatch: Sendable, Hashable {
  public var number: String
  public var end: Int
  public var form: ResolutionNumberForm
}

/// The one grammar of resolution numbers, used by the parser, the citation grammar, ids typed by people, the catalog
/// and the index. Strict mode reads numbers as texts print them; lenient mode reads what people type (`155 c (vii)`,
/// `1325(2000)`, `49/75e`) and gives the same canonical spelling.
extension ResolutionID {
  /// The number at `index`. It must start a word and not continue a symbol or a range (`A/55/119`), unless
  /// `afterSymbolPrefix` says the caller has just read `A/RES/` or the like.
  public static func matchNumber(
    in bytes: [UInt8], at index: Int, lenient: Bool = false, afterSymbolPrefix: Bool = false
  ) -> ResolutionNumberMatch? {
    NumberScanner(bytes: bytes, lenient: lenient, afterSymbolPrefix: afterSymbolPrefix).match(at: index)
  }

  /// The canonical spelling of a whole number (`es-10/2` → `ES-10/2`), or nil when the text is not one number.
  public static func canonicalNumber(_ text: String) -> String? {
    let bytes = Array(text.trimmingSpaces.utf8)
    guard let match = matchNumber(in: bytes, at: 0, lenient: true), match.end == bytes.count else { return nil }
    return match.number
  }

  /// The form of a canonical number, or nil when it is not one.
  public static func form(ofNumber number: String) -> ResolutionNumberForm? {
    let bytes = Array(number.utf8)
    guard let match = matchNumber(in: bytes, at: 0, lenient: true), match.end == bytes.count else { return nil }
    return match.form
  }
}

private struct NumberScanner {
  let bytes: [UInt8]
  let lenient: Bool
  let afterSymbolPrefix: Bool

  func byte(_ index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }
  func isDigit(_ index: Int) -> Bool { byte(index).map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
  func isLetter(_ index: Int) -> Bool { byte(index).map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ?? false }
  func isWordByte(_ index: Int) -> Bool {
    isDigit(index) || isLetter(index) || (byte(index).map { $0 >= 0x80 } ?? false)
  }
  func isUpper(_ index: Int) -> Bool { byte(index).map { $0 >= 0x41 && $0 <= 0x5A } ?? false }
  /// A letter as the grammar accepts it here: upper case, or any case when lenient.
  func isPartLetter(_ index: Int) -> Bool { lenient ? isLetter(index) : isUpper(index) }
  func upper(_ index: Int) -> Character { Character(UnicodeScalar(bytes[index] & ~0x20)) }

  func digits(at index: Int, max: Int) -> Range<Int>? {
    var end = index
    while isDigit(end) { end += 1 }
    return end > index && end - index <= max ? index..<end : nil
  }

  func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  func has(_ literal: String, at index: Int) -> Bool {
    var cursor = index
    for expected in literal.utf8 {
      guard let actual = byte(cursor) else { return false }
      if actual != expected && !(lenient && actual | 0x20 == expected | 0x20 && isLetter(cursor)) { return false }
      cursor += 1
    }
    return true
  }

  /// Where the spaces at `index` end; in strict mode exactly one space is required when `required`.
  func space(at index: Int, required: Bool) -> Int? {
    if byte(index) == 0x20 { return index + 1 }
    return lenient || !required ? index : nil
  }

  func match(at index: Int) -> ResolutionNumberMatch? {
    // Not inside a word, nor inside a symbol or a range (`A/55/119`, `ES-10/2` read from its `10`).
    guard byte(index) != nil, !isWordByte(index - 1),
      afterSymbolPrefix || (byte(index - 1) != UInt8(ascii: "/") && byte(index - 1) != UInt8(ascii: "-"))
    else { return nil }
    var start = index
    var prefix = ""
    // Special and emergency special sessions: `S-26/2`, `ES-10/2`.
    if has("ES-", at: index) {
      prefix = "ES-"
      start += 3
    } else if has("S-", at: index) {
      prefix = "S-"
      start += 2
    }
    guard let lead = digits(at: start, max: 4) else { return nil }
    if byte(lead.upperBound) == UInt8(ascii: "/") {
      guard let second = digits(at: lead.upperBound + 1, max: 4) else { return nil }
      var end = second.upperBound
      // A letter glued to the number is its part only as people type it (`49/75e`, the symbol `A/RES/49/75E`).
      let gluedPart = lenient && isLetter(end) && !isWordByte(end + 1)
      // `55/64/Add.1` or `A/55/119` style symbols are not resolution numbers; nor is `55/64x`.
      guard byte(end) != UInt8(ascii: "/"), !isWordByte(end) || gluedPart else { return nil }
      var number = prefix + text(lead) + "/" + text(second)
      // A lettered part adopted under one number: `49/75 E`, `51/45 O`.
      if let letterAt = space(at: end, required: true), letterAt > end || lenient, isPartLetter(letterAt),
        !isWordByte(letterAt + 1), byte(letterAt + 1) != UInt8(ascii: "/"),
        !(byte(letterAt + 1) == UInt8(ascii: ".") && isLetter(letterAt + 2))
      {
        number += " " + String(upper(letterAt))
        end = letterAt + 1
      }
      return ResolutionNumberMatch(number: number, end: end, form: .serial)
    }
    guard prefix.isEmpty else { return nil }
    // Old numbering: `155 C (VII)`, `11 (XXXV)`; Security Council: `1325 (2000)`.
    var cursor = lead.upperBound
    var part = ""
    if let letterAt = space(at: cursor, required: true), isPartLetter(letterAt), !isWordByte(letterAt + 1),
      let open = space(at: letterAt + 1, required: true), byte(open) == UInt8(ascii: "(")
    {
      part = " " + String(upper(letterAt))
      cursor = letterAt + 1
    }
    guard let open = space(at: cursor, required: true), byte(open) == UInt8(ascii: "(") else { return nil }
    var close = open + 1
    while let b = byte(close), b != UInt8(ascii: ")"), close - open <= 10 { close += 1 }
    guard byte(close) == UInt8(ascii: ")"), close > open + 1 else { return nil }
    let innerRange = (open + 1)..<close
    let inner = text(innerRange)
    let romanDigits: Set<Character> = ["I", "V", "X", "L", "C", "D", "M"]
    let canonicalInner = lenient ? inner.uppercased() : inner
    if canonicalInner.allSatisfy({ romanDigits.contains($0) }) {
      return ResolutionNumberMatch(
        number: "\(text(lead))\(part) (\(canonicalInner))", end: close + 1, form: .romanSession)
    }
    if part.isEmpty, inner.count == 4, innerRange.allSatisfy(isDigit) {
      return ResolutionNumberMatch(number: "\(text(lead)) (\(inner))", end: close + 1, form: .securityCouncil)
    }
    return nil
  }
}
