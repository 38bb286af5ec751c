import ResolutionKit

/// The reader's own: marks (`m`, `'`), the bookmarks page (`B`), the places visited (kept across sessions), and
/// copying a paragraph's reference (`y`). Every change to what is kept moves `stateRevision`, which tells the
/// executable to save `readerState`.
extension BrowserSession {
  mutating func setMark(_ name: String) {
    guard let character = name.first, ReaderState.isMarkName(character) else {
      message = "Marks are named by a letter or a digit: m a, m B, m 1"
      return
    }
    guard let place = currentPlace else {
      message = "Marks are set on a resolution's page"
      return
    }
    readerState.marks[name] = place
    stateRevision += 1
    message = "Mark \(name): \(reference(for: place) ?? place.description)"
  }

  mutating func jumpToMark(_ name: String) {
    guard let place = readerState.marks[name], let location = place.location else {
      message = "No mark \(name): m\(name) sets it"
      return
    }
    open(location, paragraph: place.ref, history: .push, missing: place.label)
  }

  /// Opens a saved place; a file that has gone from the corpus is said so, by the name it had.
  mutating func open(_ location: Location, paragraph: String?, history mode: HistoryMode, missing label: String) {
    if case .resolution(let file) = location, snapshot.displayID(file: file) == nil, source.resolution(file: file) == nil {
      message = "\(label) is no longer in the corpus (\(file))"
      return
    }
    if open(location, paragraph: paragraph, history: mode) { focus = .viewer }
  }

  /// The paragraph under the viewer's cursor as a place to keep, when the viewer shows a resolution or an absent one.
  var currentPlace: SavedPlace? {
    guard let location = viewer.document.location else { return nil }
    return SavedPlace(location: location, ref: Self.keptRef(viewer.cursorRef, on: location), label: label(of: location))
  }

  /// The paragraph worth keeping for a place: a resolution's paragraph, not its title, and nothing on an absent
  /// resolution's page (its entries are other resolutions' paragraphs).
  static func keptRef(_ ref: String?, on location: Location) -> String? {
    guard case .resolution = location, let ref, ref != ParagraphRef.title.description else { return nil }
    return ref
  }

  /// Keeps the reader's position in the page being left (or the last one, on quitting) in the places visited.
  mutating func rememberPosition() {
    guard let place = currentPlace, let index = readerState.recent.lastIndex(where: { $0.location == place.location })
    else { return }
    if let automatic = openedAutomatically, automatic.location == place.location, automatic.cursor == viewer.cursor {
      return
    }
    guard readerState.recent[index] != place else { return }
    readerState.recent[index] = place
    stateRevision += 1
  }

  /// Records that `location` was opened (resolutions and absent pages only).
  mutating func recordVisit(_ location: Location, paragraph: String?) {
    let ref = Self.keptRef(paragraph, on: location)
    guard !isStarting, let place = SavedPlace(location: location, ref: ref, label: label(of: location)) else {
      return
    }
    readerState.visit(place)
    stateRevision += 1
  }

  // MARK: - Copying a reference

  /// `y`: the reference of the paragraph under the cursor in UN style, with the body's name and the date ("General
  /// Assembly resolution 55/64 of 4 December 2000, para. 7"); `y` again at once copies the short form ("GA
  /// resolution 55/64, para. 7").
  mutating func copyReference() {
    guard let full = referenceUnderCursor(full: true), let short = referenceUnderCursor(full: false) else {
      message = "Nothing to copy here: y copies the reference of a resolution's paragraph"
      return
    }
    let text = clipboard?.text == full && keyInput.followsCopy ? short : full
    clipboard = Clipboard(text: text, serial: (clipboard?.serial ?? 0) + 1)
    // The hint for the short form only where it leaves the reference whole on an 80-column status line.
    let hint = text == full && full != short && full.count <= 50 ? " (y again: short form)" : ""
    message = "Copied: \(text)" + hint
  }

  /// `Y`: the paragraph's text and its reference, as a quotation to paste.
  mutating func copyParagraph() {
    guard let place = currentPlace, let file = place.file, let ref = place.ref,
      let resolution = shownResolution?.file == file ? shownResolution : source.resolution(file: file),
      let text = resolution.text(of: ref), let reference = ParagraphReference.fullCitation(for: ref, in: resolution)
    else {
      message = "Nothing to copy here: Y copies a paragraph of a resolution with its reference"
      return
    }
    let verb = resolution.operative.first { $0.ref == ref }?.verb ?? resolution.preamble.first { $0.ref == ref }?.verb
    let body = verb.map { text.hasPrefix($0) ? text : "\($0) \(text)" } ?? text
    clipboard = Clipboard(text: "“\(body)” (\(reference))", serial: (clipboard?.serial ?? 0) + 1)
    message = "Copied the text of \(place.ref.map { "#\($0)" } ?? "") with: \(reference)"
  }

  /// The reference of the paragraph under the viewer's cursor, or of the paragraph a list entry there points at.
  func referenceUnderCursor(full: Bool) -> String? {
    if let link = viewer.firstLinkUnderCursor, let place = Self.place(of: link.target) {
      return reference(for: place, full: full)
    }
    return currentPlace.flatMap { reference(for: $0, full: full) }
  }

  /// Where a link leads, as a place.
  static func place(of target: LinkTarget) -> SavedPlace? {
    switch target {
    case .paragraph(let file, let ref): SavedPlace(location: .resolution(file: file), ref: ref, label: file)
    case .open(let location, let ref): SavedPlace(location: location, ref: ref, label: "")
    case .citation, .footnote: nil
    }
  }

  /// `GA resolution 55/64, para. 7`; with `full`, `General Assembly resolution 55/64 of 4 December 2000, para. 7`.
  func reference(for place: SavedPlace, full: Bool = false) -> String? {
    if let id = place.absent { return "\(full ? id.body.fullName : id.body.key) resolution \(id.number)" }
    guard let file = place.file else { return nil }
    let resolution = shownResolution?.file == file ? shownResolution : source.resolution(file: file)
    guard let resolution else { return nil }
    let cite = full ? ParagraphReference.fullCitation : ParagraphReference.citation
    return cite(place.ref, resolution) ?? cite(nil, resolution)
  }
}

/// Text the reader asked to copy; the backend hands it to the terminal's clipboard (OSC 52) when `serial` moves.
public struct Clipboard: Hashable, Sendable {
  public var text: String
  public var serial: Int
}

extension BrowserSession {
  /// Del on the bookmarks page: forgets the mark or visited place under the cursor, and shows the page again.
  mutating func forgetBookmarkUnderCursor() {
    switch viewer.cursorKey {
    case .mark(let name):
      readerState.marks[name] = nil
      message = "Mark \(name) forgotten"
    case .recent(let age) where age >= 1 && age <= readerState.recent.count:
      let place = readerState.recent.remove(at: readerState.recent.count - age)
      message = "Forgot \(place.description)"
    default:
      return
    }
    stateRevision += 1
    let cursor = viewer.cursor
    guard let (document, _) = makeDocument(.bookmarks) else { return }
    viewer = DocumentView(document: document, width: viewerGeometry.width)
    if let cursor, !document.stops.isEmpty { viewer.cursor = min(cursor, document.stops.count - 1) }
    viewer.revealCursor(height: viewerGeometry.height)
    refreshNotes(force: true)
  }
}
