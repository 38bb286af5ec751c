/// Turns the bytes of a plain-text resolution into a `Resolution`. Never fails: what it cannot structure stays
/// readable as plain text, with a warning naming the file and line.
///
/// The parser infers everything from the text: the heading lines (number, body, title), the adopting formula
/// (`The General Assembly,`), preambular and operative paragraphs, sections, subparagraphs, footnotes and the closing
/// meeting line. Layout is treated as a hint only: paragraphs are found from numbers and labels in sequence and from
/// opening verbs, so hard wrapping, indentation, CRLF endings and markdown debris do not change the result.
public struct ResolutionParser: Sendable {
  /// Names what the parser makes of a file. Raise it with any change to that: an index made by another version reads
  /// every file again rather than keep their old reading. `ParserVersionTests` records the output of each version on
  /// the bundled corpus, the test fixtures and (when present) ../shared/real/ga80, and fails until it is raised.
  public static let version = 3

  public init() {}

  public func parse(_ bytes: [UInt8], file: String) -> Resolution {
    let decoded = TextDecoding.decode(bytes, file: file)
    var resolution = Resolution(file: file, plainText: decoded.text)
    resolution.warnings = decoded.warnings
    if bytes.isEmpty {
      resolution.warnings.append(ParseWarning(file: file, line: nil, message: "empty file"))
      return resolution
    }
    if Self.looksBinary(bytes) {
      resolution.warnings.append(
        ParseWarning(file: file, line: nil, message: "looks like a binary file, not text; listed as plain text"))
      return resolution
    }

    // Cancelled work (the browser's Esc or `q`) stops between stages and within the long loops: the plain text
    // already decoded is what it returns, and the caller drops it (`WorkCancellation`).
    if WorkCancellation.isCurrentCancelled { return Self.cancelled(resolution) }
    let (frontMatter, unrepairedLines, frontMatterProblem) = FrontMatter.separate(SourceLines.read(decoded.text), file: file)
    if let frontMatterProblem { resolution.warnings.append(frontMatterProblem) }
    let lines = SpacingRepair.repairing(PageFurniture.removing(from: unrepairedLines))
    let vocabulary = Vocabulary(lines: lines)
    let layout = FootnoteLayout.separate(SpacedHyphens.mending(lines, vocabulary: vocabulary), vocabulary: vocabulary)
    // Only now are the footnote texts known: a spaced number is a marker only where its footnote exists.
    let marked = SpacedFootnoteMarkers.recognising(in: layout.body, footnotes: layout.footnotes)
    let split = Self.splitAtFormula(marked)
    let header = HeaderReader.read(split.header, vocabulary: vocabulary)
    // Annexes come after the resolution's own text: read apart, so their numbered paragraphs neither continue the
    // operative part nor vanish after the closing meeting line.
    let annexSplit = AnnexReader.split(split.body)
    let annexes = annexSplit.annexes.map { AnnexReader.read($0, vocabulary: vocabulary) }

    if WorkCancellation.isCurrentCancelled { return Self.cancelled(resolution) }
    // The resolution's own text only: an annex may be headed by the same title.
    let body = header.title.map { PageFurniture.removingRunningTitles(from: annexSplit.body, title: $0.text) }
      ?? annexSplit.body
    let blocks = Self.blocks(of: body, vocabulary: vocabulary)
    var segmenter = Segmenter(vocabulary: vocabulary, numbered: blocks.contains { Self.hasNumberedParagraph($0.text) })
    segmenter.afterFormula = split.formulaLine != nil
    for (index, block) in blocks.enumerated() {
      if WorkCancellation.shouldStop(at: index) { return Self.cancelled(resolution) }
      segmenter.consume(block)
    }
    segmenter.finish()

    // The `1325 (2000)` form is the Security Council's own, even where no formula names it.
    let numberBody: Body? = header.number.flatMap { ResolutionID.form(ofNumber: $0) == .securityCouncil ? .sc : nil }
    resolution.body = split.formulaBody ?? header.body ?? numberBody
    resolution.number = header.number
    if let body = resolution.body, let number = header.number { resolution.id = ResolutionID(body: body, number: number) }
    if let title = header.title {
      resolution.title = title.text.string
      resolution.titleLine = title.firstLine
    }
    resolution.meeting = header.meeting
    resolution.adopted = header.adopted
    resolution.footnoteTexts = Self.numberingRepeatedMarkers(layout.footnotes)
    assemble(segmenter, title: header.title, annexes: annexes, into: &resolution)
    // Without a formula, a number or a single opening verb, the paragraphs found are just prose: not a resolution.
    if split.formulaLine == nil, resolution.operative.isEmpty, resolution.preamble.allSatisfy({ $0.verb.isEmpty }) {
      resolution.preamble = []
      resolution.footnotes = []
      resolution.title = nil
      resolution.titleLine = nil
    }

    for warning in segmenter.warnings + annexes.flatMap(\.warnings) {
      resolution.warnings.append(ParseWarning(file: file, line: warning.line, message: warning.message))
    }
    if let frontMatter { FrontMatterCheck.apply(frontMatter, to: &resolution) }
    if !resolution.isStructured {
      resolution.warnings.append(
        ParseWarning(
          file: file, line: 1,
          message: "no preambular or operative paragraphs found; shown as plain text"))
    } else {
      if resolution.title == nil {
        resolution.warnings.append(ParseWarning(file: file, line: 1, severity: .note, message: "no title found"))
      }
      if resolution.body == nil {
        resolution.warnings.append(
          ParseWarning(file: file, line: split.formulaLine ?? 1, severity: .note, message: "adopting body not recognised"))
      }
      if resolution.number == nil {
        resolution.warnings.append(
          ParseWarning(
            file: file, line: resolution.titleLine ?? 1, severity: .note,
            message: "the resolution's number is not in the text; add it to catalog.toml to give it an id"))
      }
    }
    if WorkCancellation.isCurrentCancelled { return Self.cancelled(resolution) }
    resolution.citations = CitationExtractor(adoptingBody: resolution.body, ownNumber: resolution.number)
      .citations(in: resolution)
    if WorkCancellation.isCurrentCancelled { return Self.cancelled(resolution) }
    return resolution
  }

