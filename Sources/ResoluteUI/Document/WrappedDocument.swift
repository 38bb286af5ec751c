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

  init(document: ViewerDocument, width: Int, fill: CellStyle = .plain) {
    self.width = max(0, width)
    linkLines = Array(repeating: 0, count: document.links.count)
    var seenLinks = Set<Int>()
    for (index, block) in document.blocks.enumerated() {
      for _ in 0..<block.spaceBefore where !lines.isEmpty { lines.append(Line(block: nil, cells: [])) }
      let start = lines.count
      let indent = min(block.indent, self.width / 2)
      let wrapped = LineWrapper.wrap(
        block.cells, width: self.width - indent, prefix: block.prefix, indent: block.prefix.screenWidth,
        keepSpaces: block.keepSpaces, fill: fill)
      for cells in wrapped {
        let padded = Array(repeating: TextCell(" ", style: fill), count: indent) + cells
        for cell in cells { if let link = cell.link, seenLinks.insert(link).inserted { linkLines[link] = lines.count } }
        lines.append(Line(block: index, cells: padded))
      }
      blockLines.append(start..<lines.count)
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
