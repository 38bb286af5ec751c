/// One cell's worth of already-sanitized text: a grapheme that is safe to print, its width on screen (1 or 2),
/// its style, and the link it belongs to in the document being shown.
struct TextCell: Hashable, Sendable {
  var grapheme: String
  var width: Int
  var style: CellStyle
  var link: Int?

  init(_ grapheme: String, width: Int = 1, style: CellStyle, link: Int? = nil) {
    self.grapheme = grapheme
    self.width = width
    self.style = style
    self.link = link
  }

  /// A forced line break inside a block (never drawn).
  static func lineBreak(style: CellStyle) -> TextCell { TextCell("\n", width: 0, style: style) }

  var isLineBreak: Bool { grapheme == "\n" }
  var isSpace: Bool { grapheme == " " }
}

extension Array where Element == TextCell {
  /// Total screen width.
  var screenWidth: Int { reduce(0) { $0 + $1.width } }

  /// The text as a plain string (line breaks kept), for tests and search.
  var plainText: String { map(\.grapheme).joined() }
}
