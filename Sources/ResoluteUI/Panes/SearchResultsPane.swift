import ResolutionKit

/// Corpus-wide search results in the list pane: per result its id and paragraph, the resolution's title, and two
/// lines of the paragraph around the match with the matched words highlighted.
enum SearchResultsPane {
  /// Rows each result takes: id and paragraph, title, two lines of snippet.
  static let rowsPerHit = 4

  static func render(
    _ results: SearchResultsList, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer,
    presentation: Presentation
  ) {
    let theme = presentation.theme
    let count = "\(results.hits.count)\(results.isTruncated ? "+" : "")"
    PaneTitle.render(
      "Search: \(results.query)", detail: count, focused: focused, in: rect, into: &buffer,
      presentation: presentation)
    let body = ScreenLayout.body(of: rect)
    guard !body.isEmpty else { return }
    if results.hits.isEmpty {
      buffer.drawTruncated(presentation.cells(" Nothing found", theme.dim), in: body.top(1), ellipsis: [])
      return
    }
    let ellipsis = presentation.glyphs.ellipsis
    let textWidth = max(0, body.width - 2)
    for slot in 0..<(body.height / rowsPerHit) {
      let index = results.scroll + slot
      guard index < results.hits.count else { break }
      let hit = results.hits[index]
      let selected = index == results.selected
      let style = SelectedRowStyle(selected: selected, focused: focused, theme: theme)
      let y = body.y + slot * rowsPerHit
      if selected { buffer.fill(Rect(x: body.x, y: y, width: body.width, height: rowsPerHit), style: style.fill) }
      // The paragraph is drawn whole at the right (PP3 and fn2 must be told apart); the id takes what is left.
      let ref = presentation.cells(" \(presentation.glyphs.dot) \(hit.ref) ", style(theme.heading))
      let refWidth = min(ref.screenWidth, body.width)
      buffer.drawTruncated(
        presentation.cells(" " + hit.displayID, style(theme.heading)),
        in: Rect(x: body.x, y: y, width: body.width - refWidth, height: 1),
        ellipsis: presentation.cells(ellipsis, style(theme.dim)))
      buffer.draw(ref, x: body.maxX - refWidth, y: y, limit: body.maxX)
      buffer.drawTruncated(
        presentation.cells(hit.title ?? "(no title found)", style(theme.normal)),
        in: Rect(x: body.x + 2, y: y + 1, width: textWidth, height: 1),
        ellipsis: presentation.cells(ellipsis, style(theme.normal)))
      let lines = snippetLines(hit, width: textWidth, presentation: presentation)
      for (offset, line) in lines.enumerated() where y + 2 + offset < body.maxY {
        // The matched words keep their highlight on the selected result too.
        let cells = line.map { cell in
          var cell = cell
          if cell.style != theme.highlight { cell.style = style(cell.style) }
          return cell
        }
        buffer.draw(cells, x: body.x + 2, y: y + 2 + offset, limit: body.maxX)
      }
    }
  }

  /// The snippet wrapped to two lines, starting a few words before the first match so the match is in view.
  static func snippetLines(_ hit: SearchHit, width: Int, presentation: Presentation) -> [[TextCell]] {
    guard width > 0 else { return [] }
    let theme = presentation.theme
    var cells = highlightedCells(hit, presentation: presentation)
    if let first = cells.firstIndex(where: { $0.style == theme.highlight }), first > width / 3 {
      // Cut at a space a little before the match, so two narrow lines still show it.
      var start = first - width / 3
      while start < first, !cells[start].isSpace { start += 1 }
      cells = presentation.cells(presentation.glyphs.ellipsis, theme.dim) + Array(cells[start...])
    }
    var lines = LineWrapper.wrap(cells, width: width)
    if lines.count > 2 {
      lines = Array(lines.prefix(2))
      var last = lines[1]
      while last.screenWidth > width - 1, !last.isEmpty { last.removeLast() }
      lines[1] = last + presentation.cells(presentation.glyphs.ellipsis, theme.dim)
    }
    return lines
  }

  /// The snippet's cells, the matched words (UTF-8 ranges of the snippet) in the find highlight.
  static func highlightedCells(_ hit: SearchHit, presentation: Presentation) -> [TextCell] {
    let theme = presentation.theme
    let bytes = Array(hit.snippet.utf8)
    var cells: [TextCell] = []
    var position = 0
    for range in hit.highlights.sorted(by: { $0.lowerBound < $1.lowerBound })
    where range.lowerBound >= position && range.upperBound <= bytes.count {
      cells += presentation.cells(String(decoding: bytes[position..<range.lowerBound], as: UTF8.self), theme.normal)
      cells += presentation.cells(String(decoding: bytes[range], as: UTF8.self), theme.highlight)
      position = range.upperBound
    }
    cells += presentation.cells(String(decoding: bytes[position...], as: UTF8.self), theme.normal)
    return cells
  }
}
