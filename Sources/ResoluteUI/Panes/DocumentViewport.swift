/// Draws the visible part of a `DocumentView`: a gutter marking the paragraph under the cursor, the wrapped lines,
/// the selected link reversed, and matches of the search highlighted. Shared by the viewer and the footnote pane.
enum DocumentViewport {
  static func render(
    _ view: DocumentView, showCursor: Bool, search: [String], in body: Rect, into buffer: inout ScreenBuffer,
    presentation: Presentation
  ) {
    guard !body.isEmpty else { return }
    let theme = presentation.theme
    let gutter = ScreenLayout.gutterWidth(forPaneWidth: body.width)
    let bar = presentation.cells(presentation.glyphs.cursorBar, theme.cursorGutter)
    let needles = search.map { $0.lowercased().map { String($0) } }.filter { !$0.isEmpty }
    let cursorBlock = view.cursorBlock
    for row in 0..<body.height {
      let index = view.scroll + row
      guard index < view.wrapped.lines.count else { break }
      let line = view.wrapped.lines[index]
      let y = body.y + row
      if gutter > 0, showCursor, let block = line.block, block == cursorBlock {
        buffer.draw(bar, x: body.x, y: y, limit: body.x + 1)
      }
      var cells = line.cells
      if let selected = view.selectedLink {
        for position in cells.indices where cells[position].link == selected {
          cells[position].style = theme.linkSelected
        }
      }
      for needle in needles { highlight(needle, in: &cells, style: theme.highlight) }
      buffer.draw(cells, x: body.x + gutter, y: y, limit: body.maxX)
    }
  }

  /// Restyles every run of cells whose graphemes spell `needle` (case-insensitively).
  private static func highlight(_ needle: [String], in cells: inout [TextCell], style: CellStyle) {
    guard needle.count <= cells.count else { return }
    let graphemes = cells.map { $0.grapheme.lowercased() }
    var start = 0
    while start + needle.count <= graphemes.count {
      if graphemes[start] == needle[0], Array(graphemes[start..<(start + needle.count)]) == needle {
        for position in start..<(start + needle.count) { cells[position].style = style }
        start += needle.count
      } else {
        start += 1
      }
    }
  }
}
