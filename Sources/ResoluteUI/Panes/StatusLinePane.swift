/// The bottom row: the history trail (current item last) then key hints, a one-shot message in their place, or the
/// prompt being typed. The trail always starts at column 0 (tests and the tmux journey read it there).
enum StatusLinePane {
  struct Content: Hashable, Sendable {
    var trail: [String]
    var prompt: String?
    /// The cursor's place in `prompt`, in characters.
    var promptCursor: Int? = nil
    var message: String?
    var hints: String
  }

  /// The hints for where the focus is, each written with the key bound to its command now (so `Q quit` after
  /// `quit = "Q"`); a command with no key is left out.
  static func hints(
    for focus: Pane, split: Bool, reading: Bool = false, searchResults: Bool = false, keymap: Keymap
  ) -> String {
    var entries: [(Command, String)]
    if focus == .list, searchResults {
      entries = [(.activate, "open"), (.cancel, "list"), (.startSearchAll, "search")]
    } else if focus == .viewer, reading, split {
      entries = [(.toggleReading, "list"), (.nextLink, "link"), (.activate, "follow"), (.back, "back"),
                 (.startSearch, "find")]
    } else {
      switch focus {
      case .list: entries = [(.activate, "open"), (.startSearch, "filter"), (.cycleSort, "sort"), (.toggleAbsent, "absent")]
      case .viewer: entries = [(.nextLink, "link"), (.activate, "follow"), (.back, "back"), (.startSearch, "find"),
                               (.startGoto, "go")]
      case .notes: entries = [(.moveDown, "move"), (.activate, "follow"), (.cancel, "text")]
      }
    }
    // On a narrow screen the pane switch comes first: it is how the other panes are found.
    if !split { entries.insert((.cyclePane, "pane"), at: 0) }
    entries += [(.toggleHelp, "help"), (.quit, "quit")]
    return keymap.hints(entries).joined(separator: "  ")
  }

  static func render(_ content: Content, in rect: Rect, into buffer: inout ScreenBuffer, presentation: Presentation) {
    let row = rect.top(1)
    guard !row.isEmpty else { return }
    let theme = presentation.theme
    buffer.fill(row, style: theme.statusBar)
    let ellipsis = presentation.cells(presentation.glyphs.ellipsis, theme.statusBar)
    if let prompt = content.prompt {
      // The cursor is a block: the character under it drawn in the text's colours on the bar, or a space at the end.
      let characters = Array(prompt)
      let at = min(max(0, content.promptCursor ?? characters.count), characters.count)
      var cells = presentation.cells(String(characters[..<at]), theme.statusTrail)
      let cursorCells = at < characters.count
        ? presentation.cells(String(characters[at]), theme.normal) : [TextCell(" ", style: theme.normal)]
      let after = at < characters.count ? presentation.cells(String(characters[(at + 1)...]), theme.statusTrail) : []
      // Keep the cursor visible: drop from the start what does not fit before it.
      let room = max(0, row.width - 1 - cursorCells.screenWidth)
      if cells.screenWidth > room { cells = Array(cells.suffix(room)) }
      var end = buffer.draw(cells, x: row.x, y: row.y, limit: row.maxX)
      end = buffer.draw(cursorCells, x: end, y: row.y, limit: row.maxX)
      buffer.draw(after, x: end, y: row.y, limit: row.maxX)
      return
    }
    let separator = presentation.glyphs.trailSeparator
    var trail = content.trail
    // A message is never cut mid-word: the trail gives way first (to its current item, then entirely), and what
    // still does not fit is cut after a whole word.
    let messageWidth = content.message.map { presentation.cells($0, theme.statusMessage).screenWidth } ?? 0
    if content.message != nil {
      let trailWidth = presentation.cells(trail.joined(separator: separator), theme.statusTrail).screenWidth
      if trailWidth + 2 + messageWidth > row.width, let last = trail.last {
        let lastWidth = presentation.cells(last, theme.statusTrail).screenWidth
        trail = lastWidth + 2 + messageWidth <= row.width ? [last] : []
      }
    }
    var trailCells = presentation.cells(trail.joined(separator: separator), theme.statusTrail)
    // A long trail loses its oldest items first; the current item always shows.
    while trailCells.screenWidth > row.width * 2 / 3, trail.count > 1 {
      trail.removeFirst()
      trailCells = presentation.cells(
        presentation.glyphs.ellipsis + separator + trail.joined(separator: separator),
        theme.statusTrail)
    }
    var end = trailCells.isEmpty ? row.x : buffer.drawTruncated(
      trailCells, in: row, ellipsis: presentation.cells(presentation.glyphs.ellipsis, theme.statusTrail))
    end += trailCells.isEmpty ? 0 : 2
    guard end < row.maxX else { return }
    let room = row.maxX - end
    let rest = Rect(x: end, y: row.y, width: room, height: 1)
    if let message = content.message {
      let text =
        messageWidth <= room
        ? message : Self.wholeWords(of: message, width: room - 1, presentation) + presentation.glyphs.ellipsis
      buffer.drawTruncated(
        presentation.cells(text, theme.statusMessage), in: rest,
        ellipsis: presentation.cells(presentation.glyphs.ellipsis, theme.statusMessage))
    } else {
      // Hints that do not fit are left out whole, those before `? help  q quit` first: help and quit stay longest.
      var hints = content.hints.split(separator: "  ").map(String.init)
      func fits() -> Bool { presentation.cells(hints.joined(separator: "  "), theme.statusBar).screenWidth <= room }
      while hints.count > 2, !fits() { hints.remove(at: hints.count - 3) }
      while hints.count > 1, !fits() { hints.removeLast() }
      buffer.drawTruncated(
        presentation.cells(hints.joined(separator: "  "), theme.statusBar), in: rest, ellipsis: ellipsis)
    }
  }

  /// The longest run of whole words of `text` that fits `width` columns (at least the first word's start).
  static func wholeWords(of text: String, width: Int, _ presentation: Presentation) -> String {
    var kept = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let next = kept.isEmpty ? String(word) : kept + " " + word
      if presentation.cells(next, presentation.theme.statusBar).screenWidth > width { break }
      kept = next
    }
    if kept.isEmpty { kept = String(text.prefix(max(0, width))) }
    while kept.hasSuffix(" ") || kept.hasSuffix(",") || kept.hasSuffix(":") { kept.removeLast() }
    return kept
  }
}
