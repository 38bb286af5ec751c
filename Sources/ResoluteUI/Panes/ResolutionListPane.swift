/// The resolution list: id (or placeholder), body, year and title; absent resolutions when toggled; sorted and
/// filtered. Narrow lists give each resolution two rows (id and year, then the title).
enum ResolutionListPane {
  /// Below this width a row takes two lines.
  static let singleLineMinimumWidth = 44

  static func rowHeight(forWidth width: Int) -> Int { width >= singleLineMinimumWidth ? 1 : 2 }

  static func render(
    _ list: ResolutionList, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer, presentation: Presentation
  ) {
    let theme = presentation.theme
    var detail = "by \(list.sort.rawValue)"
    if !list.filter.isEmpty { detail = "/\(list.filter)" }
    // The count is never cut: the words around it shorten first, then the sort order gives way.
    let count = "\(list.rows.count)"
    let titles =
      list.showAbsent
      ? ["Resolutions+absent \(count)", "Res.+absent \(count)", "+abs. \(count)", count]
      : ["Resolutions \(count)", "Res. \(count)", count]
    let detailWidth = detail.count + 2 <= rect.width / 2 ? detail.count + 2 : 0
    let title =
      titles.first { $0.count + 2 <= rect.width - detailWidth } ?? titles.first { $0.count + 2 <= rect.width }
      ?? count
    let shownDetail = title.count + 2 <= rect.width - detailWidth ? detail : ""
    PaneTitle.render(title, detail: shownDetail, focused: focused, in: rect, into: &buffer, presentation: presentation)
    let body = ScreenLayout.body(of: rect)
    guard !body.isEmpty else { return }
    if list.rows.isEmpty {
      let text = list.filter.isEmpty ? "No resolutions" : "Nothing matches"
      buffer.drawTruncated(presentation.cells(" \(text)", theme.dim), in: body.top(1), ellipsis: [])
      return
    }
    let rowHeight = rowHeight(forWidth: rect.width)
    let ellipsis = presentation.glyphs.ellipsis
    let idWidth = min(max(8, list.widestID), body.width / 3)
    for slot in 0..<(body.height / rowHeight) {
      let index = list.scroll + slot
      guard index < list.rows.count else { break }
      let row = list.rows[index]
      let selected = index == list.selected
      let y = body.y + slot * rowHeight
      let rowRect = Rect(x: body.x, y: y, width: body.width, height: rowHeight)
      let style = SelectedRowStyle(selected: selected, focused: focused, theme: theme)
      if selected { buffer.fill(rowRect, style: style.fill) }
      let idStyle = style(row.isAbsent ? theme.absent : theme.heading)
      let titleStyle = style(row.isAbsent ? theme.absent : theme.normal)
      if rowHeight == 1 {
        var cells = presentation.cells(" ", style(theme.normal))
        var id = presentation.cells(row.id, idStyle)
        if id.screenWidth > idWidth {
          id = Array(id.prefix(max(0, idWidth - 1))) + presentation.cells(ellipsis, idStyle)
        }
        cells +=
          id
          + presentation.cells(String(repeating: " ", count: max(0, idWidth - id.screenWidth) + 1), style(theme.normal))
        cells += presentation.cells(row.year.padding(to: 4) + " ", style(theme.dim))
        cells += presentation.cells(row.title, titleStyle)
        buffer.drawTruncated(cells, in: rowRect.top(1), ellipsis: presentation.cells(ellipsis, titleStyle))
      } else {
        let year = presentation.cells(row.year, style(theme.dim))
        let idRect = Rect(x: body.x + 1, y: y, width: max(0, body.width - year.screenWidth - 3), height: 1)
        buffer.drawTruncated(
          presentation.cells(row.id, idStyle), in: idRect, ellipsis: presentation.cells(ellipsis, idStyle))
        if body.width >= year.screenWidth + 10 {
          buffer.draw(year, x: body.maxX - year.screenWidth - 1, y: y, limit: body.maxX)
        }
        let titleRect = Rect(x: body.x + 3, y: y + 1, width: max(0, body.width - 4), height: 1)
        if y + 1 < body.maxY {
          buffer.drawTruncated(
            presentation.cells(row.title, titleStyle), in: titleRect,
            ellipsis: presentation.cells(ellipsis, titleStyle))
        }
      }
    }
  }
}
