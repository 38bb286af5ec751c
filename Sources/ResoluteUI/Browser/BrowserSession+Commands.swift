import ResolutionKit

/// The reducer: what each command does to the state.
extension BrowserSession {
  enum HistoryMode {
    /// Remember where we were (following a link, `:`).
    case push
    /// Start a new trail (opening from the list: the list is the root of every trail).
    case reset
    /// Replace without touching history (going back and forward).
    case replace
  }

  mutating func perform(_ command: Command) -> ApplicationResponse {
    let viewerHeight = viewerGeometry.height
    let notesHeight = notesGeometry.height
    switch command {
    case .quit:
      rememberPosition()
      return .quit
    case .redraw:
      break
    case .toggleHelp:
      isHelpVisible = true
      helpScroll = 0
    case .nextLink, .previousLink:
      // Tab always cycles the viewer's links, whatever pane has the focus.
      focus = .viewer
      let moved =
        command == .nextLink ? viewer.nextLink(height: viewerHeight) : viewer.previousLink(height: viewerHeight)
      if !moved { message = "No links in \(viewer.document.heading)" }
    case .activate:
      switch focus {
      case .list: openSelectedRow()
      case .viewer: activateInViewer()
      case .notes: activateInNotes()
      }
    case .back:
      goBack()
    case .forward:
      goForward()
    case .startSearch:
      if focus == .list, let searchResults {
        // The list pane holds search results: `/` refines the search rather than filtering a hidden list.
        prompt = Prompt(kind: .searchAll, text: searchResults.query)
      } else {
        prompt = focus == .list ? Prompt(kind: .filter, text: list.filter) : Prompt(kind: .find)
      }
    case .startGoto:
      prompt = Prompt(kind: .goto)
    case .startSearchAll:
      prompt = Prompt(kind: .searchAll, text: searchResults?.query ?? "")
    case .toggleReading:
      toggleReading()
    case .findNext, .findPrevious:
      find(lastSearch, forward: command == .findNext)
    case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .scrollLineDown, .scrollLineUp:
      move(command, viewerHeight: viewerHeight, notesHeight: notesHeight)
    case .focusLeft:
      setFocus(focus == .notes ? .viewer : .list)
    case .focusRight:
      setFocus(focus == .list ? .viewer : .notes)
    case .focus(let pane):
      setFocus(pane)
    case .cyclePane:
      let panes = Pane.allCases
      setFocus(panes[(panes.firstIndex(of: focus)! + 1) % panes.count])
    case .toggleAbsent:
      list.showAbsent.toggle()
      if searchResults != nil { message = "Esc returns to the list" }
      let count = snapshot.absentSummaries.count
      message =
        list.showAbsent
        ? "Listing \(count) cited resolution\(count == 1 ? "" : "s") absent from the corpus"
        : "Absent resolutions hidden"
    case .cycleSort:
      list.sort = list.sort.next
      message = "List sorted by \(list.sort.rawValue)"
    case .setMark:
      pendingKey = .mark
    case .jumpToMark:
      pendingKey = .jump
    case .showBookmarks:
      if open(.bookmarks, paragraph: nil, history: .push) { focus = .viewer }
    case .copyReference:
      copyReference()
    case .compare, .reusedLanguage, .series:
      performAcross(command)
    case .cancel:
      if focus == .notes {
        focus = .viewer
      } else if focus == .list, searchResults != nil {
        closeSearchResults()
      } else if !lastSearch.isEmpty {
        lastSearch = ""
        searchTerms = []
      } else if viewer.selectedLink != nil {
        viewer.selectedLink = nil
      } else if !list.filter.isEmpty {
        list.filter = ""
      }
    }
    return .redraw
  }

  private mutating func move(_ command: Command, viewerHeight: Int, notesHeight: Int) {
    switch focus {
    case .list where searchResults != nil:
      let page = max(1, visibleSearchHits - 1)
      let count = searchResults?.hits.count ?? 0
      switch command {
      case .moveDown, .scrollLineDown: searchResults?.move(by: 1)
      case .moveUp, .scrollLineUp: searchResults?.move(by: -1)
      case .pageDown: searchResults?.move(by: page)
      case .pageUp: searchResults?.move(by: -page)
      case .top: searchResults?.move(by: -count)
      default: searchResults?.move(by: count)
      }
    case .list:
      let page = max(1, listVisibleRows - 1)
      switch command {
      case .moveDown, .scrollLineDown: list.move(by: 1)
      case .moveUp, .scrollLineUp: list.move(by: -1)
      case .pageDown: list.move(by: page)
      case .pageUp: list.move(by: -page)
      case .top: list.move(by: -list.rows.count)
      default: list.move(by: list.rows.count)
      }
    case .viewer:
      move(&viewer, command, height: viewerHeight)
    case .notes:
      move(&notes, command, height: notesHeight)
    }
  }

