/// Where each pane goes for a terminal size. At 60 columns and more: the list on the left, the viewer on the right with
/// the footnote pane beneath it (when there are rows enough). Narrower: one pane at a time. The status line is the
/// bottom row. Pane rectangles include their one-row title, except the bare text of reading mode.
struct ScreenLayout: Hashable, Sendable {
  /// Below this width one pane fills the screen.
  static let splitMinimumWidth = 60
  /// Below this many rows of content the footnote pane is not shown beside the viewer.
  static let notesMinimumHeight = 14

  var width: Int
  var height: Int
  var isSplit: Bool
  var list: Rect?
  var viewer: Rect?
  var notes: Rect?
  /// The column of the vertical rule between the list and the viewer.
  var separatorColumn: Int?
  var status: Rect?
  /// Reading mode without the notes: the text fills the screen, with no title, cursor bar or status line (see `init`).
  var isBareText = false

  /// `reading` (the `z` mode) hides the list so the text and the notes span the whole width. `bare` (reading mode
  /// with the notes not asked for) gives the text the whole screen, as a pager does: the terminal scrolls a line with
  /// one newline at the bottom, where a title or a status line that stays put makes ncurses set a scroll region around
  /// every line (the status line comes back over the last row while there is something to say, `statusOverlay`).
  /// `notesRows` is the footnote pane's height as the reader set it (`+`, `-`), 0 when hidden (`_`); nil for the
  /// standard three tenths of the rows.
  /// `wideList`: the list pane holds search results, which get half the width so ids and paragraphs show whole.
  init(
    width: Int, height: Int, focus: Pane, reading: Bool = false, bare: Bool = false, notesRows: Int? = nil,
    wideList: Bool = false
  ) {
    self.width = max(0, width)
    self.height = max(0, height)
    let contentHeight = max(0, self.height - 1)
    isSplit = self.width >= ScreenLayout.splitMinimumWidth
    if reading, bare, self.height > 1, self.width > 0 {
      isBareText = true
      viewer = Rect(x: 0, y: 0, width: self.width, height: self.height)
      return
    }
    status = self.height > 0 && self.width > 0 ? Rect(x: 0, y: self.height - 1, width: self.width, height: 1) : nil
    guard contentHeight > 0, self.width > 0 else { return }
    let content = Rect(x: 0, y: 0, width: self.width, height: contentHeight)
    guard isSplit else {
      switch focus {
      case .list: list = content
      case .viewer: viewer = content
      case .notes: notes = content
      }
      return
    }
    let right: Rect
    if reading {
      right = content
    } else {
      // About 26 columns at 80, a little more on wide screens, so the text gets most of the room.
      let listWidth = wideList ? max(22, self.width / 2) : min(34, max(22, self.width / 3))
      list = Rect(x: 0, y: 0, width: listWidth, height: contentHeight)
      separatorColumn = listWidth
      right = Rect(x: listWidth + 1, y: 0, width: self.width - listWidth - 1, height: contentHeight)
    }
    if notesRows == 0, focus != .notes {
      viewer = right
    } else if contentHeight >= ScreenLayout.notesMinimumHeight {
      let standard = max(5, contentHeight * 3 / 10)
      // The text keeps at least five rows; the notes at least three (a title and two lines).
      let notesHeight = min(max(3, notesRows ?? standard), contentHeight - 5)
      viewer = Rect(x: right.x, y: 0, width: right.width, height: contentHeight - notesHeight)
      notes = Rect(x: right.x, y: contentHeight - notesHeight, width: right.width, height: notesHeight)
    } else if focus == .notes {
      notes = right
    } else {
      viewer = right
    }
  }

  /// The content area under a pane's title row.
  static func body(of pane: Rect) -> Rect { pane.dropTop(1) }

  /// The viewer's gutter (cursor bar and a space) at this width.
  static func gutterWidth(forPaneWidth width: Int) -> Int { width >= 12 ? 2 : 0 }

  /// Where the viewer's lines go and the gutter before them: under its title, or the bare text's whole rectangle. The
  /// bare text keeps the gutter's width (blank, no cursor bar), so showing the notes does not wrap it again.
  var viewerText: (body: Rect, gutter: Int)? {
    guard let viewer else { return nil }
    let body = isBareText ? viewer : Self.body(of: viewer)
    return (body, Self.gutterWidth(forPaneWidth: body.width))
  }

  /// The row the status line is drawn over in the bare text while it has something to say (a message, a count, a
  /// prompt); nil where the status line has a row of its own.
  var statusOverlay: Rect? {
    isBareText && height > 0 ? Rect(x: 0, y: height - 1, width: width, height: 1) : nil
  }

  /// The pane shown at a point, if any.
  func pane(at x: Int, _ y: Int) -> Pane? {
    if let list, list.contains(x: x, y: y) { return .list }
    if let viewer, viewer.contains(x: x, y: y) { return .viewer }
    if let notes, notes.contains(x: x, y: y) { return .notes }
    return nil
  }
}