  /// What a cancelled parse returns: the decoded text as plain text, said to be cut short. Never shown nor kept.
  private static func cancelled(_ parsed: Resolution) -> Resolution {
    var resolution = Resolution(file: parsed.file, plainText: parsed.plainText)
    resolution.warnings = [ParseWarning(file: parsed.file, line: nil, message: "parsing cancelled")]
    return resolution
  }

  // MARK: - The adopting formula

  private struct FormulaSplit {
    var header: [CleanLine]
    var body: [CleanLine]
    var formulaBody: Body?
    var formulaLine: Int?
  }

  /// Finds `The General Assembly,` (alone on a line, or inside one in single-line layouts) and splits there.
  private static func splitAtFormula(_ lines: [CleanLine]) -> FormulaSplit {
    let searchLimit = min(lines.count, 200)
    for index in 0..<searchLimit {
      guard !lines[index].text.isEmpty else { continue }
      // The formula may wrap (`The Commission on Crime Prevention and` / `Criminal Justice,`): look at up to three lines.
      var joined = lines[index].text
      var lineEnds = [joined.count]
      var last = index
      while last + 1 < lines.count, last - index < 2, !lines[last + 1].text.isEmpty {
        last += 1
        joined.append(ASCII.space)
        joined.append(contentsOf: lines[last].text)
        lineEnds.append(joined.count)
      }
      if let match = formula(in: joined), match.start < lineEnds[0] {
        let endLine = lineEnds.firstIndex { match.end <= $0 } ?? (lineEnds.count - 1)
        let endOffsetInLine = match.end - (endLine == 0 ? 0 : lineEnds[endLine - 1] + 1)
        var header = Array(lines[..<index])
        var body = Array(lines[(index + endLine + 1)...])
        if match.start > 0 {
          var before = lines[index]
          before.text = Array(lines[index].text[..<match.start]).trimmedSpaces()
          before.markers = lines[index].markers.filter { $0.offset <= match.start }
          header.append(before)
        }
        var line = lines[index + endLine]
        let text = line.text
        if endOffsetInLine < text.count {
          line.markers = line.markers.filter { $0.offset >= endOffsetInLine }.map {
            InlineMarker(offset: $0.offset - endOffsetInLine, marker: $0.marker)
          }
          line.text = Array(text[endOffsetInLine...])
          let trimmed = line.text.skippingSpaces(from: 0)
          line.text.removeFirst(trimmed)
          line.markers = line.markers.map { InlineMarker(offset: max(0, $0.offset - trimmed), marker: $0.marker) }
          body.insert(line, at: 0)
        }
        return FormulaSplit(header: header, body: body, formulaBody: match.body, formulaLine: lines[index].number)
      }
      let text = lines[index].text
      // Stop looking once the text is clearly under way without a formula.
      if index > 0, startsParagraph(text) { break }
    }
    // No formula: the header ends where the first paragraph starts.
    let firstParagraph = lines.firstIndex { !$0.text.isEmpty && startsParagraph($0.text) } ?? lines.count
    if firstParagraph == lines.count {
      return FormulaSplit(header: [], body: lines, formulaBody: nil, formulaLine: nil)
    }
    return FormulaSplit(
      header: Array(lines[..<firstParagraph]), body: Array(lines[firstParagraph...]), formulaBody: nil, formulaLine: nil)
  }

