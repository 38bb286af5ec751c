import ResolutionKit

/// The browser: a resolution list, a clause viewer, a footnote resolver, a status line with the history trail, and a
/// help overlay. Pure: `handle` turns a key into a new state, `render` draws the state into cells. No I/O.
///
/// Keys are mapped to commands by `Keymap`; `perform` (the reducer, in BrowserSession+Commands.swift) acts on them.
/// Each pane draws itself from this state into its rectangle of the buffer (Panes/).
public struct BrowserSession: TerminalApplication {
  /// Where resolutions come from: parsed on demand, listed by summaries, possibly still filling.
  let source: any CorpusSource
  /// The source's list and lookups at the revision shown.
  var snapshot: CorpusSnapshot
  /// Whether the source had finished filling at the last look; ticks are wanted until it has.
  var isSourceComplete: Bool
  /// The source's progress line while it fills (`indexing 3,200 of 10,000 files`).
  var sourceProgress: String?
  /// Ticks since the list was last rebuilt from the source (big lists are rebuilt every few ticks only).
  var ticksSinceListRebuild = 0
  let capabilities: TerminalCapabilities
  let presentation: Presentation

  /// The terminal size the layout is computed for (updated by `Key.resize`).
  public private(set) var width: Int
  public private(set) var height: Int
  /// The pane keys act on (and, below 60 columns, the pane shown).
  public internal(set) var focus: Pane = .list
  var list: ResolutionList
  var viewer: DocumentView
  var notes: DocumentView
  /// What the footnote pane was built for, so it is rebuilt only when the cursor moves to another paragraph.
  var notesSource: NotesSource?
  /// The footnote pane's entry for each footnote marker of the paragraph under the cursor.
  var footnoteStops: [String: Int] = [:]
  /// The resolution the viewer shows, parsed once when opened (the footnote pane reads it on every cursor move).
  var shownResolution: Resolution?
  /// How many other resolutions cite the one shown, for the file and source revision it was counted at.
  var citingCount: (file: String, revision: Int, count: Int)?
  var history = History()
  var prompt: Prompt?
  /// The last text searched for with `/` in the viewer (highlighted, and what `n`/`N` look for).
  var lastSearch = ""
  /// More words highlighted in the viewer: the other terms of the corpus-wide search a result was opened from.
  var searchTerms: [String] = []
  /// Corpus-wide search results, shown in the list pane instead of the resolution list while non-nil.
  var searchResults: SearchResultsList?
  /// The results are the current history item (the trail ends with `Search: …`), not the viewer's document.
  var isSearchCurrent = false
  /// Reading mode (`z`): the list is hidden and the text spans the screen.
  public internal(set) var isReading = false
  /// An `--open` target not in the source yet: opened when the filling source lists it, unless the reader moved on.
  var pendingOpen: String?
  /// A one-shot message on the status line (errors, "not found"); cleared by the next key.
  public internal(set) var message: String?
  public internal(set) var isHelpVisible = false
  var helpScroll = 0
  /// The standard keys with the reader's config on top.
  let keymap: Keymap
  /// Marks and places visited, kept across sessions: the executable saves it whenever `stateRevision` moves.
  public internal(set) var readerState: ReaderState
  public internal(set) var stateRevision = 0
  /// The last reference copied with `y`, for the backend to hand to the terminal's clipboard.
  public internal(set) var clipboard: Clipboard?
  /// The last program asked for (`v`, `|`, `\`), for the backend to run when its serial moves.
  public internal(set) var externalCommand: ExternalCommand?
  /// `m` or `'` pressed, waiting for the mark's name.
  var pendingKey: PendingKey?
  /// The lines entered at each prompt, kept across sessions: the executable saves them when the revision moves.
  public internal(set) var promptHistory = PromptHistory()
  public internal(set) var promptHistoryRevision = 0
  /// Where the last jump (link, `:`, mark, opening) started, for `''`.
  var lastJumpedFrom: HistoryEntry?
  /// The footnote pane's height as the reader set it with `+` and `-` (0: hidden with `_`); nil for the standard.
  var notesRows: Int?
  /// The command the last key gave, so `y` pressed twice can copy the short form.
  var previousCommand: Command?
  var lastCommandWasCopy = false
  /// Digits typed before a command, as in less and vim (`5j`, `10G`, `50%`); nil when none.
  var count: Int?
  /// True while `init` opens the first page, which is not a visit the reader chose.
  var isStarting = true
  /// Where `init` (or a target waited for) put the viewer: while the reader has not moved from it, leaving it must not
  /// overwrite the position saved for that place in an earlier session.
  var openedAutomatically: HistoryEntry?
  /// Series found across the corpus, built on the first `t` or `d` and again when the source's list changes.
  var seriesIndex: (revision: Int, index: SeriesIndex)?
  /// Set by the backend that runs `pendingWork` on a thread of its own: long work found while a key is handled is then
  /// handed to it instead of being done at once (BrowserSession+Pending.swift). Off, everything is done during the key.
  public var defersLongWork = false
  /// The key waiting for long work, with what is being computed (the status line says it; Esc drops it).
  var pendingJob: PendingJob?
  var lastJobID = 0
  /// While a key is handled: whether long work may be deferred, the work asked for, the results ready for the key.
  var keyWork = KeyWork()

