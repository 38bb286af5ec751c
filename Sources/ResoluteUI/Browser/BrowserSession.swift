import ResolutionKit

/// The browser: a resolution list, a clause viewer, a footnote resolver, a status line with the history trail, and a
/// help overlay. Pure: `handle` turns a key into a new state, `render` draws the state into cells. No I/O.
///
/// A key goes first through the modal layers open over the panes (`layers`: help, prompt, mark key, long work), from
/// the top down, each consuming it or letting it pass (BrowserSession+Layers.swift); at the panes, keys are mapped to
/// commands by `Keymap` and `perform` (the reducer, in BrowserSession+Commands.swift) acts on them. Each pane draws
/// itself from this state into its rectangle of the buffer (Panes/), then the layers draw over them, bottom first.
public struct BrowserSession: TerminalApplication {
  /// Where resolutions come from: parsed on demand, listed by summaries, possibly still filling.
  let source: any CorpusSource
  /// The source's list and lookups at the revision shown.
  var snapshot: CorpusSnapshot
  /// Whether the source is still filling, its progress, and an `--open` target waiting for it.
  var filling: SourceFilling
  let capabilities: TerminalCapabilities
  let presentation: Presentation

  /// The terminal size the layout is computed for (updated by `Key.resize`).
  public private(set) var width: Int
  public private(set) var height: Int
  /// The pane keys act on (and, below 60 columns, the pane shown).
  public internal(set) var focus: Pane = .list {
    // The notes in reading mode are shown by going to them (Alt-3, a footnote marker followed) as by `_`.
    didSet { if focus == .notes, isReading { readingNotes = true } }
  }
  var list: ResolutionList
  var viewer: DocumentView
  var notes = NotesPane()
  /// The resolution the viewer shows, parsed once when opened (the footnote pane reads it on every cursor move).
  var shownResolution: Resolution?
  /// How many other resolutions cite the one shown, for the file and source revision it was counted at.
  var citingCount: (file: String, revision: Int, count: Int)?
  var history = History()
  /// The `/` find and the corpus-wide search's terms the viewer highlights.
  var highlights = ViewerHighlights()
  /// Corpus-wide search results, shown in the list pane instead of the resolution list while non-nil.
  var searchResults: SearchResultsList?
  /// The results are the current history item (the trail ends with `Search: …`), not the viewer's document.
  var isSearchCurrent = false
  /// Reading mode (`z`): the list is hidden and the text spans the screen.
  public internal(set) var isReading = false
  /// Reading mode shows the notes pane beneath the text (`_`, `+`, going to the notes); without it the text fills the
  /// whole screen, as a pager's does. Kept when reading mode is left, for the next time.
  public internal(set) var readingNotes = false
  /// A one-shot message on the status line (errors, "not found"); cleared by the next key.
  public internal(set) var message: String?
  /// The modal layers open over the panes (help, prompt, mark key, long work), which keys pass through first.
  var layers = LayerStack()
  /// The standard keys with the reader's config on top.
  let keymap: Keymap
  /// Marks and places visited, kept across sessions: the executable saves it whenever `stateRevision` moves.
  public internal(set) var readerState: ReaderState
  public internal(set) var stateRevision = 0
  /// The last reference copied with `y`, for the backend to hand to the terminal's clipboard.
  public internal(set) var clipboard: Clipboard?
  /// The last program asked for (`v`, `|`, `\`), for the backend to run when its serial moves.
  public internal(set) var externalCommand: ExternalCommand?
  /// The lines entered at each prompt, kept across sessions: the executable saves them when the revision moves.
  public internal(set) var promptHistory = PromptHistory()
  public internal(set) var promptHistoryRevision = 0
  /// Where the last jump (link, `:`, mark, opening) started, for `''`.
  var lastJumpedFrom: HistoryEntry?
  /// The count typed before a command and the command the last key gave.
  var keyInput = KeyInput()
  /// True while `init` opens the first page, which is not a visit the reader chose.
  var isStarting = true
  /// Where `init` (or a target waited for) put the viewer: while the reader has not moved from it, leaving it must not
  /// overwrite the position saved for that place in an earlier session.
  var openedAutomatically: HistoryEntry?
  /// Series found across the corpus, built on the first `t` or `d` and again when the source's list changes.
  var seriesIndex: (revision: Int, index: SeriesIndex)?
  /// Whether long work is handed to the backend, and the work of the key being handled (BrowserSession+Pending.swift).
  var deferral = WorkDeferral()