  private static func startsParagraph(_ text: [UInt8]) -> Bool {
    if VerbPhrases.startsPreambularParagraph(text, at: 0) { return true }
    let digits = text.digitRun(at: 0)
    return digits.count == 1 && text[0] == UInt8(ascii: "1") && digits.upperBound < text.count
      && text[digits.upperBound] == ASCII.period
  }

  /// `The Economic and Social Council,` at a word start: its body and extent.
  private static func formula(in text: [UInt8]) -> (start: Int, end: Int, body: Body?)? {
    let the = Array("The ".utf8)
    var index = 0
    while index + the.count < text.count {
      defer { index += 1 }
      guard text.hasPrefix(the, at: index), index == 0 || text[index - 1] == ASCII.space else { continue }
      let nameStart = index + the.count
      if let (body, end) = HeaderReader.bodyAlias(in: text, at: nameStart) {
        // The formula ends with a comma (sometimes lost to OCR at the end of a line).
        if end < text.count, text[end] == ASCII.comma || text[end] == ASCII.semicolon {
          return (index, end + 1, body)
        }
        if end == text.count, index == 0 { return (index, end, body) }
        if index == 0, FormulaWithVerb.follows(text, at: end) { return (index, end, body) }
        continue
      }
      // Another organ, alone on its line: `The Conference of the Parties,`.
      if index == 0, text.last == ASCII.comma, text.count < 100, !text.dropLast().contains(ASCII.comma),
        text.count > nameStart, ASCII.isUpper(text[nameStart])
      {
        let words = VerbPhrases.firstWords(of: Array(text[nameStart...]), limit: 12)
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        if capitalised * 2 >= words.count, let last = words.last?.lowercased(),
          ["assembly", "council", "commission", "conference", "board", "committee", "meeting", "parties", "congress",
            "forum", "organization", "session"].contains(last)
        {
          return (0, text.count, HeaderReader.bodyNamed(in: text))
        }
      }
    }
    return nil
  }

  // MARK: - Blocks

  /// Consecutive non-blank lines, joined; blank lines, separators and removed footnotes end a block.
  static func blocks(of lines: [CleanLine], vocabulary: Vocabulary) -> [TextBlock] {
    var blocks: [TextBlock] = []
    var current = TextBlock()
    for line in lines {
      if line.isBlank || line.isSeparator {
        if !current.isEmpty { blocks.append(current) }
        current = TextBlock()
        continue
      }
      current.append(TextBlock(line: line), vocabulary: vocabulary)
    }
    if !current.isEmpty { blocks.append(current) }
    return blocks
  }

