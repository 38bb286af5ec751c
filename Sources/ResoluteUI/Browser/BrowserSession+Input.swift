/// Keys while a prompt or the help overlay is open, and the mouse.
extension BrowserSession {
  mutating func handlePrompt(_ key: Key) -> ApplicationResponse {
    guard var prompt else { return .none }
    message = nil
    switch key {
    case .character(let character):
      prompt.text.append(character)
    case .backspace, .delete:
      if prompt.text.isEmpty {
        self.prompt = nil
        refresh()
        return .redraw
      }
      prompt.text.removeLast()
    case .control("u"):
      prompt.text = ""
    case .enter:
      self.prompt = nil
      if prompt.kind == .goto, ["q", "q!", "quit", "qa", "x", "wq"].contains(prompt.text.trimmedSpaces) {
        rememberPosition()
        return .quit
      }
      submit(prompt)
      refresh()
      return .redraw
    case .escape, .control("c"), .control("g"):
      self.prompt = nil
      if prompt.kind == .filter { list.filter = "" }
      refresh()
      return .redraw
    case .up, .down:
      guard prompt.kind == .filter else { return .none }
      list.move(by: key == .up ? -1 : 1)
    default:
      return .none
    }
    self.prompt = prompt
    if prompt.kind == .filter { list.filter = prompt.text }
    refresh()
    return .redraw
  }

  private mutating func submit(_ prompt: Prompt) {
    switch prompt.kind {
    case .filter:
      list.filter = prompt.text
      if list.rows.isEmpty { message = "No resolution matches “\(prompt.text)”" }
    case .find:
      guard !prompt.text.isEmpty else { return }
      lastSearch = prompt.text
      searchTerms = []
      focus = .viewer
      find(prompt.text, forward: true)
    case .goto:
      goto(prompt.text, history: .push)
    case .searchAll:
      searchAll(prompt.text)
    case .compare:
      compare(with: prompt.text)
    }
  }

  /// In the help overlay `q`, Esc and `?` close it (they do not quit); j/k and the page keys scroll it.
  mutating func handleHelp(_ key: Key) -> ApplicationResponse {
    let shown = max(1, height - 3)
    let page = max(1, shown - 1)
    switch key {
    case .character("q"), .escape, .enter, .backspace:
      isHelpVisible = false
    case .mouseWheelDown: helpScroll += 3
    case .mouseWheelUp: helpScroll -= 3
    default:
      // The reader's own keys scroll and close it too (quit = "Q" closes the help as q does).
      switch keymap.command(for: key) {
      case .toggleHelp, .quit, .cancel: isHelpVisible = false
      case .moveDown, .scrollLineDown: helpScroll += 1
      case .moveUp, .scrollLineUp: helpScroll -= 1
      case .pageDown: helpScroll += page
      case .pageUp: helpScroll -= page
      case .halfPageDown: helpScroll += page / 2
      case .halfPageUp: helpScroll -= page / 2
      case .top: helpScroll = 0
      case .bottom: helpScroll = keymap.help.count
      default: return .none
      }
    }
    helpScroll = min(max(0, helpScroll), max(0, keymap.help.count - shown))
    return .redraw
  }

  /// A click selects a list row, a link, or the paragraph under the pointer, and focuses that pane.
  mutating func click(x: Int, y: Int) -> ApplicationResponse {
    let layout = ScreenLayout(width: width, height: height, focus: focus, reading: isReading)
    guard let pane = layout.pane(at: x, y) else { return .none }
    switch pane {
    case .list:
      guard let rect = layout.list else { return .none }
      let body = ScreenLayout.body(of: rect)
      guard body.contains(x: x, y: y) else { return .none }
      if var results = searchResults {
        let hit = (y - body.y) / SearchResultsPane.rowsPerHit + results.scroll
        guard results.hits.indices.contains(hit) else { return .none }
        results.selected = hit
        searchResults = results
        focus = .list
        return .redraw
      }
      let row = (y - body.y) / ResolutionListPane.rowHeight(forWidth: rect.width) + list.scroll
      guard list.rows.indices.contains(row) else { return .none }
      list.selected = row
      focus = .list
    case .viewer:
      guard let rect = layout.viewer else { return .none }
      clickDocument(&viewer, in: rect, x: x, y: y, height: viewerGeometry.height)
      focus = .viewer
    case .notes:
      guard let rect = layout.notes else { return .none }
      clickDocument(&notes, in: rect, x: x, y: y, height: notesGeometry.height)
      focus = .notes
    }
    return .redraw
  }

  private func clickDocument(_ view: inout DocumentView, in rect: Rect, x: Int, y: Int, height: Int) {
    let body = ScreenLayout.body(of: rect)
    guard body.contains(x: x, y: y) else { return }
    let gutter = ScreenLayout.gutterWidth(forPaneWidth: body.width)
    let hit = view.hit(line: y - body.y + view.scroll, column: x - body.x - gutter)
    if let link = hit.link {
      view.selectLink(link, height: height)
    } else if let stop = hit.stop {
      view.cursor = stop
      view.selectedLink = nil
    }
  }

  /// The wheel scrolls the pane under the pointer.
  mutating func wheel(_ lines: Int, x: Int, y: Int) -> ApplicationResponse {
    let layout = ScreenLayout(width: width, height: height, focus: focus, reading: isReading)
    switch layout.pane(at: x, y) {
    case .list where searchResults != nil: searchResults?.move(by: lines > 0 ? 1 : -1)
    case .list: list.move(by: lines)
    case .viewer: viewer.scrollLines(lines, height: viewerGeometry.height)
    case .notes: notes.scrollLines(lines, height: notesGeometry.height)
    case nil: return .none
    }
    return .redraw
  }
}
