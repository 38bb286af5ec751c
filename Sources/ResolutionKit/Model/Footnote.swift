/// A footnote marker in the text (`⁵³`, `<sup>2</sup>`, `Crime1`), with the footnote's text when the file has it.
public struct FootnoteReference: Hashable, Sendable {
  /// The marker as a number or symbol (`53`, `*`).
  public var marker: String
  /// The paragraph the marker sits in (`PP7`, `IV.3(h)`, `title`).
  public var ref: String
  /// The footnote's text, when the file contains it.
  public var text: String?
  public var line: Int
  /// UTF-8 offset in the paragraph's `text` where the marker stood (just after the word it follows).
  public var offset: Int

  public init(marker: String, ref: String, text: String?, line: Int, offset: Int) {
    self.marker = marker
    self.ref = ref
    self.text = text
    self.line = line
    self.offset = offset
  }
}

/// The text of a footnote as printed at a page bottom or the end of the file.
public struct FootnoteText: Hashable, Sendable {
  public var marker: String
  /// Stable reference: `fn53`.
  public var ref: String { "fn\(marker)" }
  public var text: String
  public var line: Int

  public init(marker: String, text: String, line: Int) {
    self.marker = marker
    self.text = text
    self.line = line
  }
}
