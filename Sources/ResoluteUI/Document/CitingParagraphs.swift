import ResolutionKit

/// Who cites a resolution, then every citing paragraph, each a link that opens the citing resolution there: the end
/// of an absent resolution's page and the whole of a present one's cited-by page.
enum CitingParagraphs {
  static func append(
    _ edges: [CitationEdge], to document: inout ViewerDocument, snapshot: CorpusSnapshot, presentation: Presentation
  ) {
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    var sources: [String] = []
    for edge in edges where !sources.contains(edge.sourceFile) { sources.append(edge.sourceFile) }
    func label(_ file: String, _ id: ResolutionID?) -> String {
      id?.description ?? snapshot.displayID(file: file) ?? file
    }
    let summary = sources.map { file in
      let count = edges.filter { $0.sourceFile == file }.count
      let id = edges.first { $0.sourceFile == file }?.sourceID
      return count == 1 ? label(file, id) : "\(label(file, id)) (\(count))"
    }
    let plural = sources.count == 1 ? "resolution" : "resolutions"
    // No hanging indent here: a long placeholder id would leave a narrow column.
    document.append(
      DocumentBlock(
        cells: presentation.cells("Cited by \(sources.count) \(plural)\(sources.isEmpty ? "" : ": ")", theme.heading)
          + presentation.cells(summary.joined(separator: ", "), theme.normal), spaceBefore: 1))

    for edge in edges {
      let name = label(edge.sourceFile, edge.sourceID)
      let place = "\(name) \(glyphs.dot) \(edge.citation.ref)"
      let link = document.addLink(.paragraph(file: edge.sourceFile, ref: edge.citation.ref.description), label: place)
      var cells = presentation.cells(place, theme.link, link: link)
      if let date = edge.citation.date { cells += presentation.cells("  \(date)", theme.dim) }
      if let pinpoint = edge.citation.pinpoint { cells += presentation.cells("  \(pinpoint)", theme.dim) }
      cells.append(.lineBreak(style: theme.normal))
      cells += sentenceCells(edge.sentence, citation: edge.citation.text, presentation: presentation)
      document.append(
        DocumentBlock(
          key: .elsewhere(file: edge.sourceFile, ref: edge.citation.ref.description), isStop: true,
          prefix: presentation.cells(presentation.glyphs.arrow + " ", theme.dim), cells: cells, spaceBefore: 1))
    }
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

/// A present resolution's cited-by page (`c`): its id and title, then every paragraph of the corpus citing it.
enum CitedByPage {
  static func build(
    _ resolution: Resolution, edges: [CitationEdge], snapshot: CorpusSnapshot, presentation: Presentation
  ) -> ViewerDocument {
    let theme = presentation.theme
    var document = ViewerDocument(
      location: .citedBy(file: resolution.file), heading: "Cited by: \(resolution.displayID)")
    var header = presentation.cells(resolution.displayID, theme.title)
    if let title = resolution.title { header += presentation.cells("  \(title)", theme.normal) }
    document.append(DocumentBlock(cells: header))
    // Citations of itself (`the present resolution`) are not citations by another text.
    let others = edges.filter { $0.sourceFile != resolution.file }
    CitingParagraphs.append(others, to: &document, snapshot: snapshot, presentation: presentation)
    if others.isEmpty {
      document.append(
        DocumentBlock(cells: presentation.cells("No resolution of the corpus cites it.", theme.dim), spaceBefore: 1))
    }
    return document
  }
}
