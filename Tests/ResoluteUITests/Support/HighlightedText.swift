@testable import ResoluteUI

extension ScreenBuffer {
  /// The graphemes drawn in the find highlight, row by row, left to right, within `columns` and `rows` (the whole
  /// screen by default): what a search or `/` made stand out.
  func highlightedText(columns: Range<Int>? = nil, rows: Range<Int>? = nil) -> String {
    var text = ""
    for y in rows ?? 0..<height {
      for x in columns ?? 0..<width where self[x, y].style.role == .highlight { text += self[x, y].grapheme }
    }
    return text
  }
}
