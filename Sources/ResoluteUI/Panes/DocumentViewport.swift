/// Draws the visible part of a `DocumentView`: a gutter marking the paragraph under the cursor, the wrapped lines,
/// the selected link reversed, and matches of the search highlighted. Shared by the viewer and the footnote pane.
enum DocumentViewport {
  static func render(
    _ view: DocumentView, showCursor: Bool, search: [SearchPattern], in body: Rect, into buffer: inout ScreenBuffer,
    presentation: Presentation
  ) {
    guard !body.isEmpty else { return }
    let theme = presentation.theme
    let gutter = ScreenLayout.gutterWidth(forPaneWidth: body.width)
    let bar = presentation.cells(presentation.glyphs.cursorBar, theme.cursorGutter)
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
      for pattern in search { highlight(pattern, in: &cells, style: theme.highlight) }
      buffer.draw(cells, x: body.x + gutter, y: y, limit: body.maxX)
    }
  }

  /// Restyles the cells of every stretch of the line that `pattern` matches (a regular expression from `/` included).
  private static func highlight(_ pattern: SearchPattern, in cells: inout [TextCell], style: CellStyle) {
    guard !cells.isEmpty else { return }
    // The UTF-8 offset at which each cell starts, to map the matches back onto cells.
    var starts: [Int] = []
    starts.reserveCapacity(cells.count)
    var text = ""
    for cell in cells {
      starts.append(text.utf8.count)
      text += cell.grapheme
    }
    for range in pattern.matchedRanges(in: text) {
      for position in cells.indices where starts[position] >= range.lowerBound && starts[position] < range.upperBound {
        cells[position].style = style
      }
    }
  }
}
