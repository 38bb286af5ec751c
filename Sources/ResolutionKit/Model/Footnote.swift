/// A footnote marker in the text (`⁵³`, `<sup>2</sup>`, `Crime1`), with the footnote's text when the file has it.
public struct FootnoteReference: Hashable, Sendable {
  /// The marker as a number or symbol (`53`, `*`).
  public var marker: String
  /// The paragraph the marker sits in (`PP7`, `IV.3(h)`, `title`).
  public var paragraphRef: ParagraphRef
  /// `paragraphRef` as printed.
  public var ref: String { paragraphRef.description }
  /// The footnote's text, when the file contains it.
  public var text: String?
  /// The ref of that footnote text (`fn53`, or `fn1-2` where the file prints marker 1 twice); nil without a text.
  public var noteRef: ParagraphRef?
  /// `noteRef` as printed.
  public var textRef: String? { noteRef?.description }
  /// The note this marker leads to: its text's ref, else the footnote of its marker (`fn4`) the file lacks.
  public var note: ParagraphRef { noteRef ?? .footnote(marker) }
  public var line: Int
  /// UTF-8 offset in the paragraph's `text` where the marker stood (just after the word it follows).
  public var offset: Int

  public init(marker: String, ref: ParagraphRef, text: String?, textRef: ParagraphRef? = nil, line: Int, offset: Int) {
    self.marker = marker
    self.paragraphRef = ref
    self.text = text
    self.noteRef = textRef ?? text.map { _ in .footnote(marker) }
    self.line = line
    self.offset = offset
  }
}

/// The text of a footnote as printed at a page bottom or the end of the file.
public struct FootnoteText: Hashable, Sendable {
  public var marker: String
  /// For a marker whose text the file prints more than once (footnote numbering that restarts, two documents in
  /// one file): which occurrence this is, 2 for the second; nil for the first.
  public var occurrence: Int?
  /// Stable reference, unique in the resolution: `fn53`, `fn1-2`.
  public var paragraphRef: ParagraphRef { .footnote(marker, occurrence: occurrence) }
  /// `paragraphRef` as printed.
  public var ref: String { paragraphRef.description }
  public var text: String
  public var line: Int

  public init(marker: String, text: String, line: Int, occurrence: Int? = nil) {
    self.marker = marker
    self.text = text
    self.line = line
    self.occurrence = occurrence
  }
}
