import ResolutionKit

/// Word wrapping of cells to a width, with a first-line prefix (`12. `) and a hanging indent for the lines after it.
enum LineWrapper {
  /// Wraps `cells` to lines no wider than `width`.
  ///
  /// - `prefix` starts the first line (a paragraph number); continuation lines start with `indent` spaces.
  /// - With `keepSpaces` (plain-text files) runs of spaces are kept as they are; otherwise they collapse to one.
  /// - Forced breaks (`TextCell.lineBreak`) start a new line with the continuation indent.
  /// - A word wider than the line is broken wherever it must be, so wrapping always terminates.
  static func wrap(
    _ cells: [TextCell], width: Int, prefix: [TextCell] = [], indent: Int = 0, keepSpaces: Bool = false,
    fill: CellStyle = .plain
  ) -> [[TextCell]] {
    guard width > 0 else { return [] }
    // On a very narrow screen an indent would leave no room for text: shrink it.
    let indent = min(indent, width / 2)
    var lines: [[TextCell]] = []
    var line: [TextCell] = prefix.screenWidth <= width ? prefix : Array(prefix.prefix(max(0, width / 2)))
    var lineWidth = line.screenWidth
    var lineHasText = false
    var pendingSpaces: [TextCell] = []

    func newLine() {
      while let last = line.last, last.isSpace, lineHasText { line.removeLast() }
      lines.append(line)
      line = Array(repeating: TextCell(" ", style: fill), count: indent)
      lineWidth = indent
      lineHasText = false
      pendingSpaces = []
    }

    func place(_ word: [TextCell]) {
      let wordWidth = word.screenWidth
      let spaces = lineHasText || keepSpaces ? pendingSpaces : []
      let spacesWidth = spaces.screenWidth
      if lineWidth + spacesWidth + wordWidth <= width {
        line += spaces
        line += word
        lineWidth += spacesWidth + wordWidth
        lineHasText = true
        pendingSpaces = []
        return
      }
      if lineHasText {
        newLine()
        if lineWidth + wordWidth <= width {
          line += word
          lineWidth += wordWidth
          lineHasText = true
          return
        }
      }
      // The word does not fit on an empty line: break it.
      pendingSpaces = []
      for cell in word {
        if lineWidth + cell.width > width, lineWidth > indent || lineHasText {
          lineHasText = true
          newLine()
        }
        line.append(cell)
        lineWidth += cell.width
        lineHasText = true
      }
    }

    var word: [TextCell] = []
    for (index, cell) in cells.enumerated() {
      // One paragraph may be megabytes: wrapping for cancelled work stops here too (`WorkCancellation`).
      if WorkCancellation.shouldStop(at: index) { break }
      if cell.isLineBreak {
        if !word.isEmpty {
          place(word)
          word = []
        }
        lineHasText = true
        newLine()
        continue
      }
      if cell.isSpace {
        if !word.isEmpty {
          place(word)
          word = []
        }
        if keepSpaces || pendingSpaces.isEmpty { pendingSpaces.append(cell) }
        continue
      }
      word.append(cell)
      // Allow a break after a hyphen inside a long compound word.
      if cell.grapheme == "-", word.count > 1 {
        place(word)
        word = []
      }
    }
    if !word.isEmpty { place(word) }
    if keepSpaces && !lineHasText && !pendingSpaces.isEmpty {
      line += pendingSpaces.prefix(max(0, width - lineWidth))
    }
    lines.append(line)
    return lines
  }
}
