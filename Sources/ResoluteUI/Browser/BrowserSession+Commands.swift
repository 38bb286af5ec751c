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

  /// Acts on `command`; `count` is the number typed before it (`5j`, `10G`, `50%`), nil when none was.
  mutating func perform(_ command: Command, count: Int? = nil) -> ApplicationResponse {
    let viewerHeight = viewerGeometry.height
    let notesHeight = notesGeometry.height
    switch command {
    case .quit:
      rememberPosition()
      return .quit
    case .redraw:
      break
    case .toggleHelp:
      layers.push(.help(HelpOverlay()))
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
      for _ in 0..<max(1, count ?? 1) where message == nil { goBack() }
    case .forward:
      for _ in 0..<max(1, count ?? 1) where message == nil { goForward() }
    case .whereAmI:
      message = whereAmI
    case .growNotes, .shrinkNotes:
      // In reading mode the notes come back beneath the text first, at the height they had.
      if isReading, !readingNotes {
        readingNotes = true
        if notes.rows == 0 { notes.rows = nil }
        break
      }
      let step = max(1, count ?? 2) * (command == .growNotes ? 1 : -1)
      notes.resize(by: step, shownRows: notesGeometry.height + 1)
      if focus == .notes, notesGeometry.height == 0 { focus = .viewer }
    case .toggleNotes where isReading:
      readingNotes.toggle()
      if readingNotes, notes.rows == 0 { notes.rows = nil }
      if !readingNotes, focus == .notes { focus = .viewer }
      message = readingNotes ? "Notes shown beneath the text" : "Notes hidden: the text fills the screen"
    case .toggleNotes:
      if notes.toggleHidden() {
        if focus == .notes { focus = .viewer }
        message = "Notes hidden: _ shows them, Alt-3 opens them"
      } else {
        message = "Notes shown"
      }
    case .startSearch:
      if focus == .list, let searchResults {
        // The list pane holds search results: `/` refines the search rather than filtering a hidden list.
        layers.push(.prompt(Prompt(kind: .searchAll, text: searchResults.query)))
      } else {
        layers.push(.prompt(focus == .list ? Prompt(kind: .filter, text: list.filter) : Prompt(kind: .find)))
      }
    case .startGoto:
      layers.push(.prompt(Prompt(kind: .goto)))
    case .startSearchAll:
      // A new search starts empty (Up brings back the last one); `/` over the results refines them instead.
      layers.push(.prompt(Prompt(kind: .searchAll)))
    case .toggleReading:
      toggleReading()
    case .findNext, .findPrevious:
      findAgain(forward: command == .findNext, times: max(1, count ?? 1))
    case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .percent,
      .scrollLineDown, .scrollLineUp:
      move(command, count: count, viewerHeight: viewerHeight, notesHeight: notesHeight)
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
      layers.push(.markKey(MarkKeyLayer(kind: .mark)))
    case .jumpToMark:
      layers.push(.markKey(MarkKeyLayer(kind: .jump)))
    case .showBookmarks:
      if open(.bookmarks, paragraph: nil, history: .push) { focus = .viewer }
    case .copyReference:
      copyReference()
    case .copyParagraph:
      copyParagraph()
    case .editSource, .viewSource:
      runOnSource(command)
    case .startPipe:
      let pipeable: Bool
      switch viewer.document.location {
      case .source: pipeable = true
      case .resolution: pipeable = shownResolution != nil
      default: pipeable = false
      }
      guard pipeable else {
        message = "| pipes a paragraph of a resolution: open one first"
        break
      }
      layers.push(.prompt(Prompt(kind: .pipe)))
    case .compare, .reusedLanguage, .series, .citedBy:
      performAcross(command)
    case .cancel:
      if focus == .notes {
        focus = .viewer
      } else if focus == .viewer, case .search? = history.back.last {
        // A result opened from a corpus-wide search: Esc returns to the results in the list, as Backspace does.
        goBack()
      } else if focus == .list, searchResults != nil {
        closeSearchResults()
      } else if !highlights.find.isEmpty {
        highlights.clear()
      } else if viewer.selectedLink != nil {
        viewer.selectedLink = nil
      } else if !list.filter.isEmpty {
        list.filter = ""
      }
    }
    return .redraw
  }

  private mutating func move(_ command: Command, count: Int?, viewerHeight: Int, notesHeight: Int) {
    switch focus {
    case .list where searchResults != nil:
      let current = searchResults?.selected ?? 0
      let page = visibleSearchHits
      func target(_ total: Int) -> Int { Self.row(command, count: count, current: current, total: total, page: page) }
      // Past the first results: the rest come in before the move is made.
      guard moreSearchResults(beforeMovingTo: target(searchResults?.hits.count ?? 0)) else { return }
      let moved = target(searchResults?.hits.count ?? 0)
      searchResults?.move(by: moved - current)
      previewSelectedHit()
    case .list:
      let current = list.selected
      let target = Self.row(command, count: count, current: current, total: list.rows.count, page: listVisibleRows)
      list.move(by: target - current)
      if command == .bottom, count == nil, !filling.isComplete { filling.followsEnd = true }
    case .viewer:
      move(&viewer, command, count: count, height: viewerHeight)
    case .notes:
      move(&notes.view, command, count: count, height: notesHeight)
    }
  }

  /// Where a movement takes a list's selection: counts repeat a move, `10G` is row 10, `50%` half way down.
  static func row(_ command: Command, count: Int?, current: Int, total: Int, page visible: Int) -> Int {
    let times = max(1, count ?? 1)
    let page = max(1, visible - 1)
    let target: Int
    switch command {
    case .moveDown, .scrollLineDown: target = current + times
    case .moveUp, .scrollLineUp: target = current - times
    case .pageDown: target = current + page * times
    case .pageUp: target = current - page * times
    case .halfPageDown: target = current + max(1, visible / 2) * times
    case .halfPageUp: target = current - max(1, visible / 2) * times
    case .top: target = count.map { $0 - 1 } ?? 0
    case .bottom: target = count.map { $0 - 1 } ?? total - 1
    default: target = (total - 1) * min(100, count ?? 0) / 100
    }
    return min(max(0, target), max(0, total - 1))
  }

  private func move(_ view: inout DocumentView, _ command: Command, count: Int?, height: Int) {
    let times = min(max(1, count ?? 1), 10_000)
    switch command {
    case .moveDown: for _ in 0..<times { view.moveDown(height: height) }
    case .moveUp: for _ in 0..<times { view.moveUp(height: height) }
    case .pageDown: for _ in 0..<times { view.page(1, height: height) }
    case .pageUp: for _ in 0..<times { view.page(-1, height: height) }
    case .halfPageDown: for _ in 0..<times { view.halfPage(1, height: height) }
    case .halfPageUp: for _ in 0..<times { view.halfPage(-1, height: height) }
    // `10g`, `10G`: line 10, as in less.
    case .top: if let count { view.goToLine(count - 1, height: height) } else { view.top(height: height) }
    case .bottom: if let count { view.goToLine(count - 1, height: height) } else { view.bottom(height: height) }
    case .percent: view.goToLine(view.wrapped.lines.count * min(100, count ?? 0) / 100, height: height)
    case .scrollLineDown: view.scrollLines(times, height: height)
    default: view.scrollLines(-times, height: height)
    }
  }

  // MARK: - Opening things

  private mutating func openSelectedRow() {
    if searchResults != nil { return openSelectedSearchResult() }
    guard let row = list.selectedRow else {
      message = list.filter.isEmpty ? "The list is empty" : "No resolution matches “\(list.filter)”"
      return
    }
    if open(row.location, paragraph: nil, history: .push) { focus = .viewer }
  }

  /// Shows `location` in the viewer, landing on `paragraph` when given. False (with a message) when it cannot.
  ///
  /// Opening the page already shown adds nothing to the history (a paragraph of it is a jump within it). With
  /// `requireParagraph` a paragraph that is not there fails the whole opening and the view does not move; without it
  /// the page opens at the top and says so (a link whose pinpoint names a paragraph the text lacks).
  @discardableResult
  mutating func open(
    _ location: Location, paragraph: String?, history mode: HistoryMode, requireParagraph: Bool = false
  ) -> Bool {
    if mode == .push, !isSearchCurrent, viewer.document.location == location {
      // The reader chose this place: it counts as a visit, and its position is theirs to keep.
      openedAutomatically = nil
      if let place = currentPlace, !readerState.recent.contains(where: { $0.location == location }) {
        recordVisit(location, paragraph: place.ref)
      }
      guard let paragraph else {
        message = "Already at \(label(of: location))"
        return true
      }
      return jump(to: paragraph)
    }
    let geometry = viewerGeometry
    guard let made = makeView(location, width: geometry.width) else {
      // A page that said why (a file that cannot be read now) keeps its reason.
      message = message ?? "\(label(of: location)) cannot be shown"
      return false
    }
    var view = made.view
    let resolution = made.resolution
    let landed = paragraph.map { view.land(on: $0, height: geometry.height) } ?? true
    if !landed, requireParagraph, let paragraph {
      message = "\(label(of: location)) has no paragraph \(paragraph)"
      return false
    }
    rememberPosition()
    switch mode {
    case .push:
      if let item = currentItem {
        history.back.append(item)
        if case .document(let entry) = item { lastJumpedFrom = entry }
      }
      history.forward.removeAll()
    case .reset:
      history = History()
    case .replace:
      break
    }
    isSearchCurrent = false
    shownResolution = resolution
    viewer = view
    if !landed, let paragraph {
      message = "\(label(of: location)) has no paragraph \(paragraph); showing it from the top"
    }
    list.select(location)
    refreshNotes(force: true)
    if mode != .replace { recordVisit(location, paragraph: landed ? paragraph.flatMap { _ in viewer.cursorRef } : nil) }
    return true
  }

  /// The page for `location` laid out at `width`, and the resolution it shows. Pages read from the corpus (a file
  /// parsed, a comparison, citations gathered) are long work: with `defersLongWork` they are built apart.
  mutating func makeView(_ location: Location, width: Int) -> (view: DocumentView, resolution: Resolution?)? {
    switch location {
    case .resolution, .absent, .compare, .reuse, .citedBy:
      let (source, snapshot, presentation) = (self.source, self.snapshot, presentation)
      let page = longWork(.page(location, width: width), label: Self.workLabel(opening: label(of: location))) {
        let made = Self.corpusPage(location, source: source, snapshot: snapshot, presentation: presentation).map {
          (view: DocumentView(document: $0.document, width: width), resolution: $0.resolution)
        }
        // The notes pane's `cited by N` reads every citation of the resolution: counted here, apart, not on the key.
        let citing = made?.resolution.map { Self.citingResolutionCount(of: $0, source: source) }
        return PreparedPage(made: made, citingResolutions: citing)
      }
      if case .resolution(let file) = location, let count = page?.citingResolutions {
        citingCount = (file, snapshot.revision, count)
      }
      return page?.made
    case .source(let file):
      // Reading and laying out a whole source file is long work too (`\`).
      let (label, presentation) = (label(of: .resolution(file: file)), presentation)
      let page = longWork(.page(location, width: width), label: Self.workLabel(opening: "the source of " + label)) {
        switch RawSourceText.read(file: file, limit: SourcePage.byteLimit) {
        case .success(let text):
          let document = SourcePage.build(file: file, label: label, text: text, presentation: presentation)
          return PreparedPage(made: (DocumentView(document: document, width: width), nil))
        case .failure(let error):
          return PreparedPage(made: nil, problem: error.description)
        }
      }
      if let problem = page?.problem { message = problem }
      return page?.made
    case .bookmarks, .series:
      return makeDocument(location).map { (DocumentView(document: $0.0, width: width), $0.1) }
    }
  }

  /// `opening GA 55/64`, short enough for the status line.
  static func workLabel(opening name: String) -> String {
    "opening " + (name.count > 50 ? String(name.prefix(49)) + "…" : name)
  }

  /// The page for `location`, and the resolution it shows (parsed now, by the source).
  mutating func makeDocument(_ location: Location) -> (ViewerDocument, Resolution?)? {
    switch location {
    case .resolution, .absent, .compare, .reuse, .citedBy:
      return Self.corpusPage(location, source: source, snapshot: snapshot, presentation: presentation)
    case .bookmarks:
      return (BookmarksPage.build(readerState, snapshot: snapshot, presentation: presentation), nil)
    case .series:
      return makeAcrossDocument(location)
    case .source(let file):
      return sourceDocument(file: file).map { ($0, nil) }
    }
  }

  /// The pages read from the corpus alone: nothing of the session's state, so they can be built apart.
  static func corpusPage(
    _ location: Location, source: any CorpusSource, snapshot: CorpusSnapshot, presentation: Presentation
  ) -> (document: ViewerDocument, resolution: Resolution?)? {
    switch location {
    case .resolution(let file):
      return source.resolution(file: file).map { (ResolutionDocument.build($0, presentation: presentation), $0) }
    case .absent(let id):
      return source.absentResolution(id).map {
        (AbsentResolutionPage.build($0, snapshot: snapshot, presentation: presentation), nil)
      }
    default:
      return acrossPage(location, source: source, snapshot: snapshot, presentation: presentation)
    }
  }

  var currentEntry: HistoryEntry? {
    viewer.document.location.map {
      HistoryEntry(
        location: $0, cursor: viewer.cursor, scroll: viewer.scroll, selectedLink: viewer.selectedLink,
        ref: Self.keptRef(viewer.cursorRef, on: $0))
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
    restorePosition(entry)
  }

  /// Puts the viewer back where `entry` had it (the viewer already shows its page).
  mutating func restorePosition(_ entry: HistoryEntry) {
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
    if let current = currentItem {
      history.forward.append(current)
      if case .document(let here) = current { lastJumpedFrom = here }
    }
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
      // `:5`, `:PP3`, `:IV.3`: a paragraph of the page shown.
      if target.paragraph == nil, viewer.document.location != nil,
        viewer.document.stops.contains(where: { viewer.document.blocks[$0].ref.map(ParagraphInput.key) == ParagraphInput.key(target.id) })
      {
        return jump(to: target.id, remember: mode == .push)
      }
      // An edit distance to every row: at 100,000 rows, seconds; done apart like any long work.
      let source = self.source
      guard let close = longWork(.suggestions(target.id), label: "looking for ids close to \(target.id)", {
        target.suggestions(in: source)
      }) else { return false }
      message =
        "“\(target.id)” is neither in the corpus nor cited by it"
        + (close.isEmpty ? "" : "; did you mean " + close.joined(separator: ", ") + "?")
      return false
    }
    // A `:` jump to a paragraph that is not there goes nowhere; `--open` still opens the resolution, at the top.
    guard open(location, paragraph: target.paragraph, history: mode, requireParagraph: mode == .push) else {
      return false
    }
    focus = .viewer
    return true
  }

  /// Moves to a paragraph of the current document, remembering where we were (unless `remember` is false). Landing
  /// on the paragraph already under the cursor adds nothing; a paragraph that is not there does not move the view.
  @discardableResult
  mutating func jump(to paragraph: String, remember: Bool = true) -> Bool {
    var moved = viewer
    guard moved.land(on: paragraph, height: viewerGeometry.height) else {
      message = "\(viewer.document.location.map(label(of:)) ?? viewer.document.heading) has no paragraph \(paragraph)"
      return false
    }
    focus = .viewer
    if moved.cursor == viewer.cursor, !isSearchCurrent {
      viewer.selectedLink = nil
      viewer.revealCursor(height: viewerGeometry.height)
      return true
    }
    if remember {
      if let item = currentItem {
        history.back.append(item)
        if case .document(let entry) = item { lastJumpedFrom = entry }
      }
      history.forward.removeAll()
    }
    isSearchCurrent = false
    viewer = moved
    return true
  }

  /// `''`: back to the place before the last jump, as in less; pressed again, back again (it toggles).
  mutating func toggleLastPlace() {
    guard let target = lastJumpedFrom else {
      message = "No earlier place yet: '' returns to where the last jump started"
      return
    }
    let here = currentEntry
    if target.location == viewer.document.location, !isSearchCurrent {
      if let item = currentItem { history.back.append(item) }
      history.forward.removeAll()
      restorePosition(target)
    } else {
      guard open(target.location, paragraph: nil, history: .push) else { return }
      restorePosition(target)
    }
    lastJumpedFrom = here
    focus = .viewer
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
    guard let link = notes.view.firstLinkUnderCursor else {
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
      // First the focus: in reading mode, going to the notes is what shows them.
      focus = .notes
      refreshNotes()
      if let stop = notes.footnoteStops[marker] {
        notes.view.cursor = stop
        notes.view.revealCursor(height: notesGeometry.height, atTop: true)
      }
    case .paragraph(let file, let ref):
      if open(.resolution(file: file), paragraph: ref, history: .push) { focus = .viewer }
    case .open(let location, let ref):
      if open(location, paragraph: ref, history: .push) { focus = .viewer }
    }
  }

  private mutating func follow(_ citation: Citation) {
    switch citation.kind {
    case .resolution:
      guard let id = citation.target?.resolution else {
        message = "Cannot tell which resolution “\(citation.text)” means"
        return
      }
      if let file = citation.resolved ?? source.file(withID: id) {
        guard open(.resolution(file: file), paragraph: citation.resolvedParagraph?.description, history: .push) else { return }
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
      guard let ref = citation.resolvedParagraph?.description ?? citation.target?.ownParagraph else {
        message = "Cannot tell which paragraph “\(citation.text)” means"
        return
      }
      jump(to: ref)
    case .document:
      message = "\(citation.target?.description ?? citation.text) is a document, not a resolution: nothing to open"
    case .decision:
      message = "\(citation.target?.description ?? citation.text) is a decision, not a resolution: nothing to open"
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
    guard let found = viewer.find(query, forward: forward, height: viewerGeometry.height) else {
      message = "Pattern not found: \(query)"
      return
    }
    var text = "Match \(found.index) of \(found.total)"
    if found.wrapped { text += forward ? ", search wrapped to the top" : ", search wrapped to the bottom" }
    if found.total == 1, found.wrapped || found.index == found.total { text = "The only match" }
    message = text
  }

  /// `n`, `N`: the next match of the last `/`, or why there is none.
  mutating func findAgain(forward: Bool, times: Int) {
    guard !highlights.find.isEmpty else {
      message = "No search yet: / starts one"
      return
    }
    if focus != .viewer { focus = .viewer }
    for _ in 0..<min(times, 1000) {
      find(highlights.find, forward: forward)
      if message?.hasPrefix("Pattern not found") == true { return }
    }
  }
}
