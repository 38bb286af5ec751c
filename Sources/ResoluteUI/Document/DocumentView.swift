import ResolutionKit
/// A document being read: the wrapped lines, the paragraph under the cursor, the scroll position and the selected link.
/// The viewer and the footnote pane each hold one; all movement rules live here.
struct DocumentView: Hashable, Sendable {
  private(set) var document: ViewerDocument
  private(set) var wrapped: WrappedDocument
  /// Index into `document.stops`, nil when the document has no stops.
  var cursor: Int?
  /// First line shown.
  var scroll = 0
  /// Index into `document.links`.
  var selectedLink: Int?

  init(document: ViewerDocument, width: Int) {
    self.document = document
    wrapped = WrappedDocument(document: document, width: width)
    cursor = document.stops.isEmpty ? nil : 0
  }

  var width: Int { wrapped.width }

  /// Re-wraps when the width changed (wrapped lines are kept per width, not rebuilt per keystroke). The block at the
  /// top of the view stays at the top, so a pane that narrows (the search results' wider list, a resize) keeps
  /// showing what it showed: a line index into the old wrapping would point somewhere else.
  mutating func setWidth(_ width: Int) {
    guard width != wrapped.width else { return }
    // The first block at or below the top line (the top line may be the blank before a block).
    let topBlock = wrapped.lines[min(scroll, wrapped.lines.count)...].lazy.compactMap(\.block).first
    let linesIntoBlock = topBlock.map { scroll - wrapped.blockLines[$0].lowerBound } ?? 0
    wrapped = WrappedDocument(document: document, width: width)
    if let topBlock, wrapped.blockLines.indices.contains(topBlock) {
      let lines = wrapped.blockLines[topBlock]
      scroll = max(0, min(lines.lowerBound + linesIntoBlock, max(lines.lowerBound, lines.upperBound - 1)))
    }
  }

  /// The block under the cursor.
  var cursorBlock: Int? { cursor.map { document.stops[$0] } }

  var cursorRef: String? { cursorBlock.flatMap { document.blocks[$0].ref } }
  /// What the row under the cursor stands for.
  var cursorKey: RowKey? { cursorBlock.flatMap { document.blocks[$0].key } }

  private func lines(ofStop stop: Int) -> Range<Int> { wrapped.blockLines[document.stops[stop]] }

  mutating func clampScroll(height: Int) {
    scroll = min(max(0, scroll), max(0, wrapped.lines.count - max(1, height)))
  }

  /// Scrolls so the cursor's paragraph is in view (its top when it is taller than the view).
  mutating func revealCursor(height: Int, atTop: Bool = false) {
    guard let cursor, height > 0 else { return clampScroll(height: height) }
    let range = lines(ofStop: cursor)
    if atTop || range.lowerBound < scroll {
      scroll = range.lowerBound
      // Show the heading or body line just above the paragraph too, when everything fits.
      var block = document.stops[cursor]
      while block > 0, !document.blocks[block - 1].isStop { block -= 1 }
      let context = wrapped.blockLines[block].lowerBound
      if block != document.stops[cursor], range.upperBound - context <= height { scroll = context }
    } else if range.upperBound > scroll + height {
      scroll = min(range.lowerBound, range.upperBound - height)
    }
    clampScroll(height: height)
  }

  /// Scrolls so line `line` is in view, towards the middle when it has to move.
  mutating func revealLine(_ line: Int, height: Int) {
    guard height > 0 else { return }
    if line < scroll || line >= scroll + height { scroll = line - height / 3 }
    clampScroll(height: height)
  }

  /// `j`: the rest of a paragraph taller than the view first, then the next paragraph.
  mutating func moveDown(height: Int) {
    guard let cursor else { return scrollLines(1, height: height) }
    let range = lines(ofStop: cursor)
    selectedLink = nil
    if range.upperBound > scroll + height, height > 0 {
      scroll = min(scroll + max(1, height - 1), range.upperBound - height)
    } else if cursor + 1 < document.stops.count {
      self.cursor = cursor + 1
      revealCursor(height: height)
    }
    clampScroll(height: height)
  }