  /// Builds the browser on a corpus parsed into memory.
  public init(
    corpus: Corpus, capabilities: TerminalCapabilities, width: Int, height: Int, open: String? = nil,
    config: ReaderConfig = .standard, state: ReaderState = ReaderState()
  ) {
    self.init(
      source: LoadedCorpus(corpus), capabilities: capabilities, width: width, height: height, open: open,
      config: config, state: state)
  }

  /// Builds the browser on `source`, which may still be filling: the first screen shows what it lists now, and
  /// `Key.tick` brings in the rest.
  /// - Parameters:
  ///   - capabilities: what the terminal can show (Unicode, colours, mouse).
  ///   - width, height: the terminal size.
  ///   - open: a target such as `GA 55/64` or `GA 55/64#7` to start at; when it names nothing, the browser starts at
  ///     the first resolution and says so on the status line (or, while the source fills, waits for it).
  ///   - notice: a line for the status line of the first screen (e.g. that a damaged index is being rebuilt).
  ///   - config: keys and colours from the reader's config file; its first problem is said on the first screen.
  ///   - state: marks and places visited in earlier sessions.
  ///   - promptHistory: the lines entered at the prompts in earlier sessions (Up brings them back).
  public init(
    source: any CorpusSource, capabilities: TerminalCapabilities, width: Int, height: Int, open: String? = nil,
    notice: String? = nil, config: ReaderConfig = .standard, state: ReaderState = ReaderState(),
    promptHistory: PromptHistory = PromptHistory(), defersLongWork: Bool = false
  ) {
    self.source = source
    deferral = WorkDeferral(isOn: defersLongWork)
    self.promptHistory = promptHistory
    keymap = Keymap(config: config)
    readerState = state
    filling = SourceFilling(lookingAt: source)
    snapshot = CorpusSnapshot(source)
    self.capabilities = capabilities
    presentation = Presentation(capabilities: capabilities)
    self.width = max(0, width)
    self.height = max(0, height)
    list = ResolutionList(snapshot: snapshot)
    viewer = DocumentView(document: ViewerDocument(location: nil, heading: "No resolution"), width: 0)
    let explicit = open.map { !$0.trimmedSpaces.isEmpty } ?? false
    if !explicit, resumeLastPlace() {
      focus = .viewer
    } else if let row = list.selectedRow {
      self.open(row.location, paragraph: nil, history: .reset)
    } else {
      showEmptyViewer()
    }
    message = notice ?? config.problems.first.map(Self.configNotice)
    if let target = open, !target.trimmedSpaces.isEmpty {
      let goto = GotoTarget(target)
      if !filling.isComplete, !goto.id.isEmpty, goto.location(in: source, snapshot: snapshot) == nil {
        filling.pendingOpen = target
        message = "Waiting for \(goto.id): the list is still filling"
      } else {
        // Opening the target may be long (a huge file): with `defersLongWork` it is done apart, after the first
        // screen is shown, and q and Esc work meanwhile.
        isStarting = false
        openedAutomatically = currentEntry
        _ = perform(.openAtStart(target), prepared: [])
      }
    }
    isStarting = false
    if !layers.contains(.longWork) { openedAutomatically = currentEntry }
    refresh()
  }

