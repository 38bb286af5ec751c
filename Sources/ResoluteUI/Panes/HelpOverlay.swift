/// `?`: a box over the screen listing every key, a modal layer. `q`, Esc or `?` close it (q does not quit from here:
/// a reader who opened the help to find the quit key should not lose their place by pressing it); j/k and the page
/// keys scroll it, as the reader has bound them.
struct HelpOverlay: Hashable, Sendable {
  /// What a key did to the overlay.
  enum Outcome: Hashable, Sendable {
    /// A terminal event: passes down.
    case passed
    case scrolled
    case closed
    /// Not a key of the help: nothing happens (it does not reach the panes either).
    case unused
  }

  /// The first entry shown.
  var scroll = 0

  /// Handles `key` with the reader's keymap, on a screen `screenHeight` rows high.
  mutating func handle(_ key: Key, keymap: Keymap, screenHeight: Int) -> Outcome {
    if key.isTerminalEvent { return .passed }
    let entries = keymap.help.count
    let shown = max(1, screenHeight - 3)
    let page = max(1, shown - 1)
    switch key {
    case .character("q"), .escape, .enter, .backspace:
      return .closed
    case .mouseWheelDown: scroll += 3
    case .mouseWheelUp: scroll -= 3
    default:
      // The reader's own keys scroll and close it too (quit = "Q" closes the help as q does).
      switch keymap.command(for: key) {
      case .toggleHelp, .quit, .cancel: return .closed
      case .moveDown, .scrollLineDown: scroll += 1
      case .moveUp, .scrollLineUp: scroll -= 1
      case .pageDown: scroll += page
      case .pageUp: scroll -= page
      case .halfPageDown: scroll += page / 2
      case .halfPageUp: scroll -= page / 2
      case .top: scroll = 0
      case .bottom: scroll = entries
      default: return .unused
      }
    }
    scroll = min(max(0, scroll), max(0, entries - shown))
    return .scrolled
  }

  /// Draws the box over the screen's `area` (all but the status line).
  func render(
    _ help: [(keys: String, action: String)], in area: Rect, into buffer: inout ScreenBuffer,
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
