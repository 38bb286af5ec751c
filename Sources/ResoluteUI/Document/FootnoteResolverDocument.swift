import ResolutionKit

/// What the footnote resolver pane shows for the paragraph under the cursor: each footnote's text (or that the file
/// lacks it), and each citation with where it leads.
enum FootnoteResolverDocument {
  /// The content for `block` of `document` (a resolution page or an absent resolution's page).
  /// `footnoteStops` maps a footnote marker to its entry, so following a marker can focus it.
  static func build(
    for document: ViewerDocument, block: Int?, resolution shown: Resolution?, citingResolutions: Int = 0,
    source: any CorpusSource, snapshot: CorpusSnapshot, presentation: Presentation
  ) -> (document: ViewerDocument, footnoteStops: [String: Int]) {
    let theme = presentation.theme
    var notes = ViewerDocument(location: nil, heading: "Notes")
    guard let block, block >= 0, block < document.blocks.count else {
      notes.append(DocumentBlock(cells: presentation.cells("Nothing under the cursor.", theme.dim)))
      return (notes, [:])
    }
    switch document.location {
    case .resolution(let file):
      guard let resolution = shown, resolution.file == file, let key = document.blocks[block].key else { break }
      var built = resolutionNotes(resolution, key: key, snapshot: snapshot, source: source, presentation: presentation)
      appendCitedBy(citingResolutions, file: file, to: &built.document, presentation: presentation)
      return built
    case .absent, .reuse, .compare, .citedBy:
      if let link = document.links.first(where: { $0.block == block }),
        case .paragraph(let file, let ref) = link.target,
        let resolution = source.resolution(file: file)
      {
        notes.heading = "\(resolution.displayID) \(presentation.glyphs.dot) \(ref)"
        notes.append(
          DocumentBlock(
            ref: "source", isStop: true,
            cells: presentation.cells(resolution.title ?? resolution.displayID, theme.title)))
        let text = resolution.text(of: ref) ?? "(paragraph \(ref) not found)"
        notes.append(
          DocumentBlock(ref: "text", isStop: true, cells: presentation.cells(text, theme.normal), spaceBefore: 1))
        notes.append(DocumentBlock(cells: presentation.cells("Enter opens it there.", theme.dim), spaceBefore: 1))
        return (notes, [:])
      }
    case nil, .bookmarks, .series, .source:
      break
    }
    notes.append(DocumentBlock(cells: presentation.cells("No footnotes or citations here.", theme.dim)))
    return (notes, [:])
  }

  private static func resolutionNotes(
    _ resolution: Resolution, key: RowKey, snapshot: CorpusSnapshot, source: any CorpusSource,
    presentation: Presentation
  ) -> (document: ViewerDocument, footnoteStops: [String: Int]) {
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    var notes = ViewerDocument(location: nil, heading: "Notes \(glyphs.dot) \(spokenName(of: key))")
    var footnoteStops: [String: Int] = [:]
    // Looked up once per paragraph, and at most `shownPerKind` of each kind listed: a hostile file may put a
    // hundred thousand markers in one paragraph, and the notes are rebuilt whenever the cursor moves.
    let here = key.paragraph.flatMap { ParagraphRef($0) }
    let markers = resolution.footnotes.filter { $0.paragraphRef == here }
    let citationsHere = resolution.citations.filter { $0.ref == here }
    var footnoteTexts: [ParagraphRef: String] = [:]
    for note in resolution.footnoteTexts where footnoteTexts[note.paragraphRef] == nil {
      footnoteTexts[note.paragraphRef] = note.text
    }
    let citationsInNotes = Dictionary(grouping: resolution.citations.filter { $0.ref.isFootnote }, by: \.ref)
    for marker in markers.prefix(shownPerKind) {
      let prefix = presentation.cells(glyphs.footnoteMarker(marker.marker) + " ", theme.footnoteMarker)
      // Citations inside a footnote are measured in the footnote text's own bytes, so prefer that text.
      let noteRef = marker.note
      let text = footnoteTexts[noteRef] ?? marker.text
      let citations = citationsInNotes[noteRef] ?? []
      let cells =
        text.map { linkedCells($0, citations: citations, into: &notes, presentation: presentation) }
        ?? presentation.cells("footnote \(marker.marker): not in this file", theme.absent)
      if footnoteStops[marker.marker] == nil { footnoteStops[marker.marker] = notes.stops.count }
      notes.append(
        DocumentBlock(
          ref: noteRef.description, isStop: true, prefix: prefix, cells: cells))
    }
    appendOverflow(markers.count, "footnote marker", to: &notes, presentation: presentation)
    // The citations of the paragraph, then those its footnotes make, each with where it leads: one list, one line
    // each, so the pane shows as many as it can.
    let noteCitations = markers.prefix(shownPerKind).flatMap { citationsInNotes[$0.note] ?? [] }
    for citation in (citationsHere + noteCitations).prefix(shownPerKind) {
      let link = notes.addLink(.citation(citation), label: citation.text)
      var cells = presentation.cells(citation.text, theme.link, link: link)
      cells += presentation.cells(" \(glyphs.arrow) ", theme.dim)
      cells += destination(
        of: citation, resolution: resolution, snapshot: snapshot, source: source, presentation: presentation)
      notes.append(
        DocumentBlock(
          key: .noteCitation(notes.links.count), isStop: true, cells: cells))
    }
    appendOverflow(citationsHere.count, "citation", to: &notes, presentation: presentation)
    if notes.blocks.isEmpty {
      notes.append(
        DocumentBlock(cells: presentation.cells("No footnotes or citations in \(spokenName(of: key)).", theme.dim)))
    }
    return (notes, footnoteStops)
  }