  /// Goes to the target the browser was started at, as the start does (no visit recorded for it).
  mutating func openAtStartNow(_ target: String) {
    isStarting = true
    if goto(target, history: .reset) { focus = .viewer }
    isStarting = false
    openedAutomatically = currentEntry
  }

  /// Opens the last place of the last session at its paragraph; false when there is none or it has gone.
  private mutating func resumeLastPlace() -> Bool {
    guard let place = readerState.recent.last, let location = place.location else { return false }
    if case .resolution(let file) = location, snapshot.displayID(file: file) == nil,
      source.resolution(file: file) == nil
    {
      return false
    }
    return self.open(location, paragraph: place.ref, history: .reset)
  }

  /// The first problem of the config file, short enough for the status line (the executable prints them all after).
  static func configNotice(_ problem: ConfigProblem) -> String {
    let name = problem.file.split(separator: "/").last.map(String.init) ?? problem.file
    let reason = problem.message.split(separator: ";", maxSplits: 1).first.map(String.init) ?? problem.message
    return "\(name) line \(problem.line): \(reason) (listed on quit)"
  }

  /// The viewer when nothing is listed (yet).
  mutating func showEmptyViewer() {
    var empty = ViewerDocument(location: nil, heading: "No resolution")
    let text =
      filling.isComplete
      ? "The corpus has no resolutions." : "No resolutions yet: the list fills while the folder is read."
    empty.append(DocumentBlock(cells: presentation.cells(text, presentation.theme.dim)))
    viewer = DocumentView(document: empty, width: viewerGeometry.width)
    shownResolution = nil
  }

  public var wantsTicks: Bool { !filling.isComplete }

  /// Set by the backend that runs `pendingWork` on a thread of its own: long work found while a key is handled is then
  /// handed to it instead of being done at once (BrowserSession+Pending.swift). Off, everything is done during the key.
  public var defersLongWork: Bool {
    get { deferral.isOn }
    set { deferral.isOn = newValue }
  }

  // MARK: - The protocol

  /// Handles `key` now, doing any long work it needs during the call (unless `deferral` says to defer it): the modal
  /// layers get it first, from the top down, and the panes when every layer lets it pass (BrowserSession+Layers.swift).
  mutating func handleNow(_ key: Key) -> ApplicationResponse {
    // The reader has moved on (a key not held for long work): a target that was still being waited for would now pull
    // them away.
    if !key.isTerminalEvent, !layers.contains(.longWork) { filling.pendingOpen = nil }
    if !key.isTerminalEvent { filling.followsEnd = false }
    let shownBefore = viewer.document.location
    let response = dispatch(key)
    // The bare text of reading mode has no title row: a page it turns to says what it is, once, over the last row (the
    // trail, and the page's heading where that says more than the trail's last item).
    if isReading, !readingNotes, viewer.document.location != shownBefore, message == nil, layers.layers.isEmpty {
      let heading = viewer.document.heading
      message = heading == trail.last ? "" : heading
      return .redraw
    }
    return response
  }

  /// The base under every layer: the terminal's events, then the keys of the panes.
  mutating func handleInPanes(_ key: Key) -> ApplicationResponse {
    if case .resize(let newWidth, let newHeight) = key {
      width = max(0, newWidth)
      height = max(0, newHeight)
      refresh()
      viewer.revealCursor(height: viewerGeometry.height)
      return .redraw
    }
    if key == .redraw { return .redraw }
    if key == .tick { return tick() }
    if key == .delete, viewer.document.location == .bookmarks, focus == .viewer {
      forgetBookmarkUnderCursor()
      return .redraw
    }
    let hadMessage = message != nil
    message = nil
    let response: ApplicationResponse
    switch key {
    case .mouseClick(let x, let y): response = click(x: x, y: y)
    case .mouseWheelUp(let x, let y): response = wheel(-3, x: x, y: y)
    case .mouseWheelDown(let x, let y): response = wheel(3, x: x, y: y)
    case .character(let digit) where keymap.command(for: key) == nil && keyInput.takes(digit: digit):
      keyInput.type(digit: digit)
      return .redraw
    default:
      guard let command = keymap.command(for: key) else {
        keyInput.dropCount()
        return hadMessage ? .redraw : .none
      }
      response = perform(command, count: keyInput.begin(command))
    }
    refresh()
    return response == .none && hadMessage ? .redraw : response
  }

