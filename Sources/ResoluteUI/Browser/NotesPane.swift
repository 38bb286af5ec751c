import ResolutionKit

/// The footnote pane's state: the notes of the paragraph under the viewer's cursor (built by
/// FootnoteResolverDocument, drawn by FootnoteResolverPane), what they were built for, where each footnote marker's
/// entry is, and the height the reader gave the pane.
struct NotesPane: Hashable, Sendable {
  /// What the notes were built for, so they are rebuilt only when the cursor moves to another paragraph.
  struct Source: Hashable, Sendable {
    var location: Location?
    var block: Int?
  }

  var view = DocumentView(document: ViewerDocument(location: nil, heading: "Notes"), width: 0)
  var builtFor: Source?
  /// The entry for each footnote marker of the paragraph under the cursor.
  var footnoteStops: [String: Int] = [:]
  /// The height as the reader set it with `+` and `-` (0: hidden with `_`); nil for the standard.
  var rows: Int?

  /// Shows notes built for `source`, wrapped at `width`.
  mutating func show(
    _ built: (document: ViewerDocument, footnoteStops: [String: Int]), for source: Source, width: Int
  ) {
    view = DocumentView(document: built.document, width: width)
    footnoteStops = built.footnoteStops
    builtFor = source
  }

  /// `+` and `-`: `step` rows taller (shorter when negative), from `shownRows` while the reader has set no height;
  /// never under three rows (a title and two lines).
  mutating func resize(by step: Int, shownRows: Int) {
    let current = rows ?? shownRows
    rows = max(3, (current == 0 ? 3 : current) + step)
  }

  /// `_`: hides the pane, or shows it again at its standard height. True when it is hidden now.
  mutating func toggleHidden() -> Bool {
    rows = rows == 0 ? nil : 0
    return rows == 0
  }
}
