/// The title row of a pane: its name on the left, a detail (position, sort order) on the right, a rule between.
/// The focused pane's title is reversed, so the focus shows without colours.
enum PaneTitle {
  static func render(
    _ title: String, detail: String = "", focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer,
    presentation: Presentation
  ) {
    let row = rect.top(1)
    guard !row.isEmpty else { return }
    let theme = presentation.theme
    let style = focused ? theme.paneTitleFocused : theme.paneTitle
    if focused {
      buffer.fill(row, style: style)
    } else {
      let rule = presentation.cells(presentation.glyphs.horizontal, theme.border)
      for x in row.x..<row.maxX { buffer.draw(rule, x: x, y: row.y, limit: row.maxX) }
    }
    let detailCells = detail.isEmpty ? [] : presentation.cells(" \(detail) ", style)
    let detailWidth = detailCells.screenWidth <= row.width / 2 ? detailCells.screenWidth : 0
    let titleRect = Rect(x: row.x, y: row.y, width: row.width - detailWidth, height: 1)
    buffer.drawTruncated(
      presentation.cells(" \(title) ", style), in: titleRect,
      ellipsis: presentation.cells(presentation.glyphs.ellipsis, style))
    if detailWidth > 0 { buffer.draw(detailCells, x: row.maxX - detailWidth, y: row.y, limit: row.maxX) }
  }
}
