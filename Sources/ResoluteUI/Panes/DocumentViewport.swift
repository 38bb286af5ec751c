/// Draws the visible part of a `DocumentView`: a gutter marking the paragraph under the cursor, the wrapped lines,
/// the selected link reversed, and matches of the search highlighted. Shared by the viewer and the footnote pane.
enum DocumentViewport {
  static func render(
    _ view: DocumentView, showCursor: Bool, search: [SearchPattern], in body: Rect, into buffer: inout ScreenBuffer,
    presentation: Presentation
  ) {
    guard !body.isEmpty else { return }
    let theme = presentation.theme
    let gutter = ScreenLayout.gutterWidth(forPaneWidth: body.width)
    let bar = presentation.cells(presentation.glyphs.cursorBar, theme.cursorGutter)
    let cursorBlock = view.cursorBlock
    let lines = view.wrapped.lines
    let visible = view.scroll..<min(lines.count, view.scroll + body.height)
    let matched = search.isEmpty ? [:] : matchedCells(of: search, in: lines, visible: visible)
    for row in 0..<body.height {
      let index = view.scroll + row
      guard index < lines.count else { break }
      let line = lines[index]
      let y = body.y + row
      if gutter > 0, showCursor, let block = line.block, block == cursorBlock {
        buffer.draw(bar, x: body.x, y: y, limit: body.x + 1)
      }
      var cells = line.cells
      if let selected = view.selectedLink {
        for position in cells.indices where cells[position].link == selected {
          cells[position].style = theme.linkSelected
        }
      }
      for position in matched[index] ?? [] where position < cells.count { cells[position].style = theme.highlight }
      buffer.draw(cells, x: body.x + gutter, y: y, limit: body.maxX)
    }
  }

  /// The cells of the visible lines that the patterns match, by line. A paragraph's wrapped lines are matched as one
  /// text (joined by a space, where the wrap took one), so a match that a line break cuts (`juvenile⏎justice` for
  /// `juvenile\s+justice`) is highlighted on both lines, but not the next line's hanging indent, which is layout, not
  /// text; a line more above and below the screen is read, and no more, so a huge paragraph costs a screenful.
  private static func matchedCells(
    of patterns: [SearchPattern], in lines: [WrappedDocument.Line], visible: Range<Int>
  ) -> [Int: [Int]] {
    guard !visible.isEmpty else { return [:] }
    let window = max(0, visible.lowerBound - 1)..<min(lines.count, visible.upperBound + 1)
    var result: [Int: [Int]] = [:]
    var start = window.lowerBound
    while start < window.upperBound {
      // A run of consecutive lines of one block (a blank line is a run of its own).
      var end = start + 1
      while end < window.upperBound, let block = lines[start].block, lines[end].block == block { end += 1 }
      var text = ""
      var owners: [(offset: Int, line: Int, cell: Int)] = []
      for index in start..<end {
        let cells = lines[index].cells
        var first = 0
        if index > start {
          text += " "
          while first < cells.count, cells[first].grapheme == " " { first += 1 }
        }
        for (position, cell) in cells.enumerated().dropFirst(first) {
          owners.append((text.utf8.count, index, position))
          text += cell.grapheme
        }
      }
      // Owners and ranges both in text order: one pass over the cells.
      let ranges = patterns.flatMap { $0.matchedRanges(in: text) }.sorted { $0.lowerBound < $1.lowerBound }
      var first = 0
      for owner in owners {
        while first < ranges.count, ranges[first].upperBound <= owner.offset { first += 1 }
        var next = first
        while next < ranges.count, ranges[next].lowerBound <= owner.offset {
          if owner.offset < ranges[next].upperBound {
            result[owner.line, default: []].append(owner.cell)
            break
          }
          next += 1
        }
      }
      start = end
    }
    return result
  }
}
