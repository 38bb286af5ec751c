/// Finds the annexes after a resolution's own text (`Annex`, `Annex II`, `ANNEX I`, `Annex Title of it`) and reads
/// each into an `Annex`: its title, its own preamble, chapters or sections, and its numbered paragraphs, articles or
/// rules. Nothing of an annex is dropped: text the reader cannot place stays in the paragraph before it, or becomes an
/// unnumbered preambular paragraph of the annex.
enum AnnexReader {
  struct Heading {
    var number: String?
    /// Where a title starts on the heading line itself (`Annex 2025 Political Declaration …`).
    var titleStart: Int?
  }

  struct Segment {
    var heading: Heading
    var line: CleanLine
    var lines: [CleanLine]
  }

  /// A footnote marker inside an annex with the ref of the paragraph it stands in.
  typealias MarkerPlace = (marker: InlineMarker, ref: ParagraphRef, block: TextBlock)

  struct Result {
    var annex: Annex
    var markers: [MarkerPlace]
    var warnings: [(line: Int, message: String)]
  }

  // MARK: - Finding annexes

  /// Splits the lines after the adopting formula at the first annex heading: the resolution's own text, then one
  /// segment per annex. Headings are lines of their own after a break; numbered annexes come in sequence.
  static func split(_ lines: [CleanLine]) -> (body: [CleanLine], annexes: [Segment]) {
    var body: [CleanLine] = []
    var annexes: [Segment] = []
    var previousBlank = false
    var seenText = false
    var seenClosing = false
    for line in lines {
      defer {
        previousBlank = line.isBlank || line.isSeparator
        if !line.isBlank { seenText = true }
      }
      if seenText, previousBlank, let heading = heading(in: line.text, afterClosing: seenClosing || !annexes.isEmpty),
        follows(heading, annexes.last?.heading)
      {
        annexes.append(Segment(heading: heading, line: line, lines: []))
        continue
      }
      if annexes.isEmpty {
        // A meeting line opens with its meeting: looked for at the start only, not searched for along every line.
        if !line.isBlank, HeaderReader.meeting(in: line.text, at: 0) != nil {
          seenClosing = true
        }
        body.append(line)
      } else {
        // A markdown thematic break (`---` before the footnotes of an extracted PDF) separates; it is not text.
        let isBreak = line.raw.count >= 3 && line.raw.count <= 80 && Set(line.raw.filter { $0 != ASCII.space }).count == 1
          && [ASCII.hyphen, ASCII.asterisk, ASCII.underscore].contains(line.raw[0])
        annexes[annexes.count - 1].lines.append(isBreak ? .pageBreak(at: line.number) : line)
      }
    }
    return (body, annexes)
  }

  /// Whether an annex numbered `heading` may follow `previous`: `I` first, then `II`, …; one unnumbered annex alone.
  private static func follows(_ heading: Heading, _ previous: Heading?) -> Bool {
    guard let previous else { return heading.number == nil || heading.number == "I" }
    guard let last = previous.number, let number = heading.number else { return false }
    return number == SectionNumeral.successor(of: last)
  }

  private static let annexWord = Array("Annex".utf8)

  /// `Annex`, `ANNEX II`, `Annex I.`, `## Annex`, and after the closing line `Annex Title …`.
  static func heading(in text: [UInt8], afterClosing: Bool) -> Heading? {
    guard text.hasPrefixIgnoringCase(annexWord), text.first == UInt8(ascii: "A"), text.isWordEnd(5) else { return nil }
    // `Annex` or `ANNEX`, not `AnNeX`.
    let word = Array(text[..<5]).string
    guard word == "Annex" || word == "ANNEX" else { return nil }
    var cursor = text.skippingSpaces(from: 5)
    var heading = Heading()
    var numeralEnd = cursor
    while numeralEnd < text.count, numeralEnd - cursor < 6,
      text[numeralEnd] == UInt8(ascii: "I") || text[numeralEnd] == UInt8(ascii: "V") || text[numeralEnd] == UInt8(ascii: "X")
    {
      numeralEnd += 1
    }
    if numeralEnd > cursor, text.isWordEnd(numeralEnd), let numeral = SectionNumeral.parse(Array(text[cursor..<numeralEnd])) {
      heading.number = numeral
      cursor = numeralEnd
    }
    if cursor < text.count, text[cursor] == ASCII.period || text[cursor] == ASCII.colon { cursor += 1 }
    cursor = text.skippingSpaces(from: cursor)
    if cursor >= text.count { return heading }
    // A title on the heading line: only where an annex is expected, and never a sentence going on (`Annex to …`).
    guard afterClosing, ASCII.isUpper(text[cursor]) || ASCII.isDigit(text[cursor]) || text[cursor] >= 0x80,
      text.last != ASCII.comma, text.last != ASCII.semicolon
    else { return nil }
    heading.titleStart = cursor
    return heading
  }

