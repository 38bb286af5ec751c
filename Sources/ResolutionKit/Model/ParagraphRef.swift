/// The identity of one paragraph of a resolution: the one grammar for refs, whoever reads them (the parser printing
/// them, `show --paragraph`, `reuse`, the browser's `:ID#REF`, pinpoints).
///
/// Canonical forms (what `description` prints and the model stores):
///
/// | ref                | what it names                                          |
/// |--------------------|--------------------------------------------------------|
/// | `title`            | the title                                              |
/// | `PP3`              | the third preambular paragraph                         |
/// | `7`, `7-2`         | operative paragraph 7 (the second printed 7)           |
/// | `IV.3`, `IV.3(h)`  | paragraph 3 of section IV, its subparagraph (h)        |
/// | `fn4`, `fn4-2`     | footnote 4 (the second footnote printed as 4)          |
/// | `fn*`, `fna`       | footnotes whose markers are no numbers, as printed     |
/// | `annex.35`         | paragraph 35 of the single annex                       |
/// | `annexII.IV.3(h)`  | the same shapes inside annex II                        |
/// | `annexI.art5`      | article 5 of annex I (`rule12` for rules; `art5-2`)    |
/// | `annex.PP2`        | the annex's own second preambular paragraph            |
/// | `annexIII`         | annex III as a whole                                   |
///
/// `init(_:)` also reads what people type: any case and spacing (`iv.3 (h)`), and the words of citations
/// (`para. 7`, `preambular para. 3`, `sect. IV, para. 3 (h)`, `footnote 4`, `annex, para. 35`, `annex I, art. 5`).
public struct ParagraphRef: Hashable, Sendable, CustomStringConvertible {
  /// Where the paragraph sits: the resolution's own text, or an annex.
  public enum Annex: Hashable, Sendable {
    /// The only annex, printed `Annex`.
    case single
    /// `Annex II`: the roman numeral, upper case.
    case numbered(String)

    /// `annex`, `annexII`.
    public var prefix: String {
      switch self {
      case .single: return "annex"
      case .numbered(let numeral): return "annex" + numeral
      }
    }
  }

  /// What the ref names inside its text.
  public enum Place: Hashable, Sendable {
    case title
    /// A footnote by its marker and, for a marker the file prints twice, which occurrence (2 for `fn1-2`).
    case footnote(String, occurrence: Int? = nil)
    case preambular(Int)
    /// An operative (or annex) paragraph: its section (`IV`), number, subparagraph label (`h`) and, for a number the
    /// file prints twice, which occurrence (2 for `7-2`).
    case paragraph(section: String?, number: Int, label: String?, occurrence: Int?)
    /// `Article 5` (label for `art5(b)`; occurrence 2 for the second article printed 5, `art5-2`).
    case article(Int, label: String?, occurrence: Int? = nil)
    /// `Rule 12`.
    case rule(Int, label: String?, occurrence: Int? = nil)
    /// The annex as a whole (only with an annex).
    case whole
  }

  public var annex: Annex?
  public var place: Place

  public init(annex: Annex? = nil, place: Place) {
    self.annex = annex
    self.place = place
  }

  /// `annexI.art5`, `IV.3(h)`, `PP3`.
  public var description: String {
    let inner: String
    switch place {
    case .title: inner = "title"
    case .footnote(let marker, let occurrence): inner = "fn" + marker + (occurrence.map { "-\($0)" } ?? "")
    case .preambular(let number): inner = "PP\(number)"
    case .paragraph(let section, let number, let label, let occurrence):
      inner = (section.map { $0 + "." } ?? "") + "\(number)" + (label.map { "(\($0))" } ?? "")
        + (occurrence.map { "-\($0)" } ?? "")
    case .article(let number, let label, let occurrence):
      inner = "art\(number)" + (label.map { "(\($0))" } ?? "") + (occurrence.map { "-\($0)" } ?? "")
    case .rule(let number, let label, let occurrence):
      inner = "rule\(number)" + (label.map { "(\($0))" } ?? "") + (occurrence.map { "-\($0)" } ?? "")
    case .whole: inner = ""
    }
    guard let annex else { return inner }
    return inner.isEmpty ? annex.prefix : annex.prefix + "." + inner
  }

