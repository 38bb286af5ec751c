/// Splits the text after the adopting formula into preambular paragraphs, sections, operative paragraphs,
/// subparagraphs and the closing meeting line. Boundaries are found from the text itself (numbers in sequence,
/// labels in sequence, opening verbs), so paragraphs run together on one line or broken across blank lines,
/// page breaks and footnote blocks come out whole.
struct Segmenter {
  enum Kind: Equatable {
    case preamble
    case operative(number: Int)
    case subparagraph(label: String)
    case closing
  }

  struct Piece {
    var kind: Kind
    var block: TextBlock
    /// Section number in force when the piece started.
    var section: String?
  }

  struct DraftSection {
    var number: String
    var heading: TextBlock
    var line: Int
  }

  private(set) var pieces: [Piece] = []
  private(set) var sections: [DraftSection] = []
  private(set) var warnings: [(line: Int, message: String)] = []

  private let vocabulary: Vocabulary
  private let numbered: Bool
  private var inOperative = false
  private var inClosing = false
  private var expectingHeading = false
  private var nextNumber = 1
  private var lastLabel: String?
  private var romanLabels = false

  init(vocabulary: Vocabulary, numbered: Bool) {
    self.vocabulary = vocabulary
    self.numbered = numbered
  }

  mutating func consume(_ block: TextBlock) {
    guard !block.isEmpty else { return }
    if inClosing {
      pieces.append(Piece(kind: .closing, block: block, section: sections.last?.number))
      return
    }
    // Section numbers: `I`, `## IV`, `Ш`, in sequence.
    let expectedSection = SectionNumeral.successor(of: sections.last?.number)
    if let numeral = SectionNumeral.parse(block.text), numeral == expectedSection || (sections.isEmpty && numeral == "I") {
      sections.append(DraftSection(number: numeral, heading: TextBlock(), line: block.firstLine))
      inOperative = true
      expectingHeading = true
      nextNumber = 1
      lastLabel = nil
      return
    }
    if expectingHeading, !startsStructure(block.text), !block.text.isEmpty {
      sections[sections.count - 1].heading.append(block, vocabulary: vocabulary)
      mendInnerHyphens(&sections[sections.count - 1].heading)
      // A heading may wrap over several blocks, but it is short and has no clause punctuation.
      expectingHeading = isHeadingLike(sections[sections.count - 1].heading.text) && !block.isClosed
      return
    }
    expectingHeading = false
    split(block)
  }

  /// Splits one block at the paragraph boundaries inside it and files the pieces.
  private mutating func split(_ block: TextBlock) {
    var kind: Kind?
    var contentStart = 0
    if let opening = boundary(in: block.text, at: 0, blockStart: true, line: block.firstLine) {
      kind = opening.kind
      contentStart = opening.contentStart
    }
    var searchFrom = contentStart
    while true {
      let next = nextBoundary(in: block.text, from: max(searchFrom, contentStart + 1), currentKind: kind)
      let end = next?.position ?? block.text.count
      let piece = block.slice(contentStart..<end)
      if let kind {
        file(piece, as: kind)
      } else {
        continueOrStart(piece)
      }
      guard let next else { break }
      kind = next.kind
      contentStart = next.contentStart
      searchFrom = contentStart
      advance(for: next.kind)
    }
  }

  /// Text with no marker of its own: the rest of an open paragraph, or a new unnumbered one.
  private mutating func continueOrStart(_ piece: TextBlock) {
    guard let first = piece.text.first else { return }
    let continues: Bool = {
      guard let last = pieces.last else { return false }
      if !last.block.isClosed { return true }
      if ASCII.isLower(first) { return true }
      return false
    }()
    if continues {
      pieces[pieces.count - 1].block.append(piece, vocabulary: vocabulary)
      return
    }
    if !inOperative {
      if !numbered, !pieces.isEmpty, VerbPhrases.startsOperativeParagraph(piece.text) {
        inOperative = true
        file(piece, as: .operative(number: nextNumber))
        nextNumber += 1
        return
      }
      file(piece, as: .preamble)
      return
    }
    if !numbered, VerbPhrases.startsOperativeParagraph(piece.text) {
      file(piece, as: .operative(number: nextNumber))
      nextNumber += 1
      return
    }
    if pieces.isEmpty {
      file(piece, as: .preamble)
    } else {
      // Unmarked text inside the operative part belongs to the paragraph before it (nothing is dropped).
      pieces[pieces.count - 1].block.append(piece, vocabulary: vocabulary)
    }
  }

  private mutating func file(_ piece: TextBlock, as kind: Kind) {
    pieces.append(Piece(kind: kind, block: piece, section: sections.last?.number))
  }

  /// Updates sequence expectations once a boundary has been accepted.
  private mutating func advance(for kind: Kind) {
    switch kind {
    case .operative(let number):
      inOperative = true
      nextNumber = number + 1
      lastLabel = nil
      romanLabels = false
    case .subparagraph(let label):
      if lastLabel == nil { romanLabels = label == "i" }
      lastLabel = label
    case .closing:
      inClosing = true
    case .preamble:
      break
    }
  }

  private struct Boundary {
    var position: Int
    var contentStart: Int
    var kind: Kind
  }