  struct NotesSource: Hashable, Sendable {
    var location: Location?
    var block: Int?
  }

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
    self.defersLongWork = defersLongWork
    self.promptHistory = promptHistory
    keymap = Keymap(config: config)
    readerState = state
    // Completeness first: a source that completes while the list is read is then looked at again on the next tick.
    isSourceComplete = source.isComplete
    sourceProgress = isSourceComplete ? nil : source.progress
    snapshot = CorpusSnapshot(source)
    self.capabilities = capabilities
    presentation = Presentation(capabilities: capabilities)
    self.width = max(0, width)
    self.height = max(0, height)
    list = ResolutionList(snapshot: snapshot)
    viewer = DocumentView(document: ViewerDocument(location: nil, heading: "No resolution"), width: 0)
    notes = DocumentView(document: ViewerDocument(location: nil, heading: "Notes"), width: 0)
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
      if !isSourceComplete, !goto.id.isEmpty, goto.location(in: source, snapshot: snapshot) == nil {
        pendingOpen = target
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
    if pendingJob == nil { openedAutomatically = currentEntry }
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
      isSourceComplete
      ? "The corpus has no resolutions." : "No resolutions yet: the list fills while the folder is read."
    empty.append(DocumentBlock(cells: presentation.cells(text, presentation.theme.dim)))
    viewer = DocumentView(document: empty, width: viewerGeometry.width)
    shownResolution = nil
  }

  public var wantsTicks: Bool { !isSourceComplete }

  // MARK: - The protocol