  /// The title.
  public static let title = ParagraphRef(place: .title)

  /// The footnote printed with `marker` (`fn4`), the `occurrence`th of that marker (`fn1-2`).
  public static func footnote(_ marker: String, occurrence: Int? = nil) -> ParagraphRef {
    ParagraphRef(place: .footnote(marker, occurrence: occurrence))
  }

  public var isTitle: Bool { annex == nil && place == .title }

  public var isFootnote: Bool {
    if case .footnote = place { return true }
    return false
  }

  /// How a reader names it in a sentence: `the title`, `preambular paragraph 3`, `footnote 4`, `footnote 1-2`, and
  /// `paragraph IV.3(h)`, `paragraph annex.35` for the rest.
  public var spokenName: String {
    guard annex == nil else { return "paragraph \(description)" }
    switch place {
    case .title: return "the title"
    case .preambular(let number): return "preambular paragraph \(number)"
    case .footnote(let marker, let occurrence): return "footnote " + marker + (occurrence.map { "-\($0)" } ?? "")
    case .paragraph, .article, .rule, .whole: return "paragraph \(description)"
    }
  }

  /// The same ref outside any annex, or inside `annex`.
  public func within(_ annex: Annex?) -> ParagraphRef { ParagraphRef(annex: annex, place: place) }

  /// The same paragraph's subparagraph `label` (`3` -> `3(c)`, `annexI.art5` -> `annexI.art5(b)`); the ref itself for
  /// places without subparagraphs.
  public func labelled(_ label: String?) -> ParagraphRef {
    switch place {
    case .paragraph(let section, let number, _, let occurrence):
      return ParagraphRef(annex: annex, place: .paragraph(section: section, number: number, label: label, occurrence: occurrence))
    case .article(let number, _, let occurrence):
      return ParagraphRef(annex: annex, place: .article(number, label: label, occurrence: occurrence))
    case .rule(let number, _, let occurrence):
      return ParagraphRef(annex: annex, place: .rule(number, label: label, occurrence: occurrence))
    case .title, .footnote, .preambular, .whole: return self
    }
  }

  /// The same ref for the `occurrence`th paragraph printed with it (2 for `7-2`, `3(a)-2`, `annexI.art5-2`); the ref
  /// itself for places that are never printed twice (the title, preambular paragraphs, an annex as a whole).
  public func occurring(_ occurrence: Int?) -> ParagraphRef {
    switch place {
    case .paragraph(let section, let number, let label, _):
      return ParagraphRef(annex: annex, place: .paragraph(section: section, number: number, label: label, occurrence: occurrence))
    case .article(let number, let label, _):
      return ParagraphRef(annex: annex, place: .article(number, label: label, occurrence: occurrence))
    case .rule(let number, let label, _):
      return ParagraphRef(annex: annex, place: .rule(number, label: label, occurrence: occurrence))
    case .footnote(let marker, _): return ParagraphRef(annex: annex, place: .footnote(marker, occurrence: occurrence))
    case .title, .preambular, .whole: return self
    }
  }

  /// The paragraph a subparagraph belongs to (`IV.3` for `IV.3(h)`); the ref itself otherwise.
  public var parent: ParagraphRef {
    switch place {
    case .paragraph(let section, let number, .some, _):
      return ParagraphRef(annex: annex, place: .paragraph(section: section, number: number, label: nil, occurrence: nil))
    case .article(let number, .some, _): return ParagraphRef(annex: annex, place: .article(number, label: nil))
    case .rule(let number, .some, _): return ParagraphRef(annex: annex, place: .rule(number, label: nil))
    default: return self
    }
  }

  // MARK: - Reading

  /// Reads a ref leniently; nil when the text is not one.
  public init?(_ typed: String) {
    var tokens = RefTokens(typed)
    if !tokens.isEmpty, let parsed = Self.parse(&tokens), tokens.isEmpty {
      self = parsed
    } else if let footnote = Self.footnoteAsPrinted(typed) {
      self = footnote
    } else {
      return nil
    }
  }