  // MARK: - Reading one annex

  static func read(_ segment: Segment, vocabulary: Vocabulary) -> Result {
    let prefix = ParagraphRef.Annex?.some(segment.heading.number.map { .numbered($0) } ?? .single)
    var annex = Annex(number: segment.heading.number, title: nil, line: segment.line.number)
    var titleBlock: TextBlock?
    if let start = segment.heading.titleStart {
      var block = TextBlock(line: segment.line).suffix(from: start)
      block.lineStarts = [(0, segment.line.number)]
      titleBlock = block
    }
    var blocks = ResolutionParser.blocks(of: segment.lines, vocabulary: vocabulary)
    // A title of its own: the first block, when it reads as a heading (no clause punctuation, not a paragraph).
    if titleBlock == nil, let first = blocks.first, looksLikeTitle(first.text) {
      titleBlock = first
      blocks.removeFirst()
    }
    if let titleBlock { annex.title = titleBlock.text.string }
    var result = Result(annex: annex, markers: [], warnings: [])
    if let titleBlock {
      result.markers += titleBlock.markers.map { ($0, ParagraphRef(annex: prefix, place: .whole), titleBlock) }
    }
    if blocks.contains(where: { ArticleHeading.match($0.text) != nil }) {
      readArticles(blocks, prefix: prefix!, vocabulary: vocabulary, into: &result)
    } else {
      readParagraphs(blocks, prefix: prefix!, vocabulary: vocabulary, into: &result)
    }
    return result
  }

  private static func looksLikeTitle(_ text: [UInt8]) -> Bool {
    guard let first = text.first, ASCII.isUpper(first) || ASCII.isDigit(first) || first >= 0x80, text.count <= 400,
      let last = text.last, !ASCII.isTerminal(last) || last == ASCII.period && text.count < 200
    else { return false }
    if ASCII.isDigit(first) {
      // `1. We, …` is a paragraph; `2025 Political Declaration` a title.
      let digits = text.digitRun(at: 0)
      if digits.upperBound < text.count, text[digits.upperBound] == ASCII.period { return false }
    }
    return !VerbPhrases.startsPreambularParagraph(text, at: 0) && text.last != ASCII.period
  }

  // MARK: Numbered paragraphs (declarations, programmes of action, principles)

