/// Drawing helpers panes use. Everything is clipped to the buffer, so no size can make drawing fail.
extension ScreenBuffer {
  /// Writes one cell, keeping wide characters whole: overwriting half of a wide character blanks the other half.
  mutating func put(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    if self[x, y].isContinuation, x > 0 {
      self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
    }
    if x + 1 < width, self[x + 1, y].isContinuation, !cell.isContinuation {
      self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
    }
    self[x, y] = cell
  }

  /// Fills `rect` with spaces in `style`.
  mutating func fill(_ rect: Rect, style: CellStyle) {
    let clipped = rect.clipped(width: width, height: height)
    guard !clipped.isEmpty else { return }
    for y in clipped.y..<clipped.maxY {
      for x in clipped.x..<clipped.maxX { put(Cell(" ", style: style), x: x, y: y) }
    }
  }

  /// Draws `cells` from (`x`, `y`), never past `limit` (an x coordinate); returns the x after the last cell drawn.
  /// A wide character that would straddle the limit is drawn as a space.
  @discardableResult
  mutating func draw(
    _ cells: [TextCell], x: Int, y: Int, limit: Int, style: ((TextCell) -> CellStyle)? = nil
  ) -> Int {
    var column = x
    let limit = min(limit, width)
    guard y >= 0, y < height else { return column }
    for cell in cells where !cell.isLineBreak {
      guard column < limit else { break }
      let cellStyle = style?(cell) ?? cell.style
      if column < 0 {
        column += cell.width
        continue
      }
      if cell.width == 2 {
        if column + 1 >= limit {
          put(Cell(" ", style: cellStyle), x: column, y: y)
          column += 1
          continue
        }
        put(Cell(cell.grapheme, style: cellStyle), x: column, y: y)
        put(Cell("", style: cellStyle, isContinuation: true), x: column + 1, y: y)
        column += 2
      } else {
        put(Cell(cell.grapheme, style: cellStyle), x: column, y: y)
        column += 1
      }
    }
    return column
  }

  /// Draws `cells` in `rect`'s first row, ending with `ellipsis` when they do not fit.
  @discardableResult
  mutating func drawTruncated(_ cells: [TextCell], in rect: Rect, ellipsis: [TextCell]) -> Int {
    guard !rect.isEmpty else { return rect.x }
    if cells.screenWidth <= rect.width { return draw(cells, x: rect.x, y: rect.y, limit: rect.maxX) }
    let room = rect.width - ellipsis.screenWidth
    guard room > 0 else { return draw(cells, x: rect.x, y: rect.y, limit: rect.maxX) }
    var kept: [TextCell] = []
    var used = 0
    for cell in cells where !cell.isLineBreak {
      if used + cell.width > room { break }
      kept.append(cell)
      used += cell.width
    }
    let end = draw(kept, x: rect.x, y: rect.y, limit: rect.maxX)
    return draw(ellipsis, x: end, y: rect.y, limit: rect.maxX)
  }

  /// The text of row `y` from column `x` for `count` columns (continuations skipped), for tests.
  func text(x: Int, y: Int, count: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var result = ""
    for column in max(0, x)..<min(width, x + count) where !self[column, y].isContinuation {
      result += self[column, y].grapheme
    }
    return result
  }
}

extension Rect {
  func clipped(width: Int, height: Int) -> Rect {
    let left = max(0, x)
    let top = max(0, y)
    return Rect(x: left, y: top, width: min(maxX, width) - left, height: min(maxY, height) - top)
  }
}