  /// Whether the text has a numbered paragraph `1.` anywhere (decides how unnumbered paragraphs are read).
  static func hasNumberedParagraph(_ text: [UInt8]) -> Bool {
    var index = 0
    while index + 3 < text.count {
      if text[index] == UInt8(ascii: "1"), text[index + 1] == ASCII.period, index == 0 || text[index - 1] == ASCII.space {
        let content = text.skippingSpaces(from: index + 2)
        if content < text.count, ASCII.isUpper(text[content]) { return true }
      }
      index += 1
    }
    return false
  }

  // MARK: - Model

  /// References must name one paragraph: a ref already given (numbering restarting, a letter repeated, two texts in
  /// one file) gets the count of its occurrence, `1-2`, `3(a)-2`.
  static func unique(_ ref: ParagraphRef, among given: inout Set<ParagraphRef>) -> ParagraphRef {
    var unique = ref
    if given.contains(ref) {
      var occurrence = 2
      while given.contains(ref.occurring(occurrence)) { occurrence += 1 }
      unique = ref.occurring(occurrence)
    }
    given.insert(unique)
    return unique
  }

  private func assemble(
    _ segmenter: Segmenter, title: TextBlock?, annexes: [AnnexReader.Result], into resolution: inout Resolution
  ) {
    let sectioned = !segmenter.sections.isEmpty
    resolution.sections = segmenter.sections.map {
      Section(number: $0.number, heading: $0.heading.text.string, line: $0.line)
    }
    var references: [(marker: InlineMarker, ref: ParagraphRef, block: TextBlock)] = []
    var operativeRefs: Set<ParagraphRef> = []
    var closingSeen = false
    if let title {
      for marker in title.markers { references.append((marker, .title, title)) }
    }
    for piece in segmenter.pieces {
      switch piece.kind {
      case .preamble:
        let ref = ParagraphRef(place: .preambular(resolution.preamble.count + 1))
        resolution.preamble.append(
          PreambularParagraph(
            ref: ref, verb: VerbPhrases.leadingPhrase(of: piece.block.text, operative: false),
            text: piece.block.text.string, line: piece.block.firstLine))
        references += piece.block.markers.map { ($0, ref, piece.block) }
      case .operative(let number):
        let place = ParagraphRef.Place.paragraph(
          section: sectioned ? piece.section : nil, number: number, label: nil, occurrence: nil)
        let ref = Self.unique(ParagraphRef(place: place), among: &operativeRefs)
        resolution.operative.append(
          OperativeParagraph(
            ref: ref, number: number, section: piece.section,
            verb: VerbPhrases.leadingPhrase(of: piece.block.text, operative: true), text: piece.block.text.string,
            line: piece.block.firstLine))
        references += piece.block.markers.map { ($0, ref, piece.block) }
      case .subparagraph(let label):
        guard !resolution.operative.isEmpty else {
          // A lettered list before any numbered paragraph: keep it as a paragraph of its own.
          let ref = ParagraphRef(place: .preambular(resolution.preamble.count + 1))
          resolution.preamble.append(
            PreambularParagraph(ref: ref, verb: "", text: "(\(label)) " + piece.block.text.string, line: piece.block.firstLine))
          continue
        }
        let parent = resolution.operative.count - 1
        let ref = Self.unique(resolution.operative[parent].paragraphRef.labelled(label), among: &operativeRefs)
        resolution.operative[parent].subparagraphs.append(
          Subparagraph(ref: ref, label: label, text: piece.block.text.string, line: piece.block.firstLine))
        references += piece.block.markers.map { ($0, ref, piece.block) }
      case .closing:
        let text = piece.block.text
        if closingSeen {
          // Text after the closing line that is no annex: kept with the last paragraph (shown and searched), and said.
          keepTrailing(piece.block, in: &resolution)
          continue
        }
        closingSeen = true
        // The closing line is the authoritative meeting, over one given in the heading.
        if let meeting = HeaderReader.meeting(in: text) {
          resolution.meeting = meeting.text
          if let date = HeaderReader.firstDate(in: Array(text[meeting.range.upperBound...])) { resolution.adopted = date }
        } else if resolution.adopted == nil, let date = HeaderReader.firstDate(in: text) {
          resolution.adopted = date
        }
      }
    }
    resolution.annexes = annexes.map(\.annex)
    references += annexes.flatMap(\.markers)
    guard !references.isEmpty else { return }
    // Looked up once, not per marker: a hostile file may hold a hundred thousand markers. Only the refs that hold a
    // marker, the first paragraph with each (as `textsByRef`, which is a dictionary of every paragraph's text).
    let marked = Set(references.map(\.ref))
    var lengths: [ParagraphRef: Int] = [:]
    for node in resolution.textNodes where marked.contains(node.paragraphRef) && lengths[node.paragraphRef] == nil {
      lengths[node.paragraphRef] = node.text.utf8.count
    }
    let textsByMarker = Dictionary(grouping: resolution.footnoteTexts, by: \.marker)
    for (marker, ref, block) in references {
      let line = block.line(at: marker.offset)
      // A marker after trailing punctuation the title drops (`Crime,⁶`) stands at the end of the text.
      let length = lengths[ref] ?? 0
      let note = footnoteText(near: line, in: textsByMarker[marker.marker] ?? [])
      resolution.footnotes.append(
        FootnoteReference(
          marker: marker.marker, ref: ref, text: note?.text, textRef: note?.paragraphRef, line: line,
          offset: min(marker.offset, length)))
    }
  }

