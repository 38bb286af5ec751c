/// The footnote resolver, beneath the viewer: the footnotes and citations of the paragraph under the cursor, and where
/// each citation leads. Its cursor shows only when it has the focus (after following a footnote marker, or `3`).
enum FootnoteResolverPane {
  static func render(
    _ notes: DocumentView, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer, presentation: Presentation
  ) {
    PaneTitle.render(notes.document.heading, focused: focused, in: rect, into: &buffer, presentation: presentation)
    let body = ScreenLayout.body(of: rect)
    DocumentViewport.render(
      notes, showCursor: focused, search: [], in: body, into: &buffer, presentation: presentation)
    // Entries starting below the view are counted on its last row, so the reader knows to scroll or grow it (`+`).
    let below = notes.entriesBelow(height: body.height)
    guard below > 0, body.height > 0 else { return }
    let label = " +\(below) more \(presentation.glyphs.unicode ? "↓" : "v") "
    let cells = presentation.cells(label, presentation.theme.dim)
    let x = max(body.x, body.maxX - cells.screenWidth)
    buffer.draw(cells, x: x, y: body.maxY - 1, limit: body.maxX)
  }
}
