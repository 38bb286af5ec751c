/// What a line entered at a prompt does (the prompt edits itself: Prompt+Keys.swift), and the mouse.
extension BrowserSession {
  /// Tab: completes the id being typed from the corpus's ids (`ccpcj` → `CCPCJ 5/2`); several candidates complete to
  /// what they share and are listed on the status line.
  mutating func complete(_ prompt: inout Prompt) {
    guard prompt.kind == .goto || prompt.kind == .compare else {
      message = "Tab completes ids at : and compare"
      return
    }
    let typed = String(prompt.text.prefix(prompt.cursor))
    guard !typed.contains("#") else { return }
    let candidates = idCompletions(of: typed)
    guard !candidates.isEmpty else {
      message = "No id starts with “\(typed.trimmedSpaces)”"
      return
    }
    prompt.complete(from: candidates)
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

  /// Acts on a line entered at a prompt.
  mutating func submit(_ prompt: Prompt) {
    switch prompt.kind {
    case .filter:
      list.filter = prompt.text
      if list.rows.isEmpty { message = "No resolution matches “\(prompt.text)”" }
    case .find:
      guard !prompt.text.isEmpty else { return }
      highlights.find = prompt.text
      highlights.searchTerms = []
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

  /// A click selects a list row, a link, or the paragraph under the pointer, and focuses that pane.
  mutating func click(x: Int, y: Int) -> ApplicationResponse {
    let layout = screenLayout()
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
      guard let text = layout.viewerText else { return .none }
      clickDocument(&viewer, body: text.body, gutter: text.gutter, x: x, y: y, height: viewerGeometry.height)
      focus = .viewer
    case .notes:
      guard let rect = layout.notes else { return .none }
      let body = ScreenLayout.body(of: rect)
      clickDocument(
        &notes.view, body: body, gutter: ScreenLayout.gutterWidth(forPaneWidth: body.width), x: x, y: y,
        height: notesGeometry.height)
      focus = .notes
    }
    return .redraw
  }

  private func clickDocument(_ view: inout DocumentView, body: Rect, gutter: Int, x: Int, y: Int, height: Int) {
    guard body.contains(x: x, y: y) else { return }
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
    let layout = screenLayout()
    switch layout.pane(at: x, y) {
    case .list where searchResults != nil:
      let row = (searchResults?.selected ?? 0) + (lines > 0 ? 1 : -1)
      guard moreSearchResults(beforeMovingTo: row) else { return .redraw }
      searchResults?.move(by: lines > 0 ? 1 : -1)
    case .list: list.move(by: lines)
    case .viewer: viewer.scrollLines(lines, height: viewerGeometry.height)
    case .notes: notes.view.scrollLines(lines, height: notesGeometry.height)
    case nil: return .none
    }
    return .redraw
  }
}