  private static func readParagraphs(
    _ blocks: [TextBlock], prefix: ParagraphRef.Annex, vocabulary: Vocabulary, into result: inout Result
  ) {
    let numbered = blocks.contains { ResolutionParser.hasNumberedParagraph($0.text) }
    var segmenter = Segmenter(vocabulary: vocabulary, numbered: numbered, annex: true)
    for block in blocks { segmenter.consume(block) }
    var pieces = segmenter.pieces
    result.warnings += segmenter.warnings
    restoreLostNumbers(&pieces, warnings: &result.warnings)
    var previous: Int?
    for piece in pieces {
      guard case .operative(let number) = piece.kind else { continue }
      if let previous, number != previous + 1, number != 1 {
        result.warnings.append(
          (piece.block.firstLine, "annex paragraph \(number) follows paragraph \(previous); a number is missing or repeated"))
      }
      previous = number
    }

    result.annex.sections = segmenter.sections.map {
      Section(number: $0.number, heading: $0.heading.text.string, line: $0.line)
    }
    // Sections go into refs only when numbering restarts in them; declarations number straight through.
    var seenNumbers: Set<Int> = []
    var restarts = false
    for piece in pieces {
      if case .operative(let number) = piece.kind, !seenNumbers.insert(number).inserted { restarts = true }
    }
    var given: Set<ParagraphRef> = []
    for piece in pieces {
      switch piece.kind {
      case .preamble, .closing:
        let ref = ParagraphRef(annex: prefix, place: .preambular(result.annex.preamble.count + 1))
        result.annex.preamble.append(
          PreambularParagraph(
            ref: ref, verb: VerbPhrases.leadingPhrase(of: piece.block.text, operative: false),
            text: piece.block.text.string, line: piece.block.firstLine))
        result.markers += piece.block.markers.map { ($0, ref, piece.block) }
      case .operative(let number):
        let section = restarts ? piece.section : nil
        let ref = ResolutionParser.unique(
          ParagraphRef(annex: prefix, place: .paragraph(section: section, number: number, label: nil, occurrence: nil)),
          among: &given)
        result.annex.paragraphs.append(
          OperativeParagraph(
            ref: ref, number: number, section: piece.section,
            verb: VerbPhrases.leadingPhrase(of: piece.block.text, operative: true), text: piece.block.text.string,
            line: piece.block.firstLine))
        result.markers += piece.block.markers.map { ($0, ref, piece.block) }
      case .subparagraph(let label):
        guard !result.annex.paragraphs.isEmpty else {
          let ref = ParagraphRef(annex: prefix, place: .preambular(result.annex.preamble.count + 1))
          result.annex.preamble.append(
            PreambularParagraph(
              ref: ref, verb: "", text: "(\(label)) " + piece.block.text.string, line: piece.block.firstLine))
          continue
        }
        let parent = result.annex.paragraphs.count - 1
        let ref = ResolutionParser.unique(result.annex.paragraphs[parent].paragraphRef.labelled(label), among: &given)
        result.annex.paragraphs[parent].subparagraphs.append(
          Subparagraph(ref: ref, label: label, text: piece.block.text.string, line: piece.block.firstLine))
        result.markers += piece.block.markers.map { ($0, ref, piece.block) }
      }
    }
  }

  /// A number the text layer lost between two in sequence (`1.` … `3.`): when most paragraphs open with the same word
  /// (`We` in declarations) and paragraph n runs into that word straight after a lower-case word with no punctuation
  /// (`… the development agenda of the We welcome …`), paragraph n + 1 starts there.
  private static func restoreLostNumbers(_ pieces: inout [Segmenter.Piece], warnings: inout [(line: Int, message: String)]) {
    var openings: [[UInt8]: Int] = [:]
    var operativeCount = 0
    for piece in pieces {
      guard case .operative = piece.kind else { continue }
      operativeCount += 1
      let word = piece.block.text.prefix { ASCII.isLetter($0) }
      if !word.isEmpty { openings[Array(word), default: 0] += 1 }
    }
    guard operativeCount >= 4, let (opening, count) = openings.max(by: { $0.value < $1.value }), count * 2 >= operativeCount
    else { return }
    var index = 0
    while index < pieces.count {
      defer { index += 1 }
      guard case .operative(let number) = pieces[index].kind,
        let nextIndex = pieces[(index + 1)...].firstIndex(where: {
          if case .operative = $0.kind { return true }
          return false
        }),
        case .operative(let next) = pieces[nextIndex].kind, next == number + 2
      else { continue }
      let text = pieces[index].block.text
      var position = text.count - opening.count - 1
      var found: Int?
      while position > 2 {
        defer { position -= 1 }
        guard text[position - 1] == ASCII.space, ASCII.isLower(text[position - 2]), text.hasPrefix(opening, at: position),
          position + opening.count < text.count, text[position + opening.count] == ASCII.space,
          position + opening.count + 1 < text.count, ASCII.isLower(text[position + opening.count + 1])
        else { continue }
        found = position
        break
      }
      guard let found else { continue }
      let block = pieces[index].block
      var head = block.slice(0..<(found - 1))
      while let last = head.text.last, last == ASCII.space { head.text.removeLast() }
      let tail = block.suffix(from: found)
      pieces[index].block = head
      pieces.insert(Segmenter.Piece(kind: .operative(number: number + 1), block: tail, section: pieces[index].section), at: index + 1)
      warnings.append(
        (tail.firstLine, "annex paragraph \(number + 1) has no number in the text; taken to start at '\(opening.string) …'"))
    }
  }

