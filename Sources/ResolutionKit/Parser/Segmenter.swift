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

    var number: Int? {
      if case .operative(let number) = self { return number }
      return nil
    }
  }

  struct Piece {
    var kind: Kind
    var block: TextBlock
    /// Section number in force when the piece started.
    var section: String?
    /// An operative paragraph whose number the text lost, kept only if no printed number follows (see `finish()`).
    var inferred = false
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
  /// Reading an annex: no closing meeting line; section headings may share a line with the first paragraph; numbering
  /// may run on across sections; a number in sequence starts a paragraph even where the text layer lost the
  /// punctuation before it (`… 2034 13. We strongly commit`).
  private let annex: Bool
  /// Whether the text follows an adopting formula (`The General Assembly`): only then can the very first paragraph be
  /// operative without a number.
  var afterFormula = false
  /// Just after a section number in an annex: numbering may restart at 1 or run on.
  private var sectionJustStarted = false
  private var inOperative = false
  private var inClosing = false
  private var expectingHeading = false
  private var nextNumber = 1
  private var lastLabel: String?
  private var romanLabels = false
  /// Where unmarked items of a list were appended to the last piece (offsets in its text): blocks opening with a
  /// capital after a `:` or `;`. A printed label later in sequence with them shows the text layer lost their labels.
  private var unlabelledItems: (piece: Int, starts: [Int]) = (-1, [])
  /// A printed label out of sequence among them (`(ii)` of a nested list, `(e)` after five items): their count no
  /// longer tells their labels.
  private var unlabelledItemsSpoiled = false
  /// A short unpunctuated line after a closed paragraph of the resolution's own text: a heading without a number only
  /// if the next block opens a numbered paragraph (`consume`), else read as before.
  private var pendingHeading: TextBlock?

  init(vocabulary: Vocabulary, numbered: Bool, annex: Bool = false) {
    self.vocabulary = vocabulary
    self.numbered = numbered
    self.annex = annex
  }

  /// The numbered section in force (an annex's unnumbered headings, number "", do not change it).
  private var currentSection: String? { sections.last { !$0.number.isEmpty }?.number }

  mutating func consume(_ block: TextBlock) {
    guard !block.isEmpty else { return }
    if let heading = pendingHeading {
      pendingHeading = nil
      if let first = block.text.first, ASCII.isDigit(first), startsStructure(block.text) {
        sections.append(DraftSection(number: "", heading: heading, line: heading.firstLine))
      } else {
        split(heading)  // read as it would have been without the look ahead
      }
    }
    if inClosing {
      pieces.append(Piece(kind: .closing, block: block, section: currentSection))
      return
    }
    // Section numbers: `I`, `## IV`, `Ш`, in sequence.
    let expectedSection = SectionNumeral.successor(of: currentSection)
    if let numeral = SectionNumeral.parse(block.text), numeral == expectedSection || (currentSection == nil && numeral == "I") {
      startSection(numeral, line: block.firstLine)
      expectingHeading = true
      return
    }
    if annex, let inline = inlineSection(block.text, expected: expectedSection) {
      // `II. Implementation of … 13. We strongly commit …`: the numeral, its heading and maybe a paragraph.
      startSection(inline.numeral, line: block.firstLine)
      headingThenParagraphs(block.suffix(from: inline.headingStart))
      return
    }
    if annex, expectingHeading, !startsStructure(block.text), !block.text.isEmpty {
      expectingHeading = false
      headingThenParagraphs(block)
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
    if !annex, numbered, isUnnumberedHeading(block.text), pieces.last?.block.isClosed == true {
      // `Peacebuilding financing` after a closed paragraph: a heading without a number if a numbered paragraph
      // follows; otherwise (a paragraph broken by a blank line after its first words) read as before.
      var heading = block
      while let last = heading.text.last, last == ASCII.space { heading.text.removeLast() }
      pendingHeading = heading
      return
    }
    split(block)
  }

  private mutating func startSection(_ numeral: String, line: Int) {
    sections.append(DraftSection(number: numeral, heading: TextBlock(), line: line))
    inOperative = true
    lastLabel = nil
    if annex {
      sectionJustStarted = true
    } else {
      nextNumber = 1
    }
  }

  /// An annex section's heading up to the first paragraph in sequence on the same line, then that paragraph.
  private mutating func headingThenParagraphs(_ block: TextBlock) {
    let boundary = nextBoundary(in: block.text, from: 1, currentKind: nil)
    let headingEnd = boundary?.position ?? block.text.count
    var heading = block.slice(0..<headingEnd)
    while let last = heading.text.last, last == ASCII.space { heading.text.removeLast() }
    sections[sections.count - 1].heading.append(heading, vocabulary: vocabulary)
    guard boundary != nil else { return }
    split(block.suffix(from: headingEnd))
  }

  /// `II. Heading …` or `II Heading …` at the start of an annex block: the expected numeral and where the heading starts.
  private func inlineSection(_ text: [UInt8], expected: String) -> (numeral: String, headingStart: Int)? {
    var end = 0
    while end < text.count, end < 6, text[end] == UInt8(ascii: "I") || text[end] == UInt8(ascii: "V")
      || text[end] == UInt8(ascii: "X")
    {
      end += 1
    }
    guard end > 0, end < text.count else { return nil }
    let numeral = Array(text[..<end]).string
    guard numeral == expected || (currentSection == nil && numeral == "I") else { return nil }
    var cursor = end
    if text[cursor] == ASCII.period { cursor += 1 }
    guard cursor < text.count, text[cursor] == ASCII.space else { return nil }
    cursor = text.skippingSpaces(from: cursor)
    guard cursor < text.count, ASCII.isUpper(text[cursor]) else { return nil }
    return (numeral, cursor)
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
      noteUnlabelledItem(piece)
      pieces[pieces.count - 1].block.append(piece, vocabulary: vocabulary)
      return
    }
    if !inOperative {
      // A first paragraph opens the operative part when it opens with an operative verb and no preambular one
      // (`The General Assembly` / `Adopts the … Declaration …, annexed to the present resolution.`).
      if !numbered, VerbPhrases.startsOperativeParagraph(piece.text),
        !pieces.isEmpty || (afterFormula && !VerbPhrases.startsPreambularParagraph(piece.text, at: 0))
      {
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
    if annex, numbered, isUnnumberedHeading(piece.text), pieces.last?.block.isClosed != false {
      // `Partnerships and support mechanisms` between two numbered paragraphs of a declaration: a heading without a
      // number, not words of the paragraph before it.
      var heading = piece
      while let last = heading.text.last, last == ASCII.space { heading.text.removeLast() }
      sections.append(DraftSection(number: "", heading: heading, line: piece.firstLine))
      return
    }
    if numbered, !annex, VerbPhrases.startsOperativeParagraph(piece.text),
      !VerbPhrases.startsPreambularParagraph(piece.text, at: 0), let last = pieces.last, case .operative = last.kind,
      last.block.text.last != ASCII.colon
    {
      // A paragraph opening with an operative verb after a closed numbered one, at the end of the operative part: its
      // number was lost (PDF text layers drop them). Provisional until `finish()`: where printed numbers follow, it was
      // a subparagraph whose label was lost, and goes back into the paragraph before it as before.
      let number = pieces.last(where: { if case .operative = $0.kind { return true } else { return false } })
        .flatMap { if case .operative(let n) = $0.kind { return n + 1 } else { return nil } } ?? nextNumber
      pieces.append(Piece(kind: .operative(number: number), block: piece, section: currentSection, inferred: true))
      return
    }
    if pieces.isEmpty {
      file(piece, as: .preamble)
      return
    }
    let host = pieces.count - 1
    let opensItem = ASCII.isUpper(first) && Self.endsListItem(pieces[host].block.text)
    if opensItem, lastLabel != nil, case .subparagraph = pieces[host].kind,
      pieces[host].block.text.last != ASCII.colon
    {
      // `(m) …;` then a block opening with a capital: the next item of the list, its label lost by the text layer.
      let label = SubparagraphLabel.successor(of: lastLabel, roman: romanLabels)
      warnings.append((piece.firstLine, "subparagraph (\(label)) has no label in the text; taken to start here"))
      file(piece, as: .subparagraph(label: label))
      advance(for: .subparagraph(label: label))
      return
    }
    noteUnlabelledItem(piece)
    // Unmarked text inside the operative part belongs to the paragraph before it (nothing is dropped).
    pieces[host].block.append(piece, vocabulary: vocabulary)
  }

  /// Before `piece` is appended to the last piece: notes where it starts if it opens an item of a list whose labels
  /// the text lost. A list opens after a `:` (or after unpunctuated words, where the text layer lost `commit to:`);
  /// once open, a capital opens an item even after unpunctuated text (an item whose last words were lost at a page
  /// break). A sentence merely running on over a break only spoils the count, which a printed label must confirm.
  private mutating func noteUnlabelledItem(_ piece: TextBlock) {
    guard inOperative, let host = pieces.indices.last, let first = piece.text.first else { return }
    let opensList = pieces[host].block.text.last.map { $0 == ASCII.colon || !ASCII.isTerminal($0) } ?? false
    if ASCII.isUpper(first), unlabelledItems.piece == host || opensList {
      if unlabelledItems.piece != host {
        unlabelledItems = (host, [])
        unlabelledItemsSpoiled = false
      }
      unlabelledItems.starts.append(pieces[host].block.text.count)
    } else if unlabelledItems.piece == host, first == ASCII.openParen,
      SubparagraphLabel.match(piece.text, at: 0) != nil
    {
      unlabelledItemsSpoiled = true
    }
  }

  /// A list item ends with `;` (or `; and`, `; or`); the words introducing a list end with `:`.
  private static func endsListItem(_ text: [UInt8]) -> Bool {
    guard let last = text.last else { return false }
    if last == ASCII.semicolon || last == ASCII.colon { return true }
    for conjunction in ["; and", "; or"] where text.count > conjunction.utf8.count {
      if text.suffix(conjunction.utf8.count).elementsEqual(conjunction.utf8) { return true }
    }
    return false
  }

  /// The labels a printed `label` implies for the unlabelled items just before it (`To continue …;` `To circulate …;`
  /// `(c) To continue …`: `a`, `b`), when their count fits the sequence from the list's start; nil otherwise.
  private func lostLabels(before label: String) -> [String]? {
    guard unlabelledItems.piece == pieces.count - 1, !unlabelledItems.starts.isEmpty, !unlabelledItemsSpoiled,
      lastLabel == nil
    else { return nil }
    for roman in [false, true] {
      var labels: [String] = []
      var next = roman ? "i" : "a"
      for _ in unlabelledItems.starts {
        labels.append(next)
        next = SubparagraphLabel.successor(of: next, roman: roman)
      }
      if next == label { return labels }
    }
    return nil
  }

  /// Cuts the unlabelled items out of the last piece as subparagraphs with the labels the text lost.
  private mutating func splitUnlabelledItems(labels: [String], before label: String) {
    let host = pieces.count - 1
    let block = pieces[host].block
    let starts = unlabelledItems.starts
    let run = labels.count == 1
      ? "subparagraph (\(labels[0])) has" : "subparagraphs (\(labels[0]))–(\(labels[labels.count - 1])) have"
    warnings.append(
      (block.line(at: starts[0] + 1), "\(run) no label in the text; labelled back from the (\(label)) that follows"))
    pieces[host].block = block.slice(0..<starts[0])
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1] : block.text.count
      let item = block.slice(start..<end)
      pieces.append(Piece(kind: .subparagraph(label: labels[index]), block: item, section: pieces[host].section))
      advance(for: .subparagraph(label: labels[index]))
    }
    unlabelledItems = (-1, [])
  }

  /// Settles provisional paragraphs: those followed by a printed paragraph number go back into the paragraph before
  /// them; the rest stay, numbered on from the last printed one, each with a warning.
  mutating func finish() {
    if let heading = pendingHeading {
      pendingHeading = nil
      split(heading)
    }
    guard pieces.contains(where: \.inferred) else { return }
    let lastPrinted = pieces.lastIndex { piece in
      if !piece.inferred, case .operative = piece.kind { return true }
      return false
    }
    var settled: [Piece] = []
    for (index, var piece) in pieces.enumerated() {
      if piece.inferred, let lastPrinted, index < lastPrinted, !settled.isEmpty {
        settled[settled.count - 1].block.append(piece.block, vocabulary: vocabulary)
        continue
      }
      if piece.inferred {
        piece.inferred = false
        warnings.append(
          (piece.block.firstLine, "operative paragraph \(piece.kind.number ?? 0) has no number in the text; taken to start here"))
      }
      settled.append(piece)
    }
    pieces = settled
  }

  private mutating func file(_ piece: TextBlock, as kind: Kind) {
    pieces.append(Piece(kind: kind, block: piece, section: currentSection))
  }

  /// Updates sequence expectations once a boundary has been accepted.
  private mutating func advance(for kind: Kind) {
    switch kind {
    case .operative(let number):
      inOperative = true
      sectionJustStarted = false
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
      if !annex, inOperative || blockStart && !pieces.isEmpty, HeaderReader.meeting(in: text, at: index) != nil {
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
      let inSequence = number == nextNumber || (number == 1 && (!inOperative || sectionJustStarted))
      // In an annex a number the text layer lost (`1.` … `3.`) must not glue the rest together: one skip is taken.
      let skipsOne = annex && number == nextNumber + 1
      guard inSequence || skipsOne || (blockStart && inOperative && number > 0 && number < nextNumber + 5) else {
        return nil
      }
      if !inSequence, !annex {
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
      } else if blockStart, label.end < text.count, text[label.end] == ASCII.space,
        let lost = lostLabels(before: label.label)
      {
        splitUnlabelledItems(labels: lost, before: label.label)
        romanLabels = lost.first == "i"
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
      // Boundaries start words: straight to the byte after the next space.
      index = text.withUnsafeBufferPointer { text in
        var next = index
        while next < text.count, text[next - 1] != ASCII.space { next += 1 }
        return next
      }
      guard index < text.count else { break }
      let b = text[index]
      guard index >= 2 else {
        index += 1
        continue
      }
      let before = text[index - 2]
      if ASCII.isDigit(b) {
        if !annex, inOperative, HeaderReader.meeting(in: text, at: index) != nil {
          return Boundary(position: index, contentStart: index, kind: .closing)
        }
        let punctuated = ASCII.isTerminal(before) || before == ASCII.closeParen
        if punctuated || (annex && nextNumber > 1), let found = boundary(in: text, at: index, blockStart: false),
          case .operative(let number) = found.kind,
          number == nextNumber || (annex && number == nextNumber + 1)
            || (punctuated && number == 1 && (!inOperative || sectionJustStarted))
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

  /// A short line of words opening with a capital and without sentence punctuation (`A call to action`,
  /// `Governance, accountability and monitoring`).
  private func isUnnumberedHeading(_ text: [UInt8]) -> Bool {
    guard let first = text.first, ASCII.isUpper(first), text.count <= 100, let last = text.last,
      !ASCII.isTerminal(last), !text.contains(ASCII.period), !text.contains(ASCII.semicolon), !text.contains(ASCII.colon)
    else { return false }
    return VerbPhrases.firstWords(of: text, limit: 13).count <= 12 && !VerbPhrases.startsPreambularParagraph(text, at: 0)
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
