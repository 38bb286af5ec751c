/// The panes the browser has. Below 60 columns one of them fills the screen.
public enum Pane: String, Hashable, Sendable, CaseIterable {
  case list, viewer, notes
}

/// Everything a key can ask the browser to do. Keys map to commands through `Keymap`; the reducer acts on commands.
/// What each command is called, which keys it has and what the help says of it is in `CommandTable`.
enum Command: Hashable, Sendable {
  case quit
  case toggleHelp
  case nextLink, previousLink
  /// Enter: open the selected resolution, or follow the selected link.
  case activate
  case back, forward
  /// `/`: filter the list, or find in the viewer.
  case startSearch
  /// `:`: go to an id.
  case startGoto
  /// `F`: search every paragraph of the corpus.
  case startSearchAll
  /// `z`: reading mode, the text alone on the screen (the notes beneath it once asked for).
  case toggleReading
  case findNext, findPrevious
  case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
  /// `%`: a count's percentage of the way through (`50%`).
  case percent
  case scrollLineDown, scrollLineUp
  case focusLeft, focusRight
  case focus(Pane)
  case cyclePane
  case toggleAbsent, cycleSort
  /// Esc: close, cancel, clear.
  case cancel
  case redraw
  /// `=`, Ctrl-G: where you are (file, resolution, paragraph, line, percentage).
  case whereAmI
  /// `m` then a letter: mark the paragraph under the cursor.
  case setMark
  /// `'` then a letter: go to that mark (`''`: the place before the last jump).
  case jumpToMark
  /// `B`: the bookmarks page (marks and recently visited places).
  case showBookmarks
  /// `y`: copy the reference of the paragraph under the cursor (`GA resolution 55/64, para. 7`).
  case copyReference
  /// `Y`: copy the paragraph's text with its reference.
  case copyParagraph
  /// `d`: compare the resolution shown with its predecessor in its series.
  case compare
  /// `r`: the paragraphs of the corpus that reuse the language of the paragraph under the cursor.
  case reusedLanguage
  /// `t`: the series the resolution shown belongs to, as a timeline.
  case series
  /// `c`: every paragraph of the corpus citing the resolution shown.
  case citedBy
  /// `+`, `-`, `_`: the notes pane taller, shorter, hidden or shown again.
  case growNotes, shrinkNotes, toggleNotes
  /// `v`: the file in the reader's editor at the paragraph's line.
  case editSource
  /// `|`: the paragraph (the whole resolution on its title) piped to a shell command.
  case startPipe
  /// `\`: the file's raw text at the paragraph, a page of the trail that shows control characters visibly.
  case viewSource
}