  /// Handles `key` now, doing any long work it needs during the call (unless `keyWork` says to defer it).
  mutating func handleNow(_ key: Key) -> ApplicationResponse {
    if case .resize(let newWidth, let newHeight) = key {
      width = max(0, newWidth)
      height = max(0, newHeight)
      refresh()
      viewer.revealCursor(height: viewerGeometry.height)
      return .redraw
    }
    if key == .redraw { return .redraw }
    if key == .tick { return tick() }
    // The reader has moved on: a target that was still being waited for would now pull them away.
    pendingOpen = nil
    if isHelpVisible { return handleHelp(key) }
    if prompt != nil { return handlePrompt(key) }
    if let pendingKey { return handlePendingKey(pendingKey, key) }
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
    case .character(let digit) where digit.isASCII && digit.isNumber && keymap.command(for: key) == nil
      && (count != nil || digit != "0"):
      // A count for the next command; capped so a held key cannot overflow it.
      count = min(99_999, (count ?? 0) * 10 + Int(String(digit))!)
      return .redraw
    default:
      guard let command = keymap.command(for: key) else {
        count = nil
        return hadMessage ? .redraw : .none
      }
      let given = count
      count = nil
      lastCommandWasCopy = previousCommand == .copyReference
      previousCommand = command
      response = perform(command, count: given)
    }
    refresh()
    return response == .none && hadMessage ? .redraw : response
  }

  public func render(into buffer: inout ScreenBuffer) {
    guard buffer.width > 0, buffer.height > 0 else { return }
    let layout = ScreenLayout(width: buffer.width, height: buffer.height, focus: focus, reading: isReading, notesRows: notesRows, wideList: searchResults != nil)
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
        presentation: presentation, showsPercentage: !isReading)
    }
    if let rect = layout.notes {
      FootnoteResolverPane.render(notes, focused: focus == .notes, in: rect, into: &buffer, presentation: presentation)
    }
    if let rect = layout.status {
      StatusLinePane.render(statusContent, in: rect, into: &buffer, presentation: presentation)
    }
    if isHelpVisible {
      HelpOverlay.render(
        keymap.help, scroll: helpScroll, in: Rect(x: 0, y: 0, width: buffer.width, height: max(0, buffer.height - 1)),
        into: &buffer, presentation: presentation)
    }
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
  public var notesLines: [String] { notes.wrapped.lines.map { $0.cells.plainText } }

  /// Whether the list pane shows corpus-wide search results.
  public var isShowingSearchResults: Bool { searchResults != nil }

  /// The corpus-wide search results shown, as `GA 55/64#PP3`, in order.
  public var searchResultLabels: [String] { searchResults?.hits.map { "\($0.displayID)#\($0.ref)" } ?? [] }

  /// The selected search result, as `GA 55/64#PP3`.
  public var selectedSearchResult: String? { searchResults?.selectedHit.map { "\($0.displayID)#\($0.ref)" } }

  /// The words highlighted in the viewer (the `/` find, and the terms of the search a result was opened from).
  public var highlightedTerms: [String] {
    var terms: [String] = []
    for term in [lastSearch] + searchTerms where !term.isEmpty {
      if !terms.contains(where: { $0.lowercased() == term.lowercased() }) { terms.append(term) }
    }
    return terms
  }

  /// What the viewer highlights: the `/` find as `n` matches it (a regular expression too), the corpus-wide search's
  /// words as they are.
  var highlightPatterns: [SearchPattern] {
    highlightedTerms.map { $0 == lastSearch ? SearchPattern($0) : SearchPattern(literal: $0) }
  }

  /// The ids shown in the list, in order.
  public var listedIDs: [String] { list.rows.map(\.id) }

  /// The id of the selected row of the list.
  public var selectedListID: String? { list.selectedRow?.id }

  /// The text being typed on the status line (`/crime`, `:GA 55/64`), if any.
  public var promptText: String? { prompt.map { $0.leader + $0.text } }

  /// Where the prompt's cursor is, in characters of `promptText`.
  public var promptCursor: Int? { prompt.map { $0.leader.count + $0.cursor } }

  /// How the list is sorted and whether absent resolutions are listed.
  public var listSort: ListSort { list.sort }
  public var showsAbsentResolutions: Bool { list.showAbsent }

  // MARK: - Geometry

  /// Width and height of the viewer's text area (as when the viewer is shown).
  var viewerGeometry: (width: Int, height: Int) {
    geometry(of: ScreenLayout(width: width, height: height, focus: .viewer, reading: isReading, notesRows: notesRows, wideList: searchResults != nil).viewer)
  }

  var notesGeometry: (width: Int, height: Int) {
    geometry(of: ScreenLayout(width: width, height: height, focus: .notes, reading: isReading, notesRows: notesRows, wideList: searchResults != nil).notes)
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
    let shownFor = NotesSource(location: viewer.document.location, block: viewer.cursorBlock)
    let geometry = notesGeometry
    if force || shownFor != notesSource {
      let built = FootnoteResolverDocument.build(
        for: viewer.document, block: viewer.cursorBlock, resolution: shownResolution,
        citingResolutions: citingResolutionCount(), source: source, snapshot: snapshot, presentation: presentation)
      notes = DocumentView(document: built.document, width: geometry.width)
      footnoteStops = built.footnoteStops
      notesSource = shownFor
    } else {
      notes.setWidth(geometry.width)
    }
    notes.clampScroll(height: geometry.height)
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

  /// How many other resolutions of the corpus cite `resolution`: reads every citation of it, so it is counted with
  /// the page, apart from the key loop, and stops early when that work is cancelled (`WorkCancellation`).
  static func citingResolutionCount(of resolution: Resolution, source: any CorpusSource) -> Int {
    guard let id = resolution.id else { return 0 }
    var citing = Set<String>()
    for (index, edge) in source.citations(of: id).enumerated() {
      if WorkCancellation.shouldStop(at: index) { break }
      if edge.sourceFile != resolution.file { citing.insert(edge.sourceFile) }
    }
    return citing.count
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

  var statusContent: StatusLinePane.Content {
    var hints = StatusLinePane.hints(
      for: focus, split: width >= ScreenLayout.splitMinimumWidth, reading: isReading,
      searchResults: searchResults != nil, keymap: keymap)
    if let sourceProgress { hints = sourceProgress + "  " + hints }
    if let pendingJob {
      let glyph = capabilities.unicode ? "…" : "..."
      return StatusLinePane.Content(
        trail: trail, prompt: nil, promptCursor: nil, message: "\(pendingJob.label)\(glyph) (Esc cancels)",
        hints: hints)
    }
    let waiting = pendingKey.map {
      $0 == .mark
        ? "Mark: type a letter or digit to name it" : "Go to mark: type its letter or digit (' the last place)"
    }
    return StatusLinePane.Content(
      trail: trail, prompt: promptText, promptCursor: promptCursor, message: waiting ?? count.map { "Count \($0)" } ?? message, hints: hints)
  }
}
