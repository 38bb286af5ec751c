import ResolutionKit

/// The page of a resolution that the corpus cites but does not contain: what the citing texts say about it (dates and
/// subjects, conflicts shown), and every citing paragraph, each a link that opens the citing resolution there.
enum AbsentResolutionPage {
  static func build(
    _ absent: AbsentResolution, snapshot: CorpusSnapshot, presentation: Presentation
  ) -> ViewerDocument {
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    var document = ViewerDocument(location: .absent(absent.id), heading: "\(absent.id) (absent)")
    var header = presentation.cells(absent.id.description, theme.title)
    header += presentation.cells("  not in this corpus", theme.absent)
    document.append(DocumentBlock(cells: header))

    func field(_ name: String, _ value: String, style: CellStyle) {
      let prefix = presentation.cells(name.padding(to: 9), theme.heading)
      document.append(DocumentBlock(prefix: prefix, cells: presentation.cells(value, style)))
    }
    field("Symbol", absent.id.symbol ?? "unknown", style: theme.normal)
    switch absent.dates.count {
    case 0: field("Date", "not given by the citing texts", style: theme.dim)
    case 1: field("Date", absent.dates[0].description, style: theme.normal)
    default:
      field(
        "Dates", absent.dates.map(\.description).joined(separator: "; ") + " (the citing texts disagree)",
        style: theme.warning)
    }
    switch absent.subjects.count {
    case 0: field("Subject", "not given by the citing texts", style: theme.dim)
    case 1: field("Subject", absent.subjects[0], style: theme.normal)
    default:
      for (index, subject) in absent.subjects.enumerated() {
        field(index == 0 ? "Subjects" : "", subject, style: index == 0 ? theme.normal : theme.warning)
      }
    }

    // Who cites it, in corpus order, then every citing paragraph.
    var sources: [String] = []
    for edge in absent.citedBy where !sources.contains(edge.sourceFile) { sources.append(edge.sourceFile) }
    func label(_ file: String, _ id: ResolutionID?) -> String {
      id?.description ?? snapshot.displayID(file: file) ?? file
    }
    let summary = sources.map { file in
      let count = absent.citedBy.filter { $0.sourceFile == file }.count
      let id = absent.citedBy.first { $0.sourceFile == file }?.sourceID
      return count == 1 ? label(file, id) : "\(label(file, id)) (\(count))"
    }
    let plural = sources.count == 1 ? "resolution" : "resolutions"
    // No hanging indent here: a long placeholder id would leave a narrow column.
    document.append(
      DocumentBlock(
        cells: presentation.cells("Cited by \(sources.count) \(plural): ", theme.heading)
          + presentation.cells(summary.joined(separator: ", "), theme.normal), spaceBefore: 1))

    for edge in absent.citedBy {
      let name = label(edge.sourceFile, edge.sourceID)
      let place = "\(name) \(glyphs.dot) \(edge.citation.ref)"
      let link = document.addLink(.paragraph(file: edge.sourceFile, ref: edge.citation.ref), label: place)
      var cells = presentation.cells(place, theme.link, link: link)
      if let date = edge.citation.date { cells += presentation.cells("  \(date)", theme.dim) }
      cells.append(.lineBreak(style: theme.normal))
      cells += sentenceCells(edge.sentence, citation: edge.citation.text, presentation: presentation)
      document.append(
        DocumentBlock(
          ref: "\(edge.sourceFile)#\(edge.citation.ref)", isStop: true,
          prefix: presentation.cells(presentation.glyphs.arrow + " ", theme.dim), cells: cells, spaceBefore: 1))
    }
    return document
  }

  /// The citing sentence with the citation's words highlighted.
  private static func sentenceCells(_ sentence: String, citation: String, presentation: Presentation) -> [TextCell] {
    let theme = presentation.theme
    guard !citation.isEmpty, let range = sentence.firstRange(of: citation) else {
      return presentation.cells(sentence, theme.normal)
    }
    return presentation.cells(sentence[..<range.lowerBound], theme.normal)
      + presentation.cells(sentence[range], CellStyle(.highlight, bold: true))
      + presentation.cells(sentence[range.upperBound...], theme.normal)
  }
}

extension String {
  /// Pads with spaces to `width` characters.
  func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

}