  // MARK: Articles and rules (conventions, rules of procedure, model treaties)

  private static func readArticles(
    _ blocks: [TextBlock], prefix: ParagraphRef.Annex, vocabulary: Vocabulary, into result: inout Result
  ) {
    var current: (heading: ArticleHeading, block: TextBlock, section: String?)?
    var section: String?
    var expectingSectionHeading = false
    var given: Set<ParagraphRef> = []

    func finish() {
      guard let open = current else { return }
      let place: ParagraphRef.Place =
        open.heading.isRule ? .rule(open.heading.number, label: nil) : .article(open.heading.number, label: nil)
      let ref = ResolutionParser.unique(ParagraphRef(annex: prefix, place: place), among: &given)
      result.annex.paragraphs.append(
        OperativeParagraph(
          ref: ref, number: open.heading.number, section: open.section, verb: "", text: open.block.text.string,
          line: open.block.firstLine))
      result.markers += open.block.markers.map { ($0, ref, open.block) }
      current = nil
    }

    for block in blocks {
      if let heading = ArticleHeading.match(block.text) {
        finish()
        current = (heading, block, section)
        expectingSectionHeading = false
        continue
      }
      if let numeral = ChapterHeading.match(block.text) {
        finish()
        section = numeral
        result.annex.sections.append(Section(number: numeral, heading: "", line: block.firstLine))
        expectingSectionHeading = true
        continue
      }
      if expectingSectionHeading, !ASCII.isTerminal(block.text.last ?? ASCII.period), block.text.count < 200 {
        result.annex.sections[result.annex.sections.count - 1].heading = block.text.string
        expectingSectionHeading = false
        continue
      }
      expectingSectionHeading = false
      if current != nil {
        current!.block.append(block, vocabulary: vocabulary)
      } else {
        let ref = ParagraphRef(annex: prefix, place: .preambular(result.annex.preamble.count + 1))
        result.annex.preamble.append(
          PreambularParagraph(
            ref: ref, verb: VerbPhrases.leadingPhrase(of: block.text, operative: false), text: block.text.string,
            line: block.firstLine))
        result.markers += block.markers.map { ($0, ref, block) }
      }
    }
    finish()
  }
}

/// `Article 5`, `ARTICLE 5.`, `Rule 12`, `Article 5 Title …` at the start of a block.
struct ArticleHeading {
  var number: Int
  var isRule: Bool
  var contentStart: Int

  static func match(_ text: [UInt8]) -> ArticleHeading? {
    for (word, isRule) in [("Article", false), ("ARTICLE", false), ("Rule", true), ("RULE", true)]
    where text.hasPrefix(Array(word.utf8)) {
      var cursor = word.utf8.count
      guard cursor < text.count, text[cursor] == ASCII.space else { continue }
      cursor += 1
      let digits = text.digitRun(at: cursor)
      guard (1...3).contains(digits.count), let number = text.intValue(digits), text.isWordEnd(digits.upperBound) else {
        continue
      }
      cursor = digits.upperBound
      // `Article 5 of the Convention` is a sentence, not a heading.
      if cursor < text.count, text[cursor] == ASCII.period { cursor += 1 }
      cursor = text.skippingSpaces(from: cursor)
      if cursor < text.count, !(ASCII.isUpper(text[cursor]) || ASCII.isDigit(text[cursor]) || text[cursor] >= 0x80) {
        continue
      }
      return ArticleHeading(number: number, isRule: isRule, contentStart: cursor)
    }
    return nil
  }
}

/// `Chapter IV`, `CHAPTER II`, `Part I`, `Section III`, or a numeral alone, as a block of its own inside an annex.
enum ChapterHeading {
  static func match(_ text: [UInt8]) -> String? {
    for word in ["Chapter ", "CHAPTER ", "Part ", "PART ", "Section ", "SECTION "] where text.hasPrefix(Array(word.utf8)) {
      return SectionNumeral.parse(Array(text[word.utf8.count...]))
    }
    return SectionNumeral.parse(text)
  }
}