  /// `k`: the part of the paragraph above the view first, then the previous paragraph.
  mutating func moveUp(height: Int) {
    guard let cursor else { return scrollLines(-1, height: height) }
    let range = lines(ofStop: cursor)
    selectedLink = nil
    if range.lowerBound < scroll {
      scroll = max(range.lowerBound, scroll - max(1, height - 1))
    } else if cursor > 0 {
      self.cursor = cursor - 1
      revealCursor(height: height)
    }
    clampScroll(height: height)
  }

  mutating func page(_ direction: Int, height: Int) {
    scrollView(by: direction * max(1, height - 1), height: height, preferTop: true)
  }

  /// Ctrl-D, Ctrl-U: half a view.
  mutating func halfPage(_ direction: Int, height: Int) {
    scrollView(by: direction * max(1, height / 2), height: height, preferTop: false)
  }

  /// Scrolls by `lines` and brings the cursor into view; already at the end, the cursor goes to the last (or first)
  /// paragraph instead.
  private mutating func scrollView(by lines: Int, height: Int, preferTop: Bool) {
    let before = scroll
    scroll += lines
    clampScroll(height: height)
    selectedLink = nil
    if scroll == before {
      if !document.stops.isEmpty { cursor = lines > 0 ? document.stops.count - 1 : 0 }
      return
    }
    cursorToView(height: height, preferTop: preferTop)
  }

  /// `10G`, `50%`: line `line` (from 0) at the top of the view, the cursor on the paragraph there.
  mutating func goToLine(_ line: Int, height: Int) {
    let target = min(max(0, line), max(0, wrapped.lines.count - 1))
    scroll = target
    clampScroll(height: height)
    selectedLink = nil
    guard !document.stops.isEmpty else { return }
    // The paragraph holding the line, else the first one after it, else the last.
    let holding = document.stops.indices.first { lines(ofStop: $0).contains(target) }
    let after = document.stops.indices.first { lines(ofStop: $0).lowerBound >= target }
    cursor = holding ?? after ?? document.stops.count - 1
  }

  /// How many entries (stops) start below a view of `height` rows.
  func entriesBelow(height: Int) -> Int {
    let end = scroll + height
    return document.stops.indices.filter { lines(ofStop: $0).lowerBound >= end }.count
  }

  /// The first line of the cursor's paragraph (from 0), or the scroll position without a cursor.
  var cursorLine: Int { cursor.map { lines(ofStop: $0).lowerBound } ?? scroll }

  mutating func top(height: Int) {
    scroll = 0
    cursor = document.stops.isEmpty ? nil : 0
    selectedLink = nil
  }

  mutating func bottom(height: Int) {
    scroll = wrapped.lines.count
    clampScroll(height: height)
    cursor = document.stops.isEmpty ? nil : document.stops.count - 1
    selectedLink = nil
  }

  /// Scrolls by lines (Ctrl-E, the wheel) and keeps the cursor on a paragraph in view.
  mutating func scrollLines(_ count: Int, height: Int) {
    scroll += count
    clampScroll(height: height)
    cursorToView(height: height, preferTop: false)
  }

  /// Moves the cursor onto a paragraph in view: always after a page move, only if it left the view otherwise.
  private mutating func cursorToView(height: Int, preferTop: Bool) {
    guard let current = cursor, height > 0 else { return }
    let visible = scroll..<(scroll + height)
    let currentVisible = lines(ofStop: current).overlaps(visible)
    if currentVisible && !preferTop { return }
    let candidates = document.stops.indices.filter { lines(ofStop: $0).overlaps(visible) }
    let starting = candidates.first { visible.contains(lines(ofStop: $0).lowerBound) }
    guard let pick = starting ?? candidates.first, pick != current else { return }
    cursor = pick
    selectedLink = nil
  }