  /// Draws the panes and the status line, then the layers over them from the bottom up.
  public func render(into buffer: inout ScreenBuffer) {
    guard buffer.width > 0, buffer.height > 0 else { return }
    let layout = screenLayout(focus: focus, width: buffer.width, height: buffer.height)
    if let rect = layout.list {
      if let searchResults {
        SearchResultsPane.render(
          searchResults, focused: focus == .list, in: rect, into: &buffer, presentation: presentation)
      } else {
        ResolutionListPane.render(list, focused: focus == .list, in: rect, into: &buffer, presentation: presentation)
      }
    }
    if let column = layout.separatorColumn {
      let rule = presentation.cells(presentation.glyphs.vertical, presentation.theme.border)
      for y in 0..<max(0, buffer.height - 1) { buffer.draw(rule, x: column, y: y, limit: column + 1) }
    }
    if let rect = layout.viewer {
      ClauseViewerPane.render(
        viewer, focused: focus == .viewer, search: highlightPatterns, in: rect, into: &buffer,
        presentation: presentation, showsPercentage: !isReading, bare: layout.isBareText)
    }
    if let rect = layout.notes {
      FootnoteResolverPane.render(
        notes.view, focused: focus == .notes, in: rect, into: &buffer, presentation: presentation)
    }
    let status = paneStatusContent
    // The bare text of reading mode has no status line until there is something to say: then it covers the last row.
    let shaped = layout.status == nil ? statusShaped(status) : status
    let statusRect = layout.status ?? (shaped.message != nil || shaped.prompt != nil ? layout.statusOverlay : nil)
    if let statusRect {
      StatusLinePane.render(status, in: statusRect, into: &buffer, presentation: presentation)
    }
    renderLayers(status: status, in: statusRect, into: &buffer)
  }

  // MARK: - What tests and the backend can read

  /// The history trail, oldest first, the current item last: `["GA 55/64", "GA 46/152 (absent)", "ECOSOC 1992/22"]`.
  public var trail: [String] {
    history.back.map(label(of:)) + (currentItem.map { [label(of: $0)] } ?? [])
  }

  /// The trail as the status line writes it: `GA 55/64 › GA 46/152 (absent) › ECOSOC 1992/22` (`>` without UTF-8).
  public var trailText: String { trail.joined(separator: presentation.glyphs.trailSeparator) }

  /// The status line as drawn at the current width, trailing spaces removed.
  public var statusLine: String {
    var buffer = ScreenBuffer(width: width, height: 1)
    StatusLinePane.render(
      statusContent, in: Rect(x: 0, y: 0, width: width, height: 1), into: &buffer,
      presentation: presentation)
    return buffer.lines.first.map { String($0.reversed().drop { $0 == " " }.reversed()) } ?? ""
  }

  /// What the viewer shows.
  public var location: Location? { viewer.document.location }

  /// The reference of the paragraph under the viewer's cursor (`PP5`, `IV.3(h)`, `fn2`, `title`).
  public var cursorParagraph: String? { viewer.cursorRef }

  /// The selected link in the viewer and where it leads.
  public var selectedLink: (label: String, target: LinkTarget)? {
    guard let index = viewer.selectedLink else { return nil }
    let link = viewer.document.links[index]
    return (link.label, link.target)
  }

  /// Every link of the viewer's document in reading order (labels), for tests and the backend's accessibility.
  public var linkLabels: [String] { viewer.document.links.map(\.label) }

