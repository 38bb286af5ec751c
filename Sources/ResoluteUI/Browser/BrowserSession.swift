import ResolutionKit

/// The browser: a resolution list, a clause viewer, a footnote resolver, a status line with the history trail, and a
/// help overlay. Pure: `handle` turns a key into a new state, `render` draws the state into cells. No I/O.
///
/// Keys are mapped to commands by `Keymap`; `perform` (the reducer, in BrowserSession+Commands.swift) acts on them.
/// Each pane draws itself from this state into its rectangle of the buffer (Panes/).
public struct BrowserSession: TerminalApplication {
  let corpus: Corpus
  let graph: CitationGraph
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
  var history = History()
  var prompt: Prompt?
  /// The last text searched for with `/` in the viewer (highlighted, and what `n`/`N` look for).
  var lastSearch = ""
  /// A one-shot message on the status line (errors, "not found"); cleared by the next key.
  public internal(set) var message: String?
  public internal(set) var isHelpVisible = false
  var helpScroll = 0

  struct NotesSource: Hashable, Sendable {
    var location: Location?
    var block: Int?
  }

  /// Builds the browser on `corpus`.
  /// - Parameters:
  ///   - capabilities: what the terminal can show (Unicode, colours, mouse).
  ///   - width, height: the terminal size.
  ///   - open: a target such as `GA 55/64` or `GA 55/64#7` to start at; when it names nothing, the browser starts at
  ///     the first resolution and says so on the status line.
  public init(corpus: Corpus, capabilities: TerminalCapabilities, width: Int, height: Int, open: String? = nil) {
    self.corpus = corpus
    graph = CitationGraph(corpus: corpus)
    self.capabilities = capabilities
    presentation = Presentation(capabilities: capabilities)
    self.width = max(0, width)
    self.height = max(0, height)
    list = ResolutionList(corpus: corpus, graph: graph)
    viewer = DocumentView(document: ViewerDocument(location: nil, heading: "No resolution"), width: 0)
    notes = DocumentView(document: ViewerDocument(location: nil, heading: "Notes"), width: 0)
    if corpus.resolutions.isEmpty {
      var empty = ViewerDocument(location: nil, heading: "No resolution")
      empty.append(DocumentBlock(cells: presentation.cells("The corpus has no resolutions.", presentation.theme.dim)))
      viewer = DocumentView(document: empty, width: viewerGeometry.width)
    } else if let row = list.selectedRow {
      self.open(row.location, paragraph: nil, history: .reset)
    }
    if let target = open, !target.trimmedSpaces.isEmpty {
      if goto(target, history: .reset) { focus = .viewer }
    }
    refresh()
  }

  // MARK: - The protocol

  public mutating func handle(_ key: Key) -> ApplicationResponse {
    if case .resize(let newWidth, let newHeight) = key {
      width = max(0, newWidth)
      height = max(0, newHeight)
      refresh()
      viewer.revealCursor(height: viewerGeometry.height)
      return .redraw
    }
    if key == .redraw { return .redraw }
    if isHelpVisible { return handleHelp(key) }
    if prompt != nil { return handlePrompt(key) }
    let hadMessage = message != nil
    message = nil
    let response: ApplicationResponse
    switch key {
    case .mouseClick(let x, let y): response = click(x: x, y: y)
    case .mouseWheelUp(let x, let y): response = wheel(-3, x: x, y: y)
    case .mouseWheelDown(let x, let y): response = wheel(3, x: x, y: y)
    default:
      guard let command = Keymap.command(for: key) else { return hadMessage ? .redraw : .none }
      response = perform(command)
    }
    refresh()
    return response == .none && hadMessage ? .redraw : response
  }