  /// Puts the cursor on the paragraph with `ref` and scrolls it to the top. False when there is none.
  @discardableResult
  mutating func land(on ref: String, height: Int) -> Bool {
    let wanted = ParagraphInput.key(ref)
    guard !wanted.isEmpty,
      let stop = document.stops.firstIndex(where: { document.blocks[$0].ref.map(ParagraphInput.key) == wanted })
    else {
      return false
    }
    cursor = stop
    selectedLink = nil
    revealCursor(height: height, atTop: true)
    return true
  }

  /// Selects link `link`, moving the cursor to its paragraph and scrolling it into view.
  mutating func selectLink(_ link: Int, height: Int) {
    guard document.links.indices.contains(link) else { return }
    selectedLink = link
    if let stop = document.stop(forBlock: document.links[link].block) { cursor = stop }
    revealCursor(height: height)
    if let position = wrapped.position(ofLink: link) { revealLine(position.line, height: height) }
  }

  /// Tab: the next link after the selected one (or from the cursor's paragraph), wrapping at the end.
  mutating func nextLink(height: Int) -> Bool {
    let links = document.links
    guard !links.isEmpty else { return false }
    let next: Int
    if let selectedLink {
      next = (selectedLink + 1) % links.count
    } else {
      let block = cursorBlock ?? 0
      next = links.firstIndex { $0.block >= block } ?? 0
    }
    selectLink(next, height: height)
    return true
  }

  /// Shift-Tab: the previous link, wrapping at the start.
  mutating func previousLink(height: Int) -> Bool {
    let links = document.links
    guard !links.isEmpty else { return false }
    let previous: Int
    if let selectedLink {
      previous = (selectedLink - 1 + links.count) % links.count
    } else {
      let block = cursorBlock ?? 0
      previous = links.lastIndex { $0.block <= block } ?? links.count - 1
    }
    selectLink(previous, height: height)
    return true
  }

  /// The links in the cursor's paragraph.
  /// The first link of the paragraph under the cursor: on a page of entries (absent, compare, reuse, series,
  /// bookmarks) the place the entry stands for.
  var firstLinkUnderCursor: DocumentLink? {
    guard let block = cursorBlock else { return nil }
    return document.links.first { $0.block == block }
  }

  var linksUnderCursor: [Int] {
    guard let block = cursorBlock else { return [] }
    return document.links.indices.filter { document.links[$0].block == block }
  }

  /// Moves the cursor to the next (or previous) paragraph matching `query` (a `SearchPattern`), wrapping at the
  /// end. Nil when no paragraph matches; else which match of how many it is, and whether the search wrapped.
  mutating func find(_ query: String, forward: Bool, height: Int) -> (index: Int, total: Int, wrapped: Bool)? {
    let pattern = SearchPattern(query)
    let stops = document.stops
    guard !query.isEmpty, !stops.isEmpty else { return nil }
    let matching = stops.indices.filter { pattern.matches(document.blocks[stops[$0]].searchText) }
    guard !matching.isEmpty else { return nil }
    let start = cursor ?? 0
    let next = forward ? matching.first { $0 > start } : matching.last { $0 < start }
    let target = next ?? (forward ? matching[0] : matching[matching.count - 1])
    cursor = target
    selectedLink = nil
    revealCursor(height: height)
    return (matching.firstIndex(of: target)! + 1, matching.count, next == nil)
  }

  /// What is at a point of the view: the line's block and the link under the column, if any.
  func hit(line: Int, column: Int) -> (stop: Int?, link: Int?) {
    guard line >= 0, line < wrapped.lines.count else { return (nil, nil) }
    let entry = wrapped.lines[line]
    var x = 0
    var link: Int?
    for cell in entry.cells {
      if column >= x && column < x + max(1, cell.width) {
        link = cell.link
        break
      }
      x += cell.width
    }
    let stop = entry.block.flatMap { block in document.stops.firstIndex(of: block) }
    return (stop, link)
  }
}
