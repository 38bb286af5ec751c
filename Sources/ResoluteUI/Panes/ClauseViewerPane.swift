/// The clause viewer: the resolution (or an absent resolution's page) as a reader expects it, with a cursor on the
/// current paragraph and the selected link shown. `bare` (reading mode without the notes): the lines alone, with no
/// title and no cursor bar, so that nothing but the text changes when it scrolls.
enum ClauseViewerPane {
  static func render(
    _ viewer: DocumentView, focused: Bool, search: [SearchPattern], in rect: Rect, into buffer: inout ScreenBuffer,
    presentation: Presentation, showsPercentage: Bool = true, bare: Bool = false
  ) {
    if bare {
      DocumentViewport.render(
        viewer, showCursor: false, search: search, in: rect, into: &buffer, presentation: presentation)
      return
    }
    var detail: [String] = []
    switch viewer.cursorKey {
    case .paragraph(let ref), .seriesMember(id: let ref?, _): detail.append(ref)
    default: break
    }
    let body = ScreenLayout.body(of: rect)
    let total = viewer.wrapped.lines.count
    // Reading mode leaves the percentage out: it would change, and cost a title repaint, on every line scrolled.
    if showsPercentage, total > body.height, body.height > 0 {
      let bottom = min(total, viewer.scroll + body.height)
      detail.append(viewer.scroll == 0 ? "Top" : bottom >= total ? "End" : "\(bottom * 100 / total)%")
    }
    PaneTitle.render(
      viewer.document.heading, detail: detail.joined(separator: " "), focused: focused, in: rect,
      into: &buffer, presentation: presentation)
    DocumentViewport.render(
      viewer, showCursor: true, search: search, in: body, into: &buffer, presentation: presentation)
  }
}