  /// Each footnote text whose marker an earlier text already has gets its occurrence (`fn1-2`), so every footnote
  /// keeps a ref of its own and the citations in it stay inside it.
  static func numberingRepeatedMarkers(_ footnotes: [FootnoteText]) -> [FootnoteText] {
    var seen: [String: Int] = [:]
    return footnotes.map { footnote in
      var numbered = footnote
      let count = seen[footnote.marker, default: 0] + 1
      seen[footnote.marker] = count
      numbered.occurrence = count > 1 ? count : nil
      return numbered
    }
  }

  /// Appends text the parser could not place after the closing line to the last paragraph, with a warning.
  private func keepTrailing(_ block: TextBlock, in resolution: inout Resolution) {
    let text = block.text.string
    // A thematic break (`---` above the footnotes of an extracted PDF) or other debris without a letter or digit.
    guard block.text.contains(where: { ASCII.isLetter($0) || ASCII.isDigit($0) || $0 >= 0x80 }) else { return }
    if !resolution.operative.isEmpty {
      resolution.operative[resolution.operative.count - 1].text += " " + text
    } else if !resolution.preamble.isEmpty {
      resolution.preamble[resolution.preamble.count - 1].text += " " + text
    } else {
      return
    }
    resolution.warnings.append(
      ParseWarning(
        file: resolution.file, line: block.firstLine,
        message: "text after the closing meeting line is neither a paragraph nor an annex; kept at the end of the last "
          + "paragraph"))
  }

  /// The footnote text for a marker among the texts with that marker: the first at or after the reference
  /// (page-bottom order), else the last before it (footnotes collected at the end of a file).
  private func footnoteText(near line: Int, in candidates: [FootnoteText]) -> FootnoteText? {
    candidates.first { $0.line >= line } ?? candidates.last
  }

  private static func looksBinary(_ bytes: [UInt8]) -> Bool {
    // One pass over the first 4 KB: NUL bytes, and control characters other than tab, LF, CR, FF and ESC.
    let (hasNUL, controls, count) = bytes.withUnsafeBufferPointer { bytes in
      let sample = UnsafeBufferPointer(rebasing: bytes.prefix(4096))
      var hasNUL = false, controls = 0
      for byte in sample where byte < 32 {
        if byte == 0 { hasNUL = true }
        if byte != 9 && byte != 10 && byte != 13 && byte != 12 && byte != 27 { controls += 1 }
      }
      return (hasNUL, controls, sample.count)
    }
    if hasNUL && !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])) { return true }
    return controls * 10 > count
  }
}
