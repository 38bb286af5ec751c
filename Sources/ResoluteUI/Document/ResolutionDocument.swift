import ResolutionKit

/// Lays a resolution out as a reader expects it: title, body line, preamble with its verbs in italic, section headings,
/// numbered operative paragraphs with their verbs in bold, indented subparagraphs, meeting and date, then the notes.
/// Citations and footnote markers become links.
enum ResolutionDocument {
  static func build(_ resolution: Resolution, presentation: Presentation) -> ViewerDocument {
    var builder = Builder(resolution: resolution, presentation: presentation)
    if resolution.isStructured { builder.buildStructured() } else { builder.buildPlainText() }
    builder.appendOmissionNotice()
    return builder.document
  }

  /// `GA 55/64 · A/RES/55/64 · 4 December 2000`.
  static func heading(of resolution: Resolution, glyphs: Glyphs) -> String {
    var parts = [resolution.displayID]
    if let symbol = resolution.symbol { parts.append(symbol) }
    if let adopted = resolution.adopted { parts.append(adopted.description) }
    return parts.joined(separator: " \(glyphs.dot) ")
  }

  private struct Builder {
    let resolution: Resolution
    let presentation: Presentation
    var document: ViewerDocument
    var theme: Theme { presentation.theme }
    /// Paragraphs and characters laid out so far, across paragraphs: cancelled work looks at its cancellation every
    /// `WorkCancellation.checkInterval` of them, so 250,000 short paragraphs stop as soon as one huge one does.
    var laidOut = 0
    /// Set once the cancellation is seen: every paragraph after it is skipped.
    var stopped = false
    /// The viewer holds a file as cells, tens of bytes per character: past this many bytes of text the rest is left
    /// to `resolute show`, and the document says so, so that a hostile 50 MB file cannot take gigabytes.
    static let textBudget = 2_000_000
    var remainingBudget = textBudget
    var omittedBytes = 0
    /// Grouped once: a hostile file may hold thousands of paragraphs and markers.
    let footnotesByRef: [String: [FootnoteReference]]
    let citationsByRef: [String: [Citation]]

    init(resolution: Resolution, presentation: Presentation) {
      self.resolution = resolution
      self.presentation = presentation
      footnotesByRef = Dictionary(grouping: resolution.footnotes, by: \.ref)
      citationsByRef = Dictionary(grouping: resolution.citations, by: \.ref.description)
      document = ViewerDocument(
        location: .resolution(file: resolution.file),
        heading: ResolutionDocument.heading(of: resolution, glyphs: presentation.glyphs))
    }

    mutating func buildStructured() {
      let titleCells = paragraphCells(resolution.title ?? "(no title)", ref: ParagraphRef.title.description, style: theme.title)
      document.append(DocumentBlock(ref: ParagraphRef.title.description, isStop: true, cells: titleCells))
      if let body = resolution.body {
        document.append(
          DocumentBlock(cells: presentation.cells("The \(body.fullName),", theme.bodyLine), spaceBefore: 1))
      }
      for paragraph in resolution.preamble {
        if stopped { break }
        let cells = paragraphCells(
          paragraph.text, ref: paragraph.ref, style: theme.normal, verb: paragraph.verb,
          verbStyle: theme.verbPreamble)
        document.append(DocumentBlock(ref: paragraph.ref, isStop: true, cells: cells, spaceBefore: 1))
      }
      appendOperative(
        resolution.operative, sections: resolution.sections, headings: resolution.headingsBeforeParagraphs)
      var closing: [String] = []
      if let meeting = resolution.meeting { closing.append(meeting) }
      if let adopted = resolution.adopted { closing.append(adopted.description) }
      for (index, line) in closing.enumerated() {
        document.append(
          DocumentBlock(cells: presentation.cells(line, theme.dim), indent: 4, spaceBefore: index == 0 ? 1 : 0))
      }
      for annex in resolution.annexes { appendAnnex(annex) }
      appendNotes()
    }

    /// `Annex II` and its title as headings (a stop, under the annex's ref), its preamble, then its paragraphs.
    mutating func appendAnnex(_ annex: Annex) {
      document.append(
        DocumentBlock(ref: annex.refPrefix, isStop: true, cells: presentation.cells(annex.heading, theme.heading), spaceBefore: 2))
      if let title = annex.title {
        document.append(DocumentBlock(cells: paragraphCells(title, ref: annex.refPrefix, style: theme.title)))
      }
      for paragraph in annex.preamble {
        let cells = paragraphCells(
          paragraph.text, ref: paragraph.ref, style: theme.normal, verb: paragraph.verb, verbStyle: theme.verbPreamble)
        document.append(DocumentBlock(ref: paragraph.ref, isStop: true, cells: cells, spaceBefore: 1))
      }
      appendOperative(annex.paragraphs, sections: annex.sections, headings: annex.headingsBeforeParagraphs)
    }

