/// One terminal cell: a grapheme (already made visible and safe) and its style.
/// A wide character occupies two cells; the second is a `continuation` with an empty grapheme.
public struct Cell: Hashable, Sendable {
  public var grapheme: String
  public var style: CellStyle
  public var isContinuation: Bool

  public init(_ grapheme: String = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
    self.grapheme = grapheme
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}

/// A plain grid of cells that panes render into and backends copy to the terminal. Testable without a terminal.
public struct ScreenBuffer: Hashable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// The rows as plain text (continuation cells omitted), for golden-file tests and tmux comparisons.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].grapheme }
      return line
    }
  }
}
