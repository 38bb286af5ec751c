/// Keys while a prompt or the help overlay is open, and the mouse.
extension BrowserSession {
  mutating func handlePrompt(_ key: Key) -> ApplicationResponse {
    guard var prompt else { return .none }
    message = nil
    switch key {
    case .character(let character):
      prompt.insert(character)
    case .backspace:
      if prompt.text.isEmpty {
        self.prompt = nil
        if prompt.kind == .filter { list.filter = "" }
        refresh()
        return .redraw
      }
      prompt.deleteBackward()
    case .delete, .control("d"):
      prompt.deleteForward()
    case .left, .control("b"): prompt.moveCursor(by: -1)
    case .right, .control("f"): prompt.moveCursor(by: 1)
    case .home, .control("a"): prompt.cursor = 0
    case .end, .control("e"): prompt.cursor = prompt.text.count
    case .control("w"): prompt.deleteWordBackward()
    case .control("u"): prompt.deleteToStart()
    case .control("k"): prompt.deleteToEnd()
    case .tab:
      complete(&prompt)
    case .enter:
      self.prompt = nil
      promptHistory.add(prompt.text, for: prompt.kind)
      promptHistoryRevision += 1
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
      // The list's filter moves the selection, as it always has; every other prompt browses its history.
      if prompt.kind == .filter {
        list.move(by: key == .up ? -1 : 1)
      } else if !prompt.browseHistory(key == .up ? -1 : 1, in: promptHistory.lines(for: prompt.kind)) {
        message = key == .up ? "No earlier \(prompt.leader.trimmedSpaces) line" : "The newest line"
      }
    default:
      return .none
    }
    self.prompt = prompt
    if prompt.kind == .filter { list.filter = prompt.text }
    refresh()
    return .redraw
  }

  /// Tab: completes the id being typed from the corpus's ids (`ccpcj` → `CCPCJ 5/2`); several candidates complete to
  /// what they share and are listed on the status line.
  private mutating func complete(_ prompt: inout Prompt) {
    guard prompt.kind == .goto || prompt.kind == .compare else {
      message = "Tab completes ids at : and compare"
      return
    }
    let typed = String(prompt.text.prefix(prompt.cursor))
    guard !typed.contains("#") else { return }
    let candidates = idCompletions(of: typed)
    guard let first = candidates.first else {
      message = "No id starts with “\(typed.trimmedSpaces)”"
      return
    }
    var shared = first
    for candidate in candidates.dropFirst() {
      shared = String(zip(shared.lowercased(), candidate.lowercased()).prefix { $0 == $1 }.map(\.0))
      shared = String(first.prefix(shared.count))
    }
    let completed = shared.count >= typed.trimmedSpaces.count ? shared : typed
    let rest = String(prompt.text.dropFirst(prompt.cursor))
    prompt.text = completed + rest
    prompt.cursor = completed.count
    if candidates.count > 1 {
      let shown = candidates.prefix(6).joined(separator: ", ")
      message = "\(candidates.count) ids: \(shown)\(candidates.count > 6 ? ", …" : "")"
    }
  }

  /// The ids of the corpus (then those cited but absent) starting with `typed`, ignoring case and spaces.
  func idCompletions(of typed: String) -> [String] {
    func squeezed(_ text: String) -> String { text.lowercased().filter { !$0.isWhitespace } }
    let key = squeezed(typed)
    guard !key.isEmpty else { return [] }
    var seen = Set<String>()
    var found: [String] = []
    for id in snapshot.summaries.map(\.displayID) + snapshot.absentSummaries.map(\.id.description)
    where squeezed(id).hasPrefix(key) && seen.insert(id).inserted {
      found.append(id)
    }
    return found
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
    case .pipe:
      pipe(to: prompt.text)
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
    let layout = ScreenLayout(width: width, height: height, focus: focus, reading: isReading, notesRows: notesRows, wideList: searchResults != nil)
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
    let layout = ScreenLayout(width: width, height: height, focus: focus, reading: isReading, notesRows: notesRows, wideList: searchResults != nil)
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