  public func render(into buffer: inout ScreenBuffer) {
    guard buffer.width > 0, buffer.height > 0 else { return }
    let layout = ScreenLayout(width: buffer.width, height: buffer.height, focus: focus)
    if let rect = layout.list {
      ResolutionListPane.render(list, focused: focus == .list, in: rect, into: &buffer, presentation: presentation)
    }
    if let column = layout.separatorColumn {
      let rule = presentation.cells(presentation.glyphs.vertical, presentation.theme.border)
      for y in 0..<max(0, buffer.height - 1) { buffer.draw(rule, x: column, y: y, limit: column + 1) }
    }
    if let rect = layout.viewer {
      ClauseViewerPane.render(
        viewer, focused: focus == .viewer, search: lastSearch, in: rect, into: &buffer,
        presentation: presentation)
    }
    if let rect = layout.notes {
      FootnoteResolverPane.render(notes, focused: focus == .notes, in: rect, into: &buffer, presentation: presentation)
    }
    if let rect = layout.status {
      StatusLinePane.render(statusContent, in: rect, into: &buffer, presentation: presentation)
    }
    if isHelpVisible {
      HelpOverlay.render(
        scroll: helpScroll, in: Rect(x: 0, y: 0, width: buffer.width, height: max(0, buffer.height - 1)),
        into: &buffer, presentation: presentation)
    }
  }

  // MARK: - What tests and the backend can read

  /// The history trail, oldest first, the current item last: `["GA 55/64", "GA 46/152 (absent)", "ECOSOC 1992/22"]`.
  public var trail: [String] {
    history.back.map { label(of: $0.location) } + (viewer.document.location.map { [label(of: $0)] } ?? [])
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

  /// The ids shown in the list, in order.
  public var listedIDs: [String] { list.rows.map(\.id) }

  /// The id of the selected row of the list.
  public var selectedListID: String? { list.selectedRow?.id }

  /// The text being typed on the status line (`/crime`, `:GA 55/64`), if any.
  public var promptText: String? { prompt.map { $0.leader + $0.text } }

  /// How the list is sorted and whether absent resolutions are listed.
  public var listSort: ListSort { list.sort }
  public var showsAbsentResolutions: Bool { list.showAbsent }

  // MARK: - Geometry

  /// Width and height of the viewer's text area (as when the viewer is shown).
  var viewerGeometry: (width: Int, height: Int) {
    geometry(of: ScreenLayout(width: width, height: height, focus: .viewer).viewer)
  }

  var notesGeometry: (width: Int, height: Int) {
    geometry(of: ScreenLayout(width: width, height: height, focus: .notes).notes)
  }

  private func geometry(of pane: Rect?) -> (width: Int, height: Int) {
    guard let pane else { return (0, 0) }
    let body = ScreenLayout.body(of: pane)
    return (max(0, body.width - ScreenLayout.gutterWidth(forPaneWidth: body.width)), body.height)
  }

  var listVisibleRows: Int {
    guard let rect = ScreenLayout(width: width, height: height, focus: .list).list else { return 0 }
    return ScreenLayout.body(of: rect).height / ResolutionListPane.rowHeight(forWidth: rect.width)
  }

  /// Re-wraps for the current size, rebuilds the footnote pane when the cursor changed paragraph, clamps scrolling.
  mutating func refresh() {
    let geometry = viewerGeometry
    viewer.setWidth(geometry.width)
    viewer.clampScroll(height: geometry.height)
    refreshNotes()
    list.reveal(visibleRows: listVisibleRows)
  }

  mutating func refreshNotes(force: Bool = false) {
    let source = NotesSource(location: viewer.document.location, block: viewer.cursorBlock)
    let geometry = notesGeometry
    if force || source != notesSource {
      let built = FootnoteResolverDocument.build(
        for: viewer.document, block: viewer.cursorBlock, corpus: corpus, graph: graph, presentation: presentation)
      notes = DocumentView(document: built.document, width: geometry.width)
      footnoteStops = built.footnoteStops
      notesSource = source
    } else {
      notes.setWidth(geometry.width)
    }
    notes.clampScroll(height: geometry.height)
  }

  /// `GA 55/64`, `GA 46/152 (absent)`.
  func label(of location: Location) -> String {
    switch location {
    case .resolution(let file): corpus.resolution(file: file)?.displayID ?? file
    case .absent(let id): "\(id) (absent)"
    }
  }

  var statusContent: StatusLinePane.Content {
    StatusLinePane.Content(
      trail: trail, prompt: promptText, message: message,
      hints: StatusLinePane.hints(for: focus, split: width >= ScreenLayout.splitMinimumWidth))
  }
}