  /// The whole viewer document as wrapped at the current width, one string per line (not just the visible part).
  public var documentLines: [String] { viewer.wrapped.lines.map { $0.cells.plainText } }

  /// The footnote pane's content as wrapped at its current width.
  public var notesLines: [String] { notes.view.wrapped.lines.map { $0.cells.plainText } }

  /// Whether the list pane shows corpus-wide search results.
  public var isShowingSearchResults: Bool { searchResults != nil }

  /// The corpus-wide search results shown, as `GA 55/64#PP3`, in order.
  public var searchResultLabels: [String] { searchResults?.hits.map { "\($0.displayID)#\($0.ref)" } ?? [] }

  /// The selected search result, as `GA 55/64#PP3`.
  public var selectedSearchResult: String? { searchResults?.selectedHit.map { "\($0.displayID)#\($0.ref)" } }

  /// The words highlighted in the viewer (the `/` find, and the terms of the search a result was opened from).
  public var highlightedTerms: [String] { highlights.terms }

  /// What the viewer highlights: the `/` find as `n` matches it (a regular expression too), the corpus-wide search's
  /// words as they are.
  var highlightPatterns: [SearchPattern] { highlights.patterns }

  /// The ids shown in the list, in order.
  public var listedIDs: [String] { list.rows.map(\.id) }

  /// The id of the selected row of the list.
  public var selectedListID: String? { list.selectedRow?.id }

  /// The text being typed on the status line (`/crime`, `:GA 55/64`), if any.
  public var promptText: String? { layers.prompt.map { $0.leader + $0.text } }

  /// Where the prompt's cursor is, in characters of `promptText`.
  public var promptCursor: Int? { layers.prompt.map { $0.leader.count + $0.cursor } }

  /// Whether the help overlay is open.
  public var isHelpVisible: Bool { layers.contains(.help) }

  /// How the list is sorted and whether absent resolutions are listed.
  public var listSort: ListSort { list.sort }
  public var showsAbsentResolutions: Bool { list.showAbsent }

  // MARK: - Geometry

  /// Width and height of the viewer's text area (as when the viewer is shown).
  var viewerGeometry: (width: Int, height: Int) {
    guard let text = screenLayout(focus: .viewer).viewerText else { return (0, 0) }
    return (max(0, text.body.width - text.gutter), text.body.height)
  }

  var notesGeometry: (width: Int, height: Int) { geometry(of: screenLayout(focus: .notes).notes) }

  /// Where the panes are with `focus` (the current one when nil), at the terminal's size or the one given.
  func screenLayout(focus: Pane? = nil, width: Int? = nil, height: Int? = nil) -> ScreenLayout {
    ScreenLayout(
      width: width ?? self.width, height: height ?? self.height, focus: focus ?? self.focus, reading: isReading,
      bare: isReading && !readingNotes, notesRows: notes.rows, wideList: searchResults != nil)
  }

  private func geometry(of pane: Rect?) -> (width: Int, height: Int) {
    guard let pane else { return (0, 0) }
    let body = ScreenLayout.body(of: pane)
    return (max(0, body.width - ScreenLayout.gutterWidth(forPaneWidth: body.width)), body.height)
  }

  /// Rows of the list as it is shown (or would be, out of reading mode), so its scroll stays sensible.
  var listVisibleRows: Int {
    guard let rect = ScreenLayout(width: width, height: height, focus: .list, wideList: searchResults != nil).list else { return 0 }
    return ScreenLayout.body(of: rect).height / ResolutionListPane.rowHeight(forWidth: rect.width)
  }

  /// Search results the list pane has room for.
  var visibleSearchHits: Int {
    guard let rect = ScreenLayout(width: width, height: height, focus: .list, wideList: searchResults != nil).list else { return 0 }
    return ScreenLayout.body(of: rect).height / SearchResultsPane.rowsPerHit
  }