    /// Numbered paragraphs under their section headings, each with its subparagraphs.
    /// Where `headings` is given (annexes, and operative parts with headings without a number), each heading is placed
    /// where it stands, headings without a number too.
    mutating func appendOperative(
      _ paragraphs: [OperativeParagraph], sections: [Section], headings: [Int: [Section]]? = nil
    ) {
      let numberWidth = paragraphs.map { String($0.number).count }.max() ?? 1
      var section: String?
      for (index, paragraph) in paragraphs.enumerated() {
        if stopped { break }
        if let headings {
          appendHeadings(headings[index] ?? [])
        } else if let number = paragraph.section, number != section {
          section = number
          let heading = sections.first { $0.number == number }?.heading ?? ""
          let prefix = presentation.cells("\(number). ", theme.heading)
          document.append(
            DocumentBlock(prefix: prefix, cells: presentation.cells(heading, theme.heading), spaceBefore: 2))
        }
        let number = String(paragraph.number)
        let label = String(repeating: " ", count: max(0, numberWidth - number.count)) + number + ". "
        let cells = paragraphCells(
          paragraph.text, ref: paragraph.ref, style: theme.normal, verb: paragraph.verb,
          verbStyle: theme.verbOperative)
        document.append(
          DocumentBlock(
            ref: paragraph.ref, isStop: true, prefix: presentation.cells(label, theme.paragraphNumber),
            cells: cells, spaceBefore: 1))
        for sub in paragraph.subparagraphs {
          let subCells = paragraphCells(sub.text, ref: sub.ref, style: theme.normal)
          document.append(
            DocumentBlock(
              ref: sub.ref, isStop: true, prefix: presentation.cells("(\(sub.label)) ", theme.normal),
              cells: subCells, indent: label.count, spaceBefore: 1))
        }
      }
      if let headings { appendHeadings(headings[paragraphs.count] ?? []) }
    }

    mutating func appendHeadings(_ headings: [Section]) {
      for heading in headings {
        let prefix = heading.number.isEmpty ? [] : presentation.cells("\(heading.number). ", theme.heading)
        document.append(
          DocumentBlock(prefix: prefix, cells: presentation.cells(heading.heading, theme.heading), spaceBefore: 2))
      }
    }

    /// The footnote texts the file holds, as a last section (citations inside them are links too).
    mutating func appendNotes() {
      guard !resolution.footnoteTexts.isEmpty else { return }
      document.append(DocumentBlock(cells: presentation.cells("Notes", theme.heading), spaceBefore: 2))
      for note in resolution.footnoteTexts {
        let marker = presentation.cells(presentation.glyphs.footnoteMarker(note.marker) + " ", theme.footnoteMarker)
        let cells = paragraphCells(note.text, ref: note.ref, style: theme.normal)
        document.append(DocumentBlock(ref: note.ref, isStop: true, prefix: marker, cells: cells, spaceBefore: 1))
      }
    }

    /// `text`, cut to what is left of the budget (at a character boundary); what is cut is counted.
    mutating func withinBudget(_ text: String) -> String {
      let length = text.utf8.count
      guard length > remainingBudget else {
        remainingBudget -= length
        return text
      }
      let bytes = Array(text.utf8)
      var cut = remainingBudget
      while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
      omittedBytes += length - cut
      remainingBudget = 0
      return String(decoding: bytes[..<cut], as: UTF8.self)
    }

    /// Says what the budget left out, and where to read it.
    mutating func appendOmissionNotice() {
      guard omittedBytes > 0 else { return }
      let megabytes = Double(omittedBytes) / 1_000_000
      let size = megabytes >= 1 ? "\((megabytes * 10).rounded() / 10) MB" : "\(omittedBytes) bytes"
      document.append(
        DocumentBlock(
          cells: presentation.cells(
            "The viewer stops after \(Self.textBudget / 1_000_000) MB of text: \(size) of this file are not shown "
              + "here. `resolute show` prints all of it.", theme.warning),
          spaceBefore: 2))
    }

    /// A file the parser could not structure: its lines as they are, one stop per run of non-blank lines.
    mutating func buildPlainText() {
      // A file listed earlier that cannot be read now (deleted, moved, locked since) says why instead.
      let unreadable = resolution.plainText.isEmpty ? resolution.warnings.first?.message : nil
      let header = unreadable.map { "This file cannot be read now: \($0)." }
        ?? "This file could not be structured; it is shown as plain text."
      document.append(DocumentBlock(cells: presentation.cells(header, theme.warning)))
      var paragraphs: [[String]] = [[]]
      for rawLine in withinBudget(resolution.plainText).split(
        omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      {
        var line = String(rawLine)
        if line.hasSuffix("\r") { line.removeLast() }
        line = expandTabs(line)
        if line.allSatisfy({ $0 == " " }) {
          if !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append([]) }
        } else {
          paragraphs[paragraphs.count - 1].append(line)
        }
      }
      for (number, paragraph) in paragraphs.filter({ !$0.isEmpty }).enumerated() {
        if WorkCancellation.shouldStop(at: number) { break }
        var cells: [TextCell] = []
        for (index, line) in paragraph.enumerated() {
          if index > 0 { cells.append(.lineBreak(style: theme.normal)) }
          cells += presentation.cells(line, theme.normal)
        }
        document.append(
          DocumentBlock(key: .plainTextBlock(number + 1), isStop: true, cells: cells, keepSpaces: true, spaceBefore: 1))
      }
    }

