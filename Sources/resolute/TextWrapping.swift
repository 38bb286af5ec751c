import ResoluteUI

/// Word wrapping for terminal output; with no width, text stays on one line so it can be searched with grep.
struct TextWrapping {
  /// Columns available, or nil for no wrapping.
  var width: Int?

  /// `first` before the first line, `rest` (usually spaces of the same width) before the others.
  func wrap(_ text: String, first: String, rest: String) -> String {
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for (index, paragraph) in paragraphs.enumerated() {
      lines += wrapLine(String(paragraph), first: index == 0 ? first : rest, rest: rest)
    }
    return lines.joined(separator: "\n")
  }

  private func wrapLine(_ text: String, first: String, rest: String) -> [String] {
    guard let width, width > rest.count + 10 else { return [first + text] }
    var lines: [String] = []
    var current = first
    var currentHasWord = false
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if currentHasWord && current.count + 1 + word.count > width {
        lines.append(current)
        current = rest
        currentHasWord = false
      }
      current += (currentHasWord ? " " : "") + word
      currentHasWord = true
    }
    lines.append(current)
    return lines
  }
}

extension String {
  /// Pads with spaces to `width` columns (never truncates).
  func padded(to width: Int) -> String {
    let columns = TerminalColumns.width(self)
    return columns >= width ? self : self + String(repeating: " ", count: width - columns)
  }
}