  private func move(_ view: inout DocumentView, _ command: Command, height: Int) {
    switch command {
    case .moveDown: view.moveDown(height: height)
    case .moveUp: view.moveUp(height: height)
    case .pageDown: view.page(1, height: height)
    case .pageUp: view.page(-1, height: height)
    case .top: view.top(height: height)
    case .bottom: view.bottom(height: height)
    case .scrollLineDown: view.scrollLines(1, height: height)
    default: view.scrollLines(-1, height: height)
    }
  }

  // MARK: - Opening things

  private mutating func openSelectedRow() {
    if searchResults != nil { return openSelectedSearchResult() }
    guard let row = list.selectedRow else {
      message = list.filter.isEmpty ? "The list is empty" : "No resolution matches “\(list.filter)”"
      return
    }
    if open(row.location, paragraph: nil, history: .reset) { focus = .viewer }
  }

  /// Shows `location` in the viewer, landing on `paragraph` when given. False (with a message) when it cannot.
  @discardableResult
  mutating func open(_ location: Location, paragraph: String?, history mode: HistoryMode) -> Bool {
    guard let (document, resolution) = makeDocument(location) else {
      message = "\(label(of: location)) cannot be shown"
      return false
    }
    rememberPosition()
    switch mode {
    case .push:
      if let item = currentItem { history.back.append(item) }
      history.forward.removeAll()
    case .reset:
      history = History()
    case .replace:
      break
    }
    isSearchCurrent = false
    shownResolution = resolution
    let geometry = viewerGeometry
    viewer = DocumentView(document: document, width: geometry.width)
    if let paragraph, !viewer.land(on: paragraph, height: geometry.height) {
      message = "\(label(of: location)) has no paragraph \(paragraph); showing it from the top"
    }
    list.select(location)
    refreshNotes(force: true)
    if mode != .replace { recordVisit(location, paragraph: paragraph) }
    return true
  }

  /// The page for `location`, and the resolution it shows (parsed now, by the source).
  mutating func makeDocument(_ location: Location) -> (ViewerDocument, Resolution?)? {
    switch location {
    case .resolution(let file):
      return source.resolution(file: file).map { (ResolutionDocument.build($0, presentation: presentation), $0) }
    case .absent(let id):
      return source.absentResolution(id).map {
        (AbsentResolutionPage.build($0, snapshot: snapshot, presentation: presentation), nil)
      }
    case .bookmarks:
      return (BookmarksPage.build(readerState, snapshot: snapshot, presentation: presentation), nil)
    case .compare, .reuse, .series:
      return makeAcrossDocument(location)
    }
  }

  var currentEntry: HistoryEntry? {
    viewer.document.location.map {
      HistoryEntry(location: $0, cursor: viewer.cursor, scroll: viewer.scroll, selectedLink: viewer.selectedLink)
    }
  }

  /// What the trail ends with: the search results when they are current, else the viewer's document.
  var currentItem: HistoryItem? {
    if isSearchCurrent, let searchResults { return .search(searchResults) }
    return currentEntry.map(HistoryItem.document)
  }

  private mutating func restore(_ item: HistoryItem) {
    switch item {
    case .document(let entry): restore(entry)
    case .search(let results):
      searchResults = results
      isSearchCurrent = true
      setFocus(.list)
    }
  }

  private mutating func restore(_ entry: HistoryEntry) {
    guard open(entry.location, paragraph: nil, history: .replace) else { return }
    if let cursor = entry.cursor, viewer.document.stops.indices.contains(cursor) { viewer.cursor = cursor }
    viewer.scroll = entry.scroll
    if let link = entry.selectedLink, viewer.document.links.indices.contains(link) { viewer.selectedLink = link }
    viewer.clampScroll(height: viewerGeometry.height)
    refreshNotes(force: true)
    focus = .viewer
  }

  mutating func goBack() {
    guard let entry = history.back.popLast() else {
      message = "Nothing to go back to"
      return
    }
    if let current = currentItem { history.forward.append(current) }
    restore(entry)
  }

