import ResolutionKit

/// `r`: the paragraphs of the corpus whose language the paragraph under the cursor shares, most alike first, each a
/// link that opens it; the longest run of words they share is highlighted.
enum ReusePage {
  static func build(
    anchor: (file: String, ref: String, name: String, text: String), matches: [ReuseMatch], limit: Int,
    presentation: Presentation
  ) -> ViewerDocument {
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    var document = ViewerDocument(
      location: .reuse(file: anchor.file, ref: anchor.ref), heading: "Reused language \(glyphs.dot) \(anchor.name) \(glyphs.dot) \(anchor.ref)")
    document.append(
      DocumentBlock(
        cells: presentation.cells("Reused language of ", theme.title)
          + presentation.cells("\(anchor.name) \(glyphs.dot) \(anchor.ref)", theme.normal)))
    document.append(DocumentBlock(cells: presentation.cells(anchor.text, theme.dim), indent: 2))
    let resolutions = Set(matches.map(\.file)).count
    let summary: String
    if matches.isEmpty {
      summary = "No other paragraph of the corpus shares this language."
    } else {
      let more = matches.count >= limit ? " (the \(limit) most alike)" : ""
      summary =
        "\(matches.count) paragraph\(matches.count == 1 ? "" : "s") in \(resolutions) resolution\(resolutions == 1 ? "" : "s")\(more), most alike first:"
    }
    document.append(DocumentBlock(cells: presentation.cells(summary, theme.heading), spaceBefore: 1))

    for match in matches {
      let place = "\(match.displayID) \(glyphs.dot) \(match.ref)"
      let percent = "\(Int((match.similarity * 100).rounded()))%".padding(to: 5)
      let link = document.addLink(.paragraph(file: match.file, ref: match.ref), label: place)
      var cells = presentation.cells(place, theme.link, link: link)
      if let adopted = match.adopted { cells += presentation.cells("  \(adopted.year)", theme.dim) }
      cells.append(.lineBreak(style: theme.normal))
      cells += highlighted(match.text, phrase: match.sharedPhrase, presentation: presentation)
      document.append(
        DocumentBlock(
          key: .elsewhere(file: match.file, ref: match.ref), isStop: true,
          prefix: presentation.cells(percent, theme.verbOperative),
          cells: cells, spaceBefore: 1))
    }
    return document
  }

  /// The text with its shared phrase highlighted (found ignoring case; left plain when it cannot be found as is).
  static func highlighted(_ text: String, phrase: String, presentation: Presentation) -> [TextCell] {
    let theme = presentation.theme
    let lowered = text.lowercased()
    // Offsets found in the lower-cased text apply to the text only when lower-casing kept its length.
    guard phrase.count >= 3, lowered.count == text.count, let found = lowered.firstRange(of: phrase.lowercased())
    else {
      return presentation.cells(text, theme.normal)
    }
    let start = text.index(text.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: found.lowerBound))
    let end = text.index(start, offsetBy: lowered.distance(from: found.lowerBound, to: found.upperBound))
    return presentation.cells(text[..<start], theme.normal)
      + presentation.cells(text[start..<end], CellStyle(.highlight, bold: !theme.colors, reverse: !theme.colors))
      + presentation.cells(text[end...], theme.normal)
  }
}