  /// `fn*`, `fn†`, `fna-2`: a footnote whose marker is not a number, as `description` prints it (the marker is
  /// whatever the file put in `<sup>`).
  private static func footnoteAsPrinted(_ text: String) -> ParagraphRef? {
    guard text.hasPrefix("fn") else { return nil }
    var marker = Substring(text.dropFirst(2))
    var occurrence: Int?
    if let dash = marker.lastIndex(of: "-"), dash > marker.startIndex, let count = Int(marker[marker.index(after: dash)...]),
      count > 1
    {
      occurrence = count
      marker = marker[..<dash]
    }
    guard let first = marker.first, !first.isWhitespace else { return nil }
    return .footnote(String(marker), occurrence: occurrence)
  }

  private static func parse(_ tokens: inout RefTokens) -> ParagraphRef? {
    var annex: Annex?
    if case .word(let word)? = tokens.peek, word == "annex" || word == "annexe" {
      tokens.next()
      annex = .single
      // `annex.IV.3` is section IV of the single annex; `annex IV.3`, `annexIV.3` paragraph 3 of annex IV.
      if !tokens.annexDotted, case .word(let numeral)? = tokens.peek, let roman = RomanNumeral.upper(numeral) {
        tokens.next()
        annex = .numbered(roman)
      }
      if tokens.isEmpty { return ParagraphRef(annex: annex, place: .whole) }
    }
    guard let place = parsePlace(&tokens, inAnnex: annex != nil) else { return nil }
    return ParagraphRef(annex: annex, place: place)
  }

  private static func parsePlace(_ tokens: inout RefTokens, inAnnex: Bool) -> Place? {
    guard let first = tokens.peek else { return nil }
    if case .word(let word) = first {
      switch word {
      case "title":
        tokens.next()
        return inAnnex ? nil : .title
      case "fn", "footnote", "footnotes", "note":
        tokens.next()
        guard case .number(let marker)? = tokens.next(), !inAnnex else { return nil }
        // The marker as written (`fn04` stays itself): stored refs must read back exactly.
        return .footnote(marker, occurrence: tokens.occurrence())
      case "pp", "ppara", "preamble", "preambular":
        tokens.next()
        tokens.skip(["para", "paragraph", "paragraphs", "paras"])
        guard case .number(let digits)? = tokens.next(), let number = Int(digits), number > 0 else { return nil }
        return .preambular(number)
      case "art", "article", "arts", "articles":
        tokens.next()
        guard case .number(let digits)? = tokens.next(), let number = Int(digits) else { return nil }
        return .article(number, label: tokens.label(), occurrence: tokens.occurrence())
      case "rule", "rules":
        tokens.next()
        guard case .number(let digits)? = tokens.next(), let number = Int(digits) else { return nil }
        return .rule(number, label: tokens.label(), occurrence: tokens.occurrence())
      default: break
      }
    }
    // [sect./section/chap./chapter/part] ROMAN [para./paragraph/op] NUMBER [(label)] [-occurrence]
    var section: String?
    tokens.skip(["sect", "section", "sec", "chap", "chapter", "part"])
    if case .word(let word)? = tokens.peek, let roman = RomanNumeral.upper(word), tokens.peekIsNumberOrParagraphWord(1) {
      tokens.next()
      section = roman
    }
    tokens.skip(["para", "paragraph", "paras", "paragraphs", "op", "opara", "operative"])
    tokens.skip(["para", "paragraph"])
    guard case .number(let digits)? = tokens.next(), let number = Int(digits), number > 0 else { return nil }
    // `3(a)-2`; also `3-2(a)`, the form refs of a repeated number's subparagraphs once had.
    let early = tokens.occurrence()
    let label = tokens.label()
    let occurrence = tokens.occurrence() ?? early
    return .paragraph(section: section, number: number, label: label, occurrence: occurrence)
  }
}

/// The words, numbers and parenthesised labels of a typed ref; punctuation and spacing are ignored.
private struct RefTokens {
  enum Token: Equatable {
    case word(String)
    case number(String)
    case label(String)
    case occurrence(Int)
  }

  private var tokens: [Token] = []
  private var position = 0
  /// Whether a plain `annex` is followed directly by a period (the canonical `annex.35`, `annex.IV.3`).
  private(set) var annexDotted = false

