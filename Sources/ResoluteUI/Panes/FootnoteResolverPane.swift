/// The footnote resolver, beneath the viewer: the footnotes and citations of the paragraph under the cursor, and where
/// each citation leads. Its cursor shows only when it has the focus (after following a footnote marker, or `3`).
enum FootnoteResolverPane {
  static func render(
    _ notes: DocumentView, focused: Bool, in rect: Rect, into buffer: inout ScreenBuffer, presentation: Presentation
  ) {
    PaneTitle.render(notes.document.heading, focused: focused, in: rect, into: &buffer, presentation: presentation)
    DocumentViewport.render(
      notes, showCursor: focused, search: [], in: ScreenLayout.body(of: rect), into: &buffer,
      presentation: presentation)
  }
}
