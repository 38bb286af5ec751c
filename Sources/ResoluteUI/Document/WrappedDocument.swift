import ResolutionKit

/// A document wrapped to a width: the lines the viewer scrolls through.
struct WrappedDocument: Hashable, Sendable {
  struct Line: Hashable, Sendable {
    /// The block the line belongs to, nil for blank lines between blocks.
    var block: Int?
    var cells: [TextCell]
  }

  var width: Int
  var lines: [Line] = []
  /// The lines of each block.
  var blockLines: [Range<Int>] = []
  /// The first line of each link.
  var linkLines: [Int] = []

  /// Below this many columns, side-by-side blocks are shown one column above the other.
  static let sideBySideMinimumWidth = 80

  init(document: ViewerDocument, width: Int, fill: CellStyle = .plain) {
    self.width = max(0, width)
    linkLines = Array(repeating: 0, count: document.links.count)
    var seenLinks = Set<Int>()
    for (index, block) in document.blocks.enumerated() {
      // Laid out apart for a page that was cancelled: stop, the partial layout is dropped (`WorkCancellation`).
      if WorkCancellation.shouldStop(at: index) { break }
      for _ in 0..<block.spaceBefore where !lines.isEmpty { lines.append(Line(block: nil, cells: [])) }
      let start = lines.count
      let indent = min(block.indent, self.width / 2)
      var wrapped =
        block.cells.isEmpty && block.prefix.isEmpty && block.columns != nil
        ? []
        : LineWrapper.wrap(
          block.cells, width: self.width - indent, prefix: block.prefix, indent: block.prefix.screenWidth,
          keepSpaces: block.keepSpaces, fill: fill)
      wrapped += Self.columnLines(block.columns, width: self.width - indent, fill: fill)
      for cells in wrapped {
        let padded = Array(repeating: TextCell(" ", style: fill), count: indent) + cells
        for cell in cells { if let link = cell.link, seenLinks.insert(link).inserted { linkLines[link] = lines.count } }
        lines.append(Line(block: index, cells: padded))
      }
      blockLines.append(start..<lines.count)
    }
  }

  /// Side by side (separated by the rule) when wide enough, else the left column above the right.
  private static func columnLines(_ columns: ColumnPair?, width: Int, fill: CellStyle) -> [[TextCell]] {
    guard let columns, width > 0 else { return [] }
    func wrap(_ column: ColumnPair.Column, _ width: Int) -> [[TextCell]] {
      LineWrapper.wrap(column.cells, width: width, prefix: column.prefix, indent: column.prefix.screenWidth, fill: fill)
    }
    guard width >= sideBySideMinimumWidth else { return wrap(columns.left, width) + wrap(columns.right, width) }
    let columnWidth = (width - columns.rule.screenWidth) / 2
    let left = wrap(columns.left, columnWidth), right = wrap(columns.right, columnWidth)
    return (0..<max(left.count, right.count)).map { row in
      var line = row < left.count ? left[row] : []
      line += Array(repeating: TextCell(" ", style: fill), count: max(0, columnWidth - line.screenWidth))
      return line + columns.rule + (row < right.count ? right[row] : [])
    }
  }

  /// The line and column where link `link` starts.
  func position(ofLink link: Int) -> (line: Int, column: Int)? {
    guard link >= 0, link < linkLines.count, linkLines[link] < lines.count else { return nil }
    var column = 0
    for cell in lines[linkLines[link]].cells {
      if cell.link == link { return (linkLines[link], column) }
      column += cell.width
    }
    return (linkLines[link], 0)
  }
}
