/// `?`: a box over the screen listing every key. `q`, Esc or `?` close it (q does not quit from here: a reader who
/// opened the help to find the quit key should not lose their place by pressing it).
enum HelpOverlay {
  static func render(
    _ help: [(keys: String, action: String)], scroll: Int, in area: Rect, into buffer: inout ScreenBuffer,
    presentation: Presentation
  ) {
    guard area.width >= 3, area.height >= 3 else { return }
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    let keyWidth = help.map(\.keys.count).max() ?? 0
    let textWidth = keyWidth + 2 + (help.map(\.action.count).max() ?? 0)
    let width = min(area.width, max(keyWidth, textWidth) + 4)
    let height = min(area.height, help.count + 4)
    let box = Rect(
      x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    buffer.fill(box, style: theme.normal)
    // Frame.
    let horizontal = presentation.cells(glyphs.horizontal, theme.border)
    let vertical = presentation.cells(glyphs.vertical, theme.border)
    for x in box.x..<box.maxX {
      buffer.draw(horizontal, x: x, y: box.y, limit: box.maxX)
      buffer.draw(horizontal, x: x, y: box.maxY - 1, limit: box.maxX)
    }
    for y in box.y..<box.maxY {
      buffer.draw(vertical, x: box.x, y: y, limit: box.x + 1)
      buffer.draw(vertical, x: box.maxX - 1, y: y, limit: box.maxX)
    }
    buffer.draw(presentation.cells(glyphs.topLeft, theme.border), x: box.x, y: box.y, limit: box.x + 1)
    buffer.draw(presentation.cells(glyphs.topRight, theme.border), x: box.maxX - 1, y: box.y, limit: box.maxX)
    buffer.draw(presentation.cells(glyphs.bottomLeft, theme.border), x: box.x, y: box.maxY - 1, limit: box.x + 1)
    buffer.draw(presentation.cells(glyphs.bottomRight, theme.border), x: box.maxX - 1, y: box.maxY - 1, limit: box.maxX)
    let inner = Rect(x: box.x + 2, y: box.y + 1, width: max(0, box.width - 4), height: max(0, box.height - 2))
    buffer.drawTruncated(
      presentation.cells("Keys", theme.title), in: Rect(x: box.x + 2, y: box.y, width: inner.width, height: 1),
      ellipsis: [])
    // A box shorter than the list says how to see the rest.
    let footer = help.count > inner.height ? "j k PgDn g G scroll, q closes" : "q, Esc or ? closes"
    if box.width > footer.count + 4 {
      buffer.draw(
        presentation.cells(" \(footer) ", theme.dim), x: box.maxX - footer.count - 4, y: box.maxY - 1,
        limit: box.maxX - 1)
    }
    let first = min(max(0, scroll), max(0, help.count - inner.height))
    for row in 0..<inner.height {
      let index = first + row
      guard index < help.count else { break }
      let entry = help[index]
      var cells: [TextCell]
      if entry.keys.isEmpty {
        cells = presentation.cells(entry.action, theme.heading)
      } else {
        cells = presentation.cells(entry.keys.padding(to: keyWidth) + "  ", theme.verbOperative)
        cells += presentation.cells(entry.action, theme.normal)
      }
      buffer.drawTruncated(cells, in: inner.row(row), ellipsis: presentation.cells(glyphs.ellipsis, theme.normal))
    }
  }
}
