import ResolutionKit

/// Reading across resolutions: compare (`d`), reused language (`r`) and series (`t`). Each is a page of its own in
/// the viewer and a step in the history trail, so Enter follows its links and Backspace comes back.
extension BrowserSession {
  /// How many reused paragraphs the reuse page lists.
  static let reuseLimit = 50

  mutating func performAcross(_ command: Command) {
    switch command {
    case .compare: startCompare()
    case .reusedLanguage: showReusedLanguage()
    case .series: showSeries()
    case .citedBy: showCitedBy()
    default: break
    }
  }

  /// The resolution file the viewer shows (a compare page counts as its newer text).
  private var shownFile: String? {
    switch viewer.document.location {
    case .resolution(let file): file
    case .compare(_, let new): new
    case .reuse(let file, _): file
    case .series(let file, _): file
    case .citedBy(let file): file
    default: nil
    }
  }

  // MARK: - Cited by

  /// `c`: every paragraph of the corpus that cites the resolution shown (an absent one's own page already lists them).
  private mutating func showCitedBy() {
    if case .absent = viewer.document.location {
      message = "This page lists what cites it"
      return
    }
    guard let file = shownFile else {
      message = "c lists what cites a resolution: open one first"
      return
    }
    if open(.citedBy(file: file), paragraph: nil, history: .push) { focus = .viewer }
  }

  // MARK: - Compare

  /// `d`: asks what to compare with, the predecessor in the resolution's series already typed (Enter accepts it).
  private mutating func startCompare() {
    guard let file = shownFile else {
      message = "d compares a resolution of the corpus with another: open one first"
      return
    }
    let predecessor = series(ofFile: file)?.predecessor
    layers.push(.prompt(Prompt(kind: .compare, text: predecessor?.displayID ?? "")))
    if predecessor == nil { message = "No earlier resolution of its series is in the corpus: type an id" }
  }

  /// Compares the shown resolution (the newer text) with the one `text` names (the older).
  mutating func compare(with text: String) {
    guard let file = shownFile else { return }
    let target = GotoTarget(text)
    guard !target.id.isEmpty else {
      message = "Type the id of the resolution to compare with, such as GA 55/64"
      return
    }
    switch target.location(in: source, snapshot: snapshot) {
    case .resolution(let other)?:
      guard other != file else {
        message = "That is the resolution shown: type another id"
        return
      }
      if open(.compare(old: other, new: file), paragraph: nil, history: .push) { focus = .viewer }
    case .absent(let id)?:
      message = "\(id) is only cited: no text to compare"
    default:
      message = "“\(target.id)” is not in the corpus"
    }
  }

  // MARK: - Reused language

  /// Every paragraph of a resolution but its title and footnotes (a plain-text line `L12` included).
  private static func hasReusableLanguage(_ ref: String) -> Bool {
    switch ParagraphRef(ref)?.place {
    case .title?, .footnote?: return false
    default: return true
    }
  }

  /// `r`: the reused language of the paragraph under the cursor (or of the paragraph a compare row stands for).
  private mutating func showReusedLanguage() {
    var place: (file: String, ref: String)?
    if case .resolution(let file) = viewer.document.location, case .paragraph(let ref)? = viewer.cursorKey,
      Self.hasReusableLanguage(ref)
    {
      place = (file, ref)
    } else if case .paragraph(let file, let ref)? = viewer.firstLinkUnderCursor?.target {
      place = (file, ref)
    }
    guard let place else {
      message = "r shows the reused language of a paragraph: put the cursor on one"
      return
    }
    if open(.reuse(file: place.file, ref: place.ref), paragraph: nil, history: .push) { focus = .viewer }
  }

  // MARK: - Series

