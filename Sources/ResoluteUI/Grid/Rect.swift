/// A rectangle of cells on the screen. Panes draw only inside the rectangle they are given.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  public var isEmpty: Bool { width <= 0 || height <= 0 }
  public var maxX: Int { x + width }
  public var maxY: Int { y + height }

  public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

  /// The first `rows` rows (clamped).
  func top(_ rows: Int) -> Rect { Rect(x: x, y: y, width: width, height: min(max(0, rows), height)) }

  /// Everything below the first `rows` rows.
  func dropTop(_ rows: Int) -> Rect {
    let taken = min(max(0, rows), height)
    return Rect(x: x, y: y + taken, width: width, height: height - taken)
  }

  /// Everything right of the first `columns` columns.
  func dropLeft(_ columns: Int) -> Rect {
    let taken = min(max(0, columns), width)
    return Rect(x: x + taken, y: y, width: width - taken, height: height)
  }

  /// The row `row` of the rectangle as a one-row rectangle.
  func row(_ row: Int) -> Rect { Rect(x: x, y: y + row, width: width, height: row >= 0 && row < height ? 1 : 0) }
}