  /// `cited by N resolutions (c)`, a link to the cited-by page, when other resolutions of the corpus cite this one.
  private static func appendCitedBy(
    _ count: Int, file: String, to notes: inout ViewerDocument, presentation: Presentation
  ) {
    guard count > 0 else { return }
    let label = "cited by \(count) \(count == 1 ? "resolution" : "resolutions")"
    let link = notes.addLink(.open(.citedBy(file: file), ref: nil), label: label)
    var cells = presentation.cells(label, presentation.theme.link, link: link)
    cells += presentation.cells(" (c)", presentation.theme.dim)
    notes.append(DocumentBlock(ref: "citedBy", isStop: true, cells: cells))
  }

  /// How many footnotes and how many citations of one paragraph the notes list.
  static let shownPerKind = 200

  /// A line saying how many of `count` were not listed, when there were more than `shownPerKind`.
  private static func appendOverflow(
    _ count: Int, _ what: String, to notes: inout ViewerDocument, presentation: Presentation
  ) {
    guard count > shownPerKind else { return }
    let rest = count - shownPerKind
    notes.append(
      DocumentBlock(
        cells: presentation.cells(
          "\(presentation.glyphs.ellipsis) and \(rest) more \(what)\(rest == 1 ? "" : "s") in this paragraph (`resolute show` lists them all)",
          presentation.theme.dim),
        spaceBefore: 1))
  }

  /// `text` with the citations at their UTF-8 ranges made links of `notes`.
  private static func linkedCells(
    _ text: String, citations: [Citation], into notes: inout ViewerDocument, presentation: Presentation
  ) -> [TextCell] {
    let bytes = Array(text.utf8)
    var cells: [TextCell] = []
    var position = 0
    for citation in citations.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
    where citation.range.lowerBound >= position && citation.range.upperBound <= bytes.count {
      let before = String(decoding: bytes[position..<citation.range.lowerBound], as: UTF8.self)
      cells += presentation.cells(before, presentation.theme.normal)
      let link = notes.addLink(.citation(citation), label: citation.text)
      let words = String(decoding: bytes[citation.range], as: UTF8.self)
      cells += presentation.cells(words, presentation.theme.link, link: link)
      position = citation.range.upperBound
    }
    cells += presentation.cells(String(decoding: bytes[position...], as: UTF8.self), presentation.theme.normal)
    return cells
  }

  /// Where a citation leads, in words.
  private static func destination(
    of citation: Citation, resolution: Resolution, snapshot: CorpusSnapshot, source: any CorpusSource,
    presentation: Presentation
  ) -> [TextCell] {
    let theme = presentation.theme
    let dot = " \(presentation.glyphs.dot) "
    switch citation.kind {
    case .resolution:
      guard let target = citation.target else { return presentation.cells("target not recognised", theme.absent) }
      let id = target.resolution
      let present =
        citation.resolved.flatMap { snapshot.summary(file: $0) }
        ?? id.flatMap { source.file(withID: $0) }.flatMap { snapshot.summary(file: $0) }
      if let present {
        var cells = presentation.cells(present.displayID, theme.heading)
        cells += presentation.cells(": " + (present.title ?? "(no title)"), theme.normal)
        if let paragraph = citation.resolvedParagraph {
          cells += presentation.cells("\(dot)lands on \(paragraph.spokenName)", theme.dim)
        } else if let pinpoint = citation.pinpoint {
          cells += presentation.cells("\(dot)\(pinpoint) not found there", theme.absent)
        }
        return cells
      }
      var cells = presentation.cells(target.description, theme.heading)
      cells += presentation.cells(" not in corpus", theme.absent)
      let absent = id.flatMap { snapshot.absent($0) }
      if let date = absent?.date ?? citation.date {
        cells += presentation.cells(dot + date.description, theme.normal)
      }
      if let subject = absent?.subject ?? citation.subject {
        cells += presentation.cells(dot + subject, theme.normal)
      }
      if let absent {
        let count = absent.citingResolutionCount
        cells += presentation.cells("\(dot)cited by \(count) \(count == 1 ? "resolution" : "resolutions")", theme.dim)
      }
      if let pinpoint = citation.pinpoint { cells += presentation.cells("\(dot)\(pinpoint)", theme.dim) }
      return cells
    case .document:
      return presentation.cells("document \(citation.target?.description ?? citation.text) (not a resolution)", theme.dim)
    case .decision:
      return presentation.cells("\(citation.target?.description ?? citation.text) (a decision, not a resolution)", theme.dim)
    case .internal:
      var paragraph = citation.resolvedParagraph
      if paragraph == nil, case .paragraph(let named)? = citation.target { paragraph = named }
      let name = paragraph?.spokenName ?? "paragraph \(citation.target?.ownParagraph ?? "")"
      let text = paragraph.flatMap { resolution.text(of: $0) }.map { ": " + $0 } ?? " (not found in this resolution)"
      return presentation.cells("\(name) of this resolution" + text, theme.normal)
    case .self:
      return presentation.cells("this resolution", theme.dim)
    }
  }

  /// A stop in words: a paragraph as `ParagraphRef.spokenName` says it (`PP3` -> `preambular paragraph 3`), a block
  /// of a plain-text file as `block 12`; anything else by its name, prefixed with `paragraph`.
  static func spokenName(of key: RowKey) -> String {
    switch key {
    case .paragraph(let ref): return ParagraphRef(ref)?.spokenName ?? "paragraph \(ref)"
    case .plainTextBlock(let number): return "block \(number)"
    case .mark, .recent, .elsewhere, .noteCitation, .seriesMember, .sourceLine: return "paragraph \(key.text)"
    }
  }
}
