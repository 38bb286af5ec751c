import ResolutionKit

/// Where the viewer is: a resolution of the corpus (by file, since ids can be missing or repeated) or the page of a
/// resolution that is cited but absent.
public enum Location: Hashable, Sendable {
  case resolution(file: String)
  case absent(ResolutionID)
  /// The reader's marks and recently visited places (`B`).
  case bookmarks
  /// Two resolutions of the corpus compared paragraph by paragraph (`d`), by file.
  case compare(old: String, new: String)
  /// The paragraphs that reuse the language of paragraph `ref` of `file` (`r`).
  case reuse(file: String, ref: String)
  /// The series of a resolution of the corpus (by file) or of one only cited (by id) (`t`).
  case series(file: String?, id: ResolutionID?)
  /// Every paragraph of the corpus that cites the resolution in `file` (`c`).
  case citedBy(file: String)
  /// The raw text of the resolution in `file`, lines numbered (`\`).
  case source(file: String)
}

/// What a link leads to.
public enum LinkTarget: Hashable, Sendable {
  /// A citation found in a resolution's text.
  case citation(Citation)
  /// A footnote marker in paragraph `paragraph`.
  case footnote(marker: String, paragraph: String)
  /// A paragraph of a resolution of the corpus (the citing paragraphs on an absent resolution's page).
  case paragraph(file: String, ref: String)
  /// Any page, at a paragraph when given (bookmarks, series members, compare and reuse entries).
  case open(Location, ref: String?)
}

/// A link in a document, in reading order.
struct DocumentLink: Hashable, Sendable {
  /// The block that holds it.
  var block: Int
  var target: LinkTarget
  /// The linked words as they read (`General Assembly resolution 46/152`).
  var label: String
}

/// A unit of layout: a paragraph, a heading, a line of metadata. Cells are sanitized once, when the document is built;
/// wrapping to a width only rearranges them.
struct DocumentBlock: Hashable, Sendable {
  /// What the stop stands for when the cursor can stop here: a paragraph (`PP3`, `IV.3(h)`, `fn2`, `title`), a mark,
  /// a citing paragraph of another resolution…
  var key: RowKey?
  /// The key's name, as a stop is found again by it.
  var ref: String? { key?.text }
  var isStop: Bool
  /// Starts the first line (`12. `); continuation lines hang under the text after it.
  var prefix: [TextCell]
  var cells: [TextCell]
  /// Columns before the prefix on every line.
  var indent: Int
  /// Plain-text files keep their spacing.
  var keepSpaces: Bool
  /// Blank lines above the block.
  var spaceBefore: Int
  /// Two texts to show side by side when the page is wide enough, one above the other (each with its own prefix)
  /// when it is not: the compare view's old and new paragraph. Drawn after `cells`, which then act as a header line.
  var columns: ColumnPair?

  /// A block that is a paragraph `ref` of the resolution shown, or no stop at all.
  init(
    ref: String? = nil, isStop: Bool = false, prefix: [TextCell] = [], cells: [TextCell], indent: Int = 0,
    keepSpaces: Bool = false, spaceBefore: Int = 0, columns: ColumnPair? = nil
  ) {
    self.init(
      key: ref.map(RowKey.paragraph), isStop: isStop, prefix: prefix, cells: cells, indent: indent,
      keepSpaces: keepSpaces, spaceBefore: spaceBefore, columns: columns)
  }

  init(
    key: RowKey?, isStop: Bool = false, prefix: [TextCell] = [], cells: [TextCell], indent: Int = 0,
    keepSpaces: Bool = false, spaceBefore: Int = 0, columns: ColumnPair? = nil
  ) {
    self.columns = columns
    self.key = key
    self.isStop = isStop
    self.prefix = prefix
    self.cells = cells
    self.indent = indent
    self.keepSpaces = keepSpaces
    self.spaceBefore = spaceBefore
  }

  /// The block's text for search, as shown.
  var searchText: String {
    (prefix + cells + (columns.map { $0.left.prefix + $0.left.cells + $0.right.prefix + $0.right.cells } ?? []))
      .plainText
  }
}

/// Two texts of a block, side by side on a wide page, one above the other on a narrow one.
struct ColumnPair: Hashable, Sendable {
  struct Column: Hashable, Sendable {
    /// Starts the column's first line (`− `, `7 `) when the columns are stacked; continuation lines hang under it.
    var prefix: [TextCell]
    var cells: [TextCell]
  }

  var left: Column
  var right: Column
  /// Drawn between the columns side by side (` │ `).
  var rule: [TextCell]
}

/// Something the viewer (or the footnote pane) can show: blocks, the links in them, and the blocks the cursor stops at.
struct ViewerDocument: Hashable, Sendable {
  var location: Location?
  /// The pane title (`GA 55/64 · A/RES/55/64 · 4 December 2000`).
  var heading: String
  var blocks: [DocumentBlock] = []
  var links: [DocumentLink] = []
  /// Indices of the blocks the cursor stops at, in order.
  var stops: [Int] = []

  init(location: Location?, heading: String) {
    self.location = location
    self.heading = heading
  }

  mutating func append(_ block: DocumentBlock) {
    if block.isStop { stops.append(blocks.count) }
    blocks.append(block)
  }

  /// Registers a link in the block about to be appended and returns its index.
  mutating func addLink(_ target: LinkTarget, label: String) -> Int {
    links.append(DocumentLink(block: blocks.count, target: target, label: label))
    return links.count - 1
  }

  /// The stop index of the block with this paragraph ref.
  func stop(forRef ref: String) -> Int? {
    stops.firstIndex { blocks[$0].ref == ref }
  }

  /// The stop index of the block, or of the nearest stop before it.
  func stop(forBlock block: Int) -> Int? {
    stops.lastIndex { $0 <= block } ?? (stops.isEmpty ? nil : 0)
  }
}