    private func expandTabs(_ line: String) -> String {
      guard line.contains("\t") else { return line }
      var result = ""
      var column = 0
      for character in line {
        if character == "\t" {
          let spaces = 4 - column % 4
          result += String(repeating: " ", count: spaces)
          column += spaces
        } else {
          result.append(character)
          column += 1
        }
      }
      return result
    }

    /// The cells of a paragraph's text, with its verb styled and its citations and footnote markers made links.
    /// Citation ranges and marker offsets are UTF-8 offsets into `text`.
    mutating func paragraphCells(
      _ text: String, ref: String, style: CellStyle, verb: String = "", verbStyle: CellStyle? = nil
    ) -> [TextCell] {
      laidOut += 1
      if stopped || WorkCancellation.shouldStop(at: laidOut) {
        stopped = true
        return []
      }
      let fullLength = text.utf8.count
      let text = withinBudget(text)
      let shownLength = text.utf8.count
      // Markers and citations in a part the budget cut off are left out with it.
      let markers = (footnotesByRef[ref] ?? []).filter { shownLength == fullLength || $0.offset < shownLength }
        .sorted { $0.offset < $1.offset }
      let citations = (citationsByRef[ref] ?? []).filter { shownLength == fullLength || $0.range.upperBound <= shownLength }
        .sorted { $0.range.lowerBound < $1.range.lowerBound }
      let verbLength = !verb.isEmpty && text.hasPrefix(verb) ? verb.utf8.count : 0
      // Link indices are assigned in reading order, interleaved with the markers'.
      var citationLinks = Array(repeating: -1, count: citations.count)
      var cells: [TextCell] = []
      var nextMarker = 0
      // Citations are sorted by start; those before it have all ended (no search per character).
      var currentCitation = 0
      var offset = 0
      var run = ""
      var runStyle = style
      var runLink: Int?
      func flush() {
        if !run.isEmpty { presentation.text.append(run, style: runStyle, link: runLink, to: &cells) }
        run = ""
      }
      for character in text {
        // A paragraph of 100,000 citations is long to link: cancelled work stops here too (`WorkCancellation`).
        laidOut += 1
        if WorkCancellation.shouldStop(at: laidOut) {
          stopped = true
          return cells
        }
        // Markers that stand at (or, if an offset falls inside a character, before) this point.
        while nextMarker < markers.count, markers[nextMarker].offset <= offset {
          flush()
          appendMarker(markers[nextMarker], ref: ref, to: &cells)
          nextMarker += 1
        }
        var characterStyle = offset < verbLength ? (verbStyle ?? style) : style
        var link: Int?
        while currentCitation < citations.count, citations[currentCitation].range.upperBound <= offset {
          currentCitation += 1
        }
        if currentCitation < citations.count, citations[currentCitation].range.contains(offset) {
          let index = currentCitation
          if citationLinks[index] < 0 {
            flush()
            citationLinks[index] = document.addLink(.citation(citations[index]), label: citations[index].text)
          }
          link = citationLinks[index]
          characterStyle = mergeLink(characterStyle)
        }
        if characterStyle != runStyle || link != runLink {
          flush()
          runStyle = characterStyle
          runLink = link
        }
        run.append(character)
        offset += character.utf8.count
      }
      flush()
      while nextMarker < markers.count {
        appendMarker(markers[nextMarker], ref: ref, to: &cells)
        nextMarker += 1
      }
      // Citations whose range lies outside the text (a stale range) still get a link, after the text.
      for (index, citation) in citations.enumerated() where citationLinks[index] < 0 {
        let link = document.addLink(.citation(citation), label: citation.text)
        cells += presentation.cells(" ", style)
        cells += presentation.cells(citation.text, mergeLink(style), link: link)
      }
      return cells
    }

    private func mergeLink(_ style: CellStyle) -> CellStyle {
      var merged = theme.link
      merged.bold = style.bold
      merged.italic = style.italic
      return merged
    }

    private mutating func appendMarker(_ marker: FootnoteReference, ref: String, to cells: inout [TextCell]) {
      let link = document.addLink(.footnote(marker: marker.marker, paragraph: ref), label: marker.marker)
      // Two markers side by side would read as one number (`³⁴`): a raised comma keeps them apart (`³˒⁴`).
      let drawn = presentation.glyphs.footnoteMarker(marker.marker)
      if let last = cells.last, last.style.role == .footnoteMarker, last.link != nil, drawn.first != "[" {
        cells += presentation.cells("˒", theme.footnoteMarker)
      }
      cells += presentation.cells(drawn, theme.footnoteMarker, link: link)
    }
  }
}