  private mutating func showSeries() {
    let location: Location
    switch viewer.document.location {
    case .absent(let id): location = .series(file: nil, id: id)
    default:
      guard let file = shownFile else {
        message = "t shows the series of a resolution: open one first"
        return
      }
      location = .series(file: file, id: nil)
    }
    guard open(location, paragraph: nil, history: .push) else { return }
    focus = .viewer
    // The cursor starts on the resolution the series was asked for.
    if let series = series(at: location) {
      let anchor = series.members[series.anchor]
      let height = viewerGeometry.height
      _ = viewer.land(on: SeriesPage.memberKey(anchor, index: series.anchor).text, height: height)
      // The members before it stay in view above it: a timeline is read around its anchor.
      if let cursor = viewer.cursor {
        let lines = viewer.wrapped.blockLines[viewer.document.stops[cursor]]
        viewer.scroll = lines.upperBound <= height ? 0 : max(0, lines.lowerBound - height / 3)
        viewer.clampScroll(height: height)
      }
    }
  }

  /// The series a series page shows.
  private mutating func series(at location: Location) -> ResolutionSeries? {
    guard case .series(let file, let id) = location else { return nil }
    return findSeries(file: file, id: id)
  }

  /// The series of `file`.
  mutating func series(ofFile file: String) -> ResolutionSeries? {
    findSeries(file: file, id: nil)
  }

  /// The series of `file` (else of `id`), from the series index, built once per revision of the source's list. Reading
  /// every citation of the corpus and following a series through them is long work: nil while it is done apart.
  private mutating func findSeries(file: String?, id: ResolutionID?) -> ResolutionSeries? {
    let revision = snapshot.revision
    let known = seriesIndex.flatMap { $0.revision == revision ? $0.index : nil }
    let source = self.source
    let found = longWork(.series(file: file, id: id, revision: revision), label: "finding the series") {
      let index = known ?? SeriesIndex(source: source)
      return PreparedSeries(index: index, series: file.flatMap(index.series(ofFile:)) ?? id.flatMap(index.series(of:)))
    }
    guard let found else { return nil }
    seriesIndex = (revision, found.index)
    return found.series
  }

  // MARK: - Pages

  /// The page for a series location.
  mutating func makeAcrossDocument(_ location: Location) -> (ViewerDocument, Resolution?)? {
    guard case .series = location, let found = series(at: location) else { return nil }
    return (SeriesPage.build(found, location: location, presentation: presentation), nil)
  }

  /// The page for a compare, reuse or cited-by location, from the corpus alone.
  static func acrossPage(
    _ location: Location, source: any CorpusSource, snapshot: CorpusSnapshot, presentation: Presentation
  ) -> (document: ViewerDocument, resolution: Resolution?)? {
    switch location {
    case .compare(let old, let new):
      guard let older = source.resolution(file: old), let newer = source.resolution(file: new) else { return nil }
      return (ComparePage.build(ResolutionComparison(old: older, new: newer), presentation: presentation), nil)
    case .reuse(let file, let ref):
      guard let resolution = source.resolution(file: file), let text = resolution.text(of: ref) else { return nil }
      let matches = source.reusedLanguage(ref: ref, inFile: file, limit: reuseLimit)
      let page = ReusePage.build(
        anchor: (file, ref, resolution.displayID, text), matches: matches, limit: reuseLimit,
        presentation: presentation)
      return (page, nil)
    case .citedBy(let file):
      guard let resolution = source.resolution(file: file) else { return nil }
      let edges = resolution.id.map { source.citations(of: $0) } ?? []
      return (CitedByPage.build(resolution, edges: edges, snapshot: snapshot, presentation: presentation), nil)
    default:
      return nil
    }
  }
}

/// A series found apart, with the index it was found in (kept for the next one).
struct PreparedSeries: Sendable {
  var index: SeriesIndex
  var series: ResolutionSeries?
}

/// A page built apart: nil when it cannot be made.
struct PreparedPage: Sendable {
  var made: (view: DocumentView, resolution: Resolution?)?
  /// For a resolution's page: how many other resolutions cite it (the notes pane's `cited by N`), counted apart too.
  var citingResolutions: Int?
  /// Why the page could not be made, when something says (a source file that cannot be read now).
  var problem: String?
}