  mutating func goForward() {
    guard let entry = history.forward.popLast() else {
      message = "Nothing to go forward to"
      return
    }
    if let current = currentItem { history.back.append(current) }
    restore(entry)
  }

  /// `:GA 55/64#7`, `:#IV.3`, and `--open`. False (with a message) when the target names nothing.
  @discardableResult
  mutating func goto(_ text: String, history mode: HistoryMode) -> Bool {
    let target = GotoTarget(text)
    if target.id.isEmpty {
      guard let paragraph = target.paragraph else {
        message = "Type an id, such as GA 55/64, GA 55/64#7 or #7"
        return false
      }
      return jump(to: paragraph, remember: mode == .push)
    }
    guard let location = target.location(in: source, snapshot: snapshot) else {
      message = "“\(target.id)” is neither in the corpus nor cited by it"
      return false
    }
    guard open(location, paragraph: target.paragraph, history: mode) else { return false }
    focus = .viewer
    return true
  }

  /// Moves to a paragraph of the current document, remembering where we were (unless `remember` is false).
  @discardableResult
  mutating func jump(to paragraph: String, remember: Bool = true) -> Bool {
    var moved = viewer
    guard moved.land(on: paragraph, height: viewerGeometry.height) else {
      message = "\(viewer.document.heading) has no paragraph \(paragraph)"
      return false
    }
    if remember {
      if let item = currentItem { history.back.append(item) }
      history.forward.removeAll()
    }
    isSearchCurrent = false
    viewer = moved
    focus = .viewer
    return true
  }

  // MARK: - Links

  private mutating func activateInViewer() {
    if let selected = viewer.selectedLink {
      follow(viewer.document.links[selected].target)
      return
    }
    let links = viewer.linksUnderCursor
    switch links.count {
    case 0:
      message = "No link in this paragraph; Tab moves to the next link"
    case 1:
      follow(viewer.document.links[links[0]].target)
    default:
      viewer.selectLink(links[0], height: viewerGeometry.height)
      message = "\(links.count) links here: Tab picks one, Enter follows it"
    }
  }

  private mutating func activateInNotes() {
    guard let link = notes.firstLinkUnderCursor else {
      message = "Nothing to follow here"
      return
    }
    follow(link.target)
  }

  mutating func follow(_ target: LinkTarget) {
    switch target {
    case .citation(let citation):
      follow(citation)
    case .footnote(let marker, _):
      refreshNotes()
      if let stop = footnoteStops[marker] {
        notes.cursor = stop
        notes.revealCursor(height: notesGeometry.height, atTop: true)
      }
      focus = .notes
    case .paragraph(let file, let ref):
      if open(.resolution(file: file), paragraph: ref, history: .push) { focus = .viewer }
    case .open(let location, let ref):
      if open(location, paragraph: ref, history: .push) { focus = .viewer }
    }
  }

  private mutating func follow(_ citation: Citation) {
    switch citation.kind {
    case .resolution:
      guard let target = citation.target, let id = ResolutionID(target) else {
        message = "Cannot tell which resolution “\(citation.text)” means"
        return
      }
      if let file = citation.resolved ?? source.file(withID: id) {
        guard open(.resolution(file: file), paragraph: citation.resolvedParagraph, history: .push) else { return }
        if citation.resolvedParagraph == nil, let pinpoint = citation.pinpoint {
          message = "\(pinpoint) of \(id) was not found; showing it from the top"
        }
      } else if snapshot.absent(id) != nil || source.absentResolution(id) != nil {
        open(.absent(id), paragraph: nil, history: .push)
      } else {
        message = "\(id) is not in the corpus"
      }
      focus = .viewer
    case .internal:
      guard let ref = citation.resolvedParagraph ?? citation.target else {
        message = "Cannot tell which paragraph “\(citation.text)” means"
        return
      }
      jump(to: ref)
    case .document:
      message = "\(citation.target ?? citation.text) is a document, not a resolution: nothing to open"
    case .decision:
      message = "\(citation.target ?? citation.text) is a decision, not a resolution: nothing to open"
    case .self:
      message = "“\(citation.text)” is this resolution"
    }
  }

  // MARK: - Finding

  mutating func find(_ query: String, forward: Bool) {
    guard !query.isEmpty else {
      message = "Nothing to find: / starts a search"
      return
    }
    if !viewer.find(query, forward: forward, height: viewerGeometry.height) {
      message = "Not found: \(query)"
    }
  }
}
