/// Reading mode (`z`) and moving the focus, which leaves reading mode when it goes to the hidden list.
extension BrowserSession {
  /// `z`: the text alone on the whole screen (with the notes beneath it once asked for), or the panes back.
  mutating func toggleReading() {
    isReading.toggle()
    if isReading, focus == .list { focus = .viewer }
    // Entering it from the notes keeps them, as going to them in it shows them (`focus`).
    if isReading, focus == .notes { readingNotes = true }
    // The bare text has no status line to show the keys on: say them once, until the next key.
    if isReading, !readingNotes {
      let keys = keymap.hints([
        (.toggleReading, "leaves"), (.toggleNotes, "notes"), (.whereAmI, "where"), (.toggleHelp, "help"),
      ])
      message = "Reading mode: " + keys.joined(separator: ", ")
    }
    // The same paragraph stays at the top of the view when the width, and so the wrapping, changes.
    let paragraph = viewer.cursor
    refresh()
    if paragraph != nil { viewer.revealCursor(height: viewerGeometry.height) }
  }

  /// Focuses `pane`; the list brings itself back when it was hidden by reading mode (at any width: the bare text
  /// hides the list on a narrow screen too).
  mutating func setFocus(_ pane: Pane) {
    if pane == .list, isReading {
      isReading = false
      refresh()
    }
    focus = pane
  }
}
