/// Where inside a cited resolution a citation points: `para. 9`, `annex III`, `section II`, `annex, para. 35`; or the
/// part of a cited document (`A/58/6 (sect. 23)`). One printer (`description`: what `show --json` and the screens
/// print, and the index stores) and one parser (`init?(_:)`, for the index column), so no caller re-reads the string
/// by prefix; `ParagraphOutline.paragraph(named:)` resolves it to a ref of the target.
public struct Pinpoint: Hashable, Sendable, CustomStringConvertible {
  public enum Part: Hashable, Sendable, CustomStringConvertible {
    /// `annex`, `annex III`.
    case annex(String?)
    /// `section II`, `section 23`.
    case section(String)
    /// `chap. IV`.
    case chapter(String)
    /// `para. 9`, `para. 26 (d)`, `paras. 3 and 4`: the numbers as written, and whether more than one.
    case paragraphs(String, plural: Bool)
    /// A part of a document as its symbol's parentheses give it: `sect. 23`, `Part I`, `Vol. II`, `Suppl. No. 6`.
    case documentPart(String)

    /// The words that open a document part inside the parentheses after a symbol.
    public static let documentPartWords = ["sect.", "Part ", "Vol.", "Suppl.", "chap."]

    public var description: String {
      switch self {
      case .annex(let number): return number.map { "annex \($0)" } ?? "annex"
      case .section(let number): return "section \(number)"
      case .chapter(let number): return "chap. \(number)"
      case .paragraphs(let numbers, let plural): return (plural ? "paras. " : "para. ") + numbers
      case .documentPart(let words): return words
      }
    }
  }

  /// Outermost first: `annex`, then `para. 35`.
  public var parts: [Part]

  public init(_ parts: [Part]) {
    // The same part twice says nothing more (`para. 2, para. 2` came from reading the next citation's pinpoint).
    var kept: [Part] = []
    for part in parts where !kept.contains(part) { kept.append(part) }
    self.parts = kept
  }

  /// A pinpoint of the parts a citation gives, nil when it gives none.
  public init?(nonEmpty parts: [Part]) {
    guard !parts.isEmpty else { return nil }
    self.init(parts)
  }

  public var description: String { parts.map(\.description).joined(separator: ", ") }

  /// Reads the printed form back: parts separated by `, ` (a comma inside `paras. 3, 5 and 7` stays with its part).
  public init?(_ text: String) {
    var parts: [Part] = []
    var chunks: [String] = []
    for chunk in Self.split(text) {
      if Self.startsPart(chunk) || chunks.isEmpty {
        chunks.append(chunk)
      } else {
        chunks[chunks.count - 1] += ", " + chunk
      }
    }
    for chunk in chunks {
      if chunk == "annex" {
        parts.append(.annex(nil))
      } else if chunk.hasPrefix("annex ") {
        parts.append(.annex(String(chunk.dropFirst(6))))
      } else if chunk.hasPrefix("section ") {
        parts.append(.section(String(chunk.dropFirst(8))))
      } else if chunk.hasPrefix("chap. ") {
        parts.append(.chapter(String(chunk.dropFirst(6))))
      } else if chunk.hasPrefix("paras. ") {
        parts.append(.paragraphs(String(chunk.dropFirst(7)), plural: true))
      } else if chunk.hasPrefix("para. ") {
        parts.append(.paragraphs(String(chunk.dropFirst(6)), plural: false))
      } else if Part.documentPartWords.contains(where: { chunk.hasPrefix($0) }) {
        parts.append(.documentPart(chunk))
      } else {
        return nil
      }
    }
    guard !parts.isEmpty else { return nil }
    self.init(parts)
  }

  /// `text` cut at every `, `.
  private static func split(_ text: String) -> [String] {
    var chunks: [String] = []
    var current = ""
    var previousComma = false
    for character in text {
      if previousComma, character == " " {
        chunks.append(current)
        current = ""
        previousComma = false
        continue
      }
      if previousComma { current.append(",") }
      previousComma = character == ","
      if !previousComma { current.append(character) }
    }
    if previousComma { current.append(",") }
    chunks.append(current)
    return chunks
  }

  private static func startsPart(_ chunk: String) -> Bool {
    chunk == "annex"
      || (["annex ", "section ", "chap. ", "paras. ", "para. "] + Part.documentPartWords).contains { chunk.hasPrefix($0) }
  }

  /// The annex the pinpoint names, if any: `.single` for `annex`, `.numbered("III")` for `annex III`.
  public var annex: ParagraphRef.Annex? {
    for case .annex(let number) in parts { return number.map { .numbered($0) } ?? .single }
    return nil
  }

  /// The one paragraph a singular `para. 26 (d)` names (number and letter), nil for none or several.
  public var paragraph: (number: Int, label: String?)? {
    for case .paragraphs(let numbers, false) in parts {
      let squeezed = numbers.filter { $0 != " " }
      let digits = squeezed.prefix { $0.isNumber }
      guard let number = Int(digits) else { return nil }
      let rest = squeezed.dropFirst(digits.count)
      if rest.isEmpty { return (number, nil) }
      guard rest.first == "(", rest.last == ")" else { return nil }
      return (number, String(rest.dropFirst().dropLast()))
    }
    return nil
  }

  /// `section II` or `chap. IV`.
  public var section: String? {
    for part in parts {
      switch part {
      case .section(let number), .chapter(let number): return number
      default: continue
      }
    }
    return nil
  }
}
