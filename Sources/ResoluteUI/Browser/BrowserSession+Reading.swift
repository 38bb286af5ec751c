/// Reading mode (`z`) and moving the focus, which leaves reading mode when it goes to the hidden list.
extension BrowserSession {
  /// `z`: the text at full width, or the list back beside it. Only split layouts change; below 60 columns one pane
  /// fills the screen anyway, and `z` shows the text.
  mutating func toggleReading() {
    isReading.toggle()
    // No message: the key hints say `z list`, and a message would cost a status-line repaint on the next key.
    if isReading, focus == .list { focus = .viewer }
    // The same paragraph stays at the top of the view when the width, and so the wrapping, changes.
    let paragraph = viewer.cursor
    refresh()
    if paragraph != nil { viewer.revealCursor(height: viewerGeometry.height) }
  }

  /// Focuses `pane`; the list brings itself back when it was hidden by reading mode.
  mutating func setFocus(_ pane: Pane) {
    if pane == .list, isReading, width >= ScreenLayout.splitMinimumWidth {
      isReading = false
      refresh()
    }
    focus = pane
  }
}