  /// The paragraph marker at `index`, if the text there starts a paragraph in sequence. At a block start a number out
  /// of sequence is still taken (and reported at `line`): a skipped number in the source must not swallow a paragraph.
  private mutating func boundary(in text: [UInt8], at index: Int, blockStart: Bool, line: Int = 0) -> Boundary? {
    guard index < text.count else { return nil }
    let b = text[index]
    if ASCII.isDigit(b) {
      if inOperative || blockStart && !pieces.isEmpty, HeaderReader.meeting(in: text, at: index) != nil {
        let found = Boundary(position: index, contentStart: index, kind: .closing)
        if blockStart { advance(for: found.kind) }
        return found
      }
      let digits = text.digitRun(at: index)
      // Up to three digits anywhere; four or five only for the very next number (paragraph 1000 after 999, never a
      // year such as `2000.` out of the blue).
      guard digits.count <= 3 || (digits.count <= 5 && text.intValue(digits) == nextNumber),
        let number = text.intValue(digits), digits.upperBound < text.count,
        text[digits.upperBound] == ASCII.period
      else { return nil }
      let content = text.skippingSpaces(from: digits.upperBound + 1)
      guard content < text.count, ASCII.isUpper(text[content]) || text[content] >= 0x80 else { return nil }
      let inSequence = number == nextNumber || (number == 1 && !inOperative)
      guard inSequence || (blockStart && inOperative && number > 0 && number < nextNumber + 5) else { return nil }
      if !inSequence {
        warnings.append((line, "operative paragraph \(number) is out of sequence (expected \(nextNumber))"))
      }
      let found = Boundary(position: index, contentStart: content, kind: .operative(number: number))
      if blockStart { advance(for: found.kind) }
      return found
    }
    if b == ASCII.openParen, inOperative, let label = SubparagraphLabel.match(text, at: index) {
      let expected = SubparagraphLabel.successor(of: lastLabel, roman: romanLabels)
      var accepted: String?
      if label.label == expected {
        accepted = label.label
      } else if label.label == "1" && expected == "l" {
        accepted = "l"  // OCR: `(1)` for `(l)`
      } else if blockStart && lastLabel == nil && (label.label == "a" || label.label == "i") {
        accepted = label.label
      }
      guard let accepted, label.end < text.count, text[label.end] == ASCII.space else { return nil }
      let found = Boundary(position: index, contentStart: text.skippingSpaces(from: label.end), kind: .subparagraph(label: accepted))
      if blockStart { advance(for: found.kind) }
      return found
    }
    return nil
  }

  /// The next boundary after `from` inside a block: a number or label in sequence after clause punctuation,
  /// a preambular opener after a comma, or the meeting line.
  private mutating func nextBoundary(in text: [UInt8], from: Int, currentKind: Kind?) -> Boundary? {
    var index = max(from, 1)
    while index < text.count {
      let b = text[index]
      guard text[index - 1] == ASCII.space, index >= 2 else {
        index += 1
        continue
      }
      let before = text[index - 2]
      if ASCII.isDigit(b) {
        if inOperative, HeaderReader.meeting(in: text, at: index) != nil {
          return Boundary(position: index, contentStart: index, kind: .closing)
        }
        if ASCII.isTerminal(before) || before == ASCII.closeParen, let found = boundary(in: text, at: index, blockStart: false),
          case .operative(let number) = found.kind, number == nextNumber || (number == 1 && !inOperative)
        {
          return found
        }
      } else if b == ASCII.openParen, before == ASCII.semicolon || before == ASCII.colon,
        let found = boundary(in: text, at: index, blockStart: false)
      {
        return found
      } else if !inOperative, before == ASCII.comma, ASCII.isUpper(b), VerbPhrases.startsPreambularParagraph(text, at: index) {
        return Boundary(position: index, contentStart: index, kind: .preamble)
      }
      index += 1
    }
    return nil
  }

  private func startsStructure(_ text: [UInt8]) -> Bool {
    guard let first = text.first else { return false }
    if ASCII.isDigit(first) {
      let digits = text.digitRun(at: 0)
      return digits.upperBound < text.count && text[digits.upperBound] == ASCII.period
    }
    return first == ASCII.openParen && SubparagraphLabel.match(text, at: 0) != nil
  }

  private func isHeadingLike(_ text: [UInt8]) -> Bool {
    var upper = 0, lower = 0
    for b in text {
      if ASCII.isUpper(b) { upper += 1 } else if ASCII.isLower(b) { lower += 1 }
    }
    return upper > lower * 3
  }

  /// `ACTIVI-TIES` in an all-capitals heading is a word broken by the typesetter.
  private func mendInnerHyphens(_ heading: inout TextBlock) {
    var text = heading.text
    var index = 1
    while index < text.count - 1 {
      if text[index] == ASCII.hyphen, ASCII.isUpper(text[index - 1]), ASCII.isUpper(text[index + 1]) {
        var start = index
        while start > 0, ASCII.isUpper(text[start - 1]) { start -= 1 }
        var end = index + 1
        while end < text.count, ASCII.isUpper(text[end]) { end += 1 }
        if vocabulary.shouldMendInnerHyphen(prefix: Array(text[start..<index]), suffix: Array(text[(index + 1)..<end])) {
          text.remove(at: index)
          heading.markers = heading.markers.map { $0.offset > index ? InlineMarker(offset: $0.offset - 1, marker: $0.marker) : $0 }
          continue
        }
      }
      index += 1
    }
    heading.text = text
  }
}
