import ResolutionKit

/// The readable text form of a whole resolution (`resolute show`).
struct ResolutionText {
  var wrapping: TextWrapping

  func render(_ resolution: Resolution) -> String {
    var out: [String] = []
    out.append(wrapping.wrap(resolution.displayID + (resolution.title.map { " — " + $0 } ?? ""), first: "", rest: "  "))
    if let body = resolution.body { out.append("Body:     \(body.fullName)") }
    if let symbol = resolution.symbol { out.append("Symbol:   \(symbol)") }
    let adopted = [resolution.adopted?.description, resolution.meeting].compactMap { $0 }
    out.append("Adopted:  " + (adopted.isEmpty ? "(date not found)" : adopted.joined(separator: ", ")))
    out.append("File:     \(resolution.file)")
    if resolution.catalogued { out.append("          (metadata completed from the catalog file)") }

    if !resolution.isStructured {
      out.append("")
      out.append("TEXT (no paragraphs recognised; shown as in the file)")
      out.append("")
      out.append(resolution.plainText)
    }
    out += resolution.walked(Body(wrapping: wrapping, structured: resolution.isStructured)).lines
    out += citations(resolution)
    if !resolution.warnings.isEmpty {
      out.append("")
      out.append("WARNINGS")
      out += resolution.warnings.map { wrapping.wrap($0.description, first: "  ", rest: "    ") }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func citations(_ resolution: Resolution) -> [String] {
    guard !resolution.citations.isEmpty else { return [] }
    var out = ["", "CITATIONS"]
    for citation in resolution.citations {
      var target = citation.target?.description ?? "?"
      if let pinpoint = citation.pinpoint { target += ", \(pinpoint)" }
      if citation.kind == .resolution {
        target += citation.resolved.map { " (in the corpus: \($0))" } ?? " (not in the corpus)"
      }
      out.append(wrapping.wrap("\(citation.ref): \(citation.text) → \(target)", first: "  ", rest: "      "))
    }
    return out
  }

  /// The paragraphs (when the file was structured) and the footnotes, as the walk meets them.
  private struct Body: ResolutionVisitor {
    var wrapping: TextWrapping
    var structured: Bool
    var lines: [String] = []
    /// The width of the ref column in the part being written.
    private var width = 0
    private var footnotesHeaded = false

    init(wrapping: TextWrapping, structured: Bool) {
      self.wrapping = wrapping
      self.structured = structured
    }

    mutating func willVisitAnnex(_ annex: Annex) {
      guard structured else { return }
      lines.append("")
      let heading = annex.heading.uppercased() + (annex.title.map { " — " + $0 } ?? "")
      lines.append(wrapping.wrap(heading, first: "", rest: "  "))
    }

    mutating func willVisitPreamble(_ paragraphs: [PreambularParagraph], in annex: Annex?) {
      guard structured, !paragraphs.isEmpty else { return }
      if annex == nil { lines += ["", "PREAMBLE"] }
      width = paragraphs.map(\.ref.count).max()! + 2
    }

    mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {
      guard structured else { return }
      lines.append("")
      lines.append(wrapping.wrap(paragraph.text, first: paragraph.ref.padded(to: width), rest: "".padded(to: width)))
    }

    mutating func willVisitOperative(_ paragraphs: [OperativeParagraph], sections: [Section], in annex: Annex?) {
      guard structured, !paragraphs.isEmpty else { return }
      if annex == nil { lines += ["", "OPERATIVE PART"] }
      width = paragraphs.map(\.ref.count).max()! + 2
    }

    /// Headings without a number (or without a title) are printed as they stand.
    mutating func visitSectionHeading(_ section: Section, in annex: Annex?) {
      guard structured else { return }
      let line =
        section.number.isEmpty || section.heading.isEmpty
        ? section.number + section.heading : "\(section.number). \(section.heading)"
      lines.append("")
      lines.append(wrapping.wrap(line, first: "", rest: "    "))
    }

    mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) {
      guard structured else { return }
      lines.append("")
      lines.append(wrapping.wrap(paragraph.text, first: paragraph.ref.padded(to: width), rest: "".padded(to: width)))
    }

    mutating func visitSubparagraph(_ sub: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?) {
      guard structured else { return }
      let indent = "".padded(to: width)
      let label = "(\(sub.label)) "
      lines.append(wrapping.wrap(sub.text, first: indent + label, rest: indent + "".padded(to: label.count)))
    }

    mutating func visitFootnoteReference(_ note: FootnoteReference) {
      headFootnotes()
      let head = "  [\(note.marker)] in \(note.ref): "
      lines.append(wrapping.wrap(note.text ?? "(no footnote text in the file)", first: head, rest: "      "))
    }

    mutating func visitFootnoteText(_ note: FootnoteText, referenced: Bool) {
      guard !referenced else { return }
      headFootnotes()
      lines.append(wrapping.wrap(note.text, first: "  [\(note.marker)] (no marker in the text): ", rest: "      "))
    }

    private mutating func headFootnotes() {
      guard !footnotesHeaded else { return }
      footnotesHeaded = true
      lines += ["", "FOOTNOTES"]
    }
  }
}
