import CNCursesw
import ResoluteUI

/// Copies a `ScreenBuffer` into an ncurses window, touching only the cells that changed since the previous frame.
/// ncurses then diffs its virtual screen against the terminal in `doupdate`, so a frame costs the bytes of what
/// changed on screen, never a full repaint (no `clear`/`erase` per frame).
struct CellPainter {
  private static let space: [wchar_t] = [0x20]
  private static let questionMark: [wchar_t] = [0x3F]

  let window: CursesWindow
  let style: CursesStyle
  private var previous: ScreenBuffer?

  init(window: CursesWindow, style: CursesStyle) {
    self.window = window
    self.style = style
  }

  /// Forget the last frame, so the next `paint` writes every cell (after a resize or a return from Ctrl-Z).
  mutating func invalidate() { previous = nil }

  var windowSize: (width: Int, height: Int) {
    (Int(resolute_window_width(window)), Int(resolute_window_height(window)))
  }

  /// Renders `application` at the window's current size and draws the difference.
  mutating func paint(_ application: some TerminalApplication) {
    let size = windowSize
    var buffer = ScreenBuffer(width: size.width, height: size.height)
    application.render(into: &buffer)
    draw(buffer)
    wnoutrefresh(window)
    doupdate()
  }

  private mutating func draw(_ buffer: ScreenBuffer) {
    let old = previous.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
    if old == nil { werase(window) }
    for y in 0..<buffer.height {
      for run in changedRuns(in: y, of: buffer, comparedWith: old) { drawRun(run, row: y, of: buffer) }
    }
    previous = buffer
  }

  /// Column ranges of row `y` that differ, widened so a wide character is always redrawn whole.
  private func changedRuns(in y: Int, of buffer: ScreenBuffer, comparedWith old: ScreenBuffer?) -> [Range<Int>] {
    let width = buffer.width
    guard let old else { return width > 0 ? [0..<width] : [] }
    var runs: [Range<Int>] = []
    var x = 0
    while x < width {
      guard buffer[x, y] != old[x, y] else {
        x += 1
        continue
      }
      var start = x
      while x < width && buffer[x, y] != old[x, y] { x += 1 }
      var end = x
      if start > 0 && (buffer[start, y].isContinuation || old[start, y].isContinuation) { start -= 1 }
      if end < width && (buffer[end, y].isContinuation || old[end, y].isContinuation) { end += 1 }
      if let last = runs.last, last.upperBound >= start {
        runs[runs.count - 1] = last.lowerBound..<max(last.upperBound, end)
      } else {
        runs.append(start..<end)
      }
      x = max(x, end)
    }
    return runs
  }

  private func drawRun(_ run: Range<Int>, row y: Int, of buffer: ScreenBuffer) {
    var x = run.lowerBound
    while x < run.upperBound {
      let nextIsContinuation = x + 1 < buffer.width && buffer[x + 1, y].isContinuation
      x += drawCell(buffer[x, y], x: x, y: y, nextIsContinuation: nextIsContinuation)
    }
  }

  /// Draws one cell and returns how many columns it used. Anything ncurses would draw with a different width than
  /// the buffer planned, and any control character, becomes `?` so the grid never drifts and nothing raw escapes.
  private func drawCell(_ cell: Cell, x: Int, y: Int, nextIsContinuation: Bool) -> Int {
    let (attributes, pair) = style.attributes(for: cell.style)
    let planned = nextIsContinuation ? 2 : 1
    if cell.isContinuation {
      put(Self.space, attributes: attributes, pair: pair, x: x, y: y)
      return 1
    }
    guard let (characters, width) = TerminalGrapheme.drawable(cell.grapheme) else {
      put(Self.questionMark, attributes: attributes, pair: pair, x: x, y: y)
      if planned == 2 { put(Self.space, attributes: attributes, pair: pair, x: x + 1, y: y) }
      return planned
    }
    if width == planned {
      put(characters, attributes: attributes, pair: pair, x: x, y: y)
    } else if width == 1 {
      put(characters, attributes: attributes, pair: pair, x: x, y: y)
      put(Self.space, attributes: attributes, pair: pair, x: x + 1, y: y)
    } else {
      put(Self.questionMark, attributes: attributes, pair: pair, x: x, y: y)
    }
    return planned
  }

  private func put(_ characters: [wchar_t], attributes: attr_t, pair: Int16, x: Int, y: Int) {
    var text = characters
    text.append(0)
    var cell = cchar_t()
    if resolute_make_cchar(&cell, text, attributes, pair) != OK {
      var fallback: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]
      _ = resolute_make_cchar(&cell, &fallback, attributes, pair)
    }
    // Adding at the bottom-right cell reports ERR because the cursor cannot advance; the cell is drawn all the same.
    _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
  }
}

/// An ncurses window (`WINDOW *`).
typealias CursesWindow = UnsafeMutablePointer<WINDOW>
