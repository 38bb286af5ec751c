/// Everything that decides how things look on this terminal: glyphs, styles, and the text sanitizer.
struct Presentation: Sendable {
  var glyphs: Glyphs
  var theme: Theme
  var text: TerminalText

  init(capabilities: TerminalCapabilities) {
    glyphs = Glyphs(unicode: capabilities.unicode)
    theme = Theme(colors: capabilities.colors)
    text = TerminalText(unicode: capabilities.unicode, placeholder: Theme.placeholder(colors: capabilities.colors))
  }

  /// Sanitized cells for `text`.
  func cells(_ text: some StringProtocol, _ style: CellStyle, link: Int? = nil) -> [TextCell] {
    self.text.cells(text, style: style, link: link)
  }
}