  init(_ text: String) {
    let scalars = Array(text.lowercased().unicodeScalars)
    var index = 0
    func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic && !("0"..."9").contains(s) }
    func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "(" {
        var end = index + 1
        while end < scalars.count, scalars[end] != ")" { end += 1 }
        let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
          .filter { !$0.isWhitespace }
        if !inside.isEmpty { tokens.append(.label(inside)) }
        index = end + 1
      } else if scalar == "-", index + 1 < scalars.count, isDigit(scalars[index + 1]), !tokens.isEmpty {
        var end = index + 1
        while end < scalars.count, isDigit(scalars[end]) { end += 1 }
        tokens.append(.occurrence(Int(String(String.UnicodeScalarView(scalars[(index + 1)..<end]))) ?? 0))
        index = end
      } else if isDigit(scalar) {
        var end = index
        while end < scalars.count, isDigit(scalars[end]) { end += 1 }
        tokens.append(.number(String(String.UnicodeScalarView(scalars[index..<end]))))
        index = end
      } else if isLetter(scalar) {
        var end = index
        while end < scalars.count, isLetter(scalars[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[index..<end]))
        // `annexII` typed as one word.
        if word.hasPrefix("annex"), word.count > 5, RomanNumeral.upper(String(word.dropFirst(5))) != nil {
          tokens.append(.word("annex"))
          tokens.append(.word(String(word.dropFirst(5))))
        } else {
          if word == "annex", tokens.isEmpty, end < scalars.count, scalars[end] == "." { annexDotted = true }
          tokens.append(.word(word))
        }
        index = end
      } else {
        index += 1
      }
    }
  }

  var isEmpty: Bool { position >= tokens.count }
  var peek: Token? { peek(0) }
  func peek(_ offset: Int) -> Token? { position + offset < tokens.count ? tokens[position + offset] : nil }

  func peekIsWord(_ offset: Int) -> Bool {
    if case .word? = peek(offset) { return true }
    return false
  }

  func peekIsNumberOrParagraphWord(_ offset: Int) -> Bool {
    switch peek(offset) {
    case .number?: return true
    case .word(let word)?: return ["para", "paragraph", "paras", "paragraphs", "op"].contains(word)
    default: return false
    }
  }

  @discardableResult
  mutating func next() -> Token? {
    defer { position += 1 }
    return peek
  }

  mutating func skip(_ words: Set<String>) {
    if case .word(let word)? = peek, words.contains(word) { position += 1 }
  }

  /// `-2` after a ref: which occurrence of it.
  mutating func occurrence() -> Int? {
    guard case .occurrence(let count)? = peek else { return nil }
    position += 1
    return count
  }

  /// `(h)` after a number: a letter or a small roman numeral.
  mutating func label() -> String? {
    guard case .label(let label)? = peek, label.count <= 6, label.allSatisfy({ $0.isLetter || $0.isNumber }) else {
      return nil
    }
    position += 1
    return label
  }
}

/// Roman numerals as section and annex numbers use them (I to XXXIX).
enum RomanNumeral {
  /// `iv` -> `IV`; nil when the word is not a numeral.
  static func upper(_ word: String) -> String? {
    let upper = word.uppercased()
    guard !upper.isEmpty, upper.count <= 7, upper.allSatisfy({ "IVXL".contains($0) }), value(upper) != nil else {
      return nil
    }
    return upper
  }

  /// `4` -> `IV`.
  static func of(_ value: Int) -> String? {
    guard (1...39).contains(value) else { return nil }
    let tens = String(repeating: "X", count: value / 10)
    let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][value % 10]
    return tens + units
  }

  /// `IV` -> 4, for well-formed numerals up to XXXIX.
  static func value(_ numeral: String) -> Int? {
    (1...39).first { of($0) == numeral }
  }
}

extension ParagraphRef: ExpressibleByStringLiteral {
  /// A ref written in code (`"PP3"`, `"IV.3(h)"`), read by `init(_:)`: a literal that is no ref is a programming error.
  /// `ParagraphRef("PP3")` with a literal argument is this initializer too (not the failable one): parse a variable.
  public init(stringLiteral literal: String) {
    guard let parsed = ParagraphRef(literal) else { preconditionFailure("not a paragraph ref: \(literal)") }
    self = parsed
  }
}