  /// Re-wraps for the current size, rebuilds the footnote pane when the cursor changed paragraph, clamps scrolling.
  mutating func refresh() {
    let geometry = viewerGeometry
    viewer.setWidth(geometry.width)
    viewer.clampScroll(height: geometry.height)
    refreshNotes()
    list.reveal(visibleRows: listVisibleRows)
    let visibleHits = visibleSearchHits
    searchResults?.reveal(visibleHits: visibleHits)
  }

  mutating func refreshNotes(force: Bool = false) {
    let shownFor = NotesPane.Source(location: viewer.document.location, block: viewer.cursorBlock)
    let geometry = notesGeometry
    if force || shownFor != notes.builtFor {
      let built = FootnoteResolverDocument.build(
        for: viewer.document, block: viewer.cursorBlock, resolution: shownResolution,
        citingResolutions: citingResolutionCount(), source: source, snapshot: snapshot, presentation: presentation)
      notes.show(built, for: shownFor, width: geometry.width)
    } else {
      notes.view.setWidth(geometry.width)
    }
    notes.view.clampScroll(height: geometry.height)
  }

  /// How many other resolutions of the corpus cite the one shown (the notes pane's `cited by N` line): counted once
  /// per resolution and revision, not on every cursor move.
  mutating func citingResolutionCount() -> Int {
    guard case .resolution(let file) = viewer.document.location, let resolution = shownResolution,
      resolution.file == file, resolution.id != nil
    else { return 0 }
    if let cached = citingCount, cached.file == file, cached.revision == snapshot.revision { return cached.count }
    let count = Self.citingResolutionCount(of: resolution, source: source)
    citingCount = (file, snapshot.revision, count)
    return count
  }

  /// How many other resolutions of the corpus cite `resolution`. A loaded corpus reads every citation of it, so it is
  /// counted with the page, apart from the key loop.
  static func citingResolutionCount(of resolution: Resolution, source: any CorpusSource) -> Int {
    guard let id = resolution.id else { return 0 }
    return source.citingFileCount(of: id, excluding: resolution.file)
  }

  /// `GA 55/64`, `GA 46/152 (absent)`.
  func label(of location: Location) -> String {
    switch location {
    case .resolution(let file):
      snapshot.displayID(file: file) ?? (shownResolution?.file == file ? shownResolution?.displayID : nil) ?? file
    case .absent(let id): "\(id) (absent)"
    case .bookmarks: "Bookmarks"
    case .compare(let old, let new): "\(label(of: .resolution(file: old))) \(presentation.glyphs.arrow) \(label(of: .resolution(file: new)))"
    case .reuse(let file, let ref): "Reuse \(label(of: .resolution(file: file)))#\(ref)"
    case .series(let file, let id): "Series \(file.map { label(of: .resolution(file: $0)) } ?? id?.description ?? "")"
    case .citedBy(let file): "Cited by: \(label(of: .resolution(file: file)))"
    case .source(let file): "Source: \(label(of: .resolution(file: file)))"
    }
  }

  /// `GA 55/64`, `Search: torture`.
  func label(of item: HistoryItem) -> String {
    switch item {
    case .document(let entry): label(of: entry.location) + (entry.ref.map { "#\($0)" } ?? "")
    case .search(let results): "Search: \(results.query)"
    }
  }

  /// The status line as the panes have it: the trail, the hints for the focus, and the count being typed or the
  /// message. The layers over the panes change it (`statusContent`).
  var paneStatusContent: StatusLinePane.Content {
    var hints = StatusLinePane.hints(
      for: focus, split: width >= ScreenLayout.splitMinimumWidth, reading: isReading,
      searchResults: searchResults != nil, keymap: keymap)
    if let progress = filling.progress { hints = progress + "  " + hints }
    return StatusLinePane.Content(
      trail: trail, prompt: nil, promptCursor: nil, message: keyInput.count.map { "Count \($0)" } ?? message,
      hints: hints)
  }
}
