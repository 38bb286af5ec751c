/// What a cursor stop of a page stands for, built where the page is made and read where a key acts on it: one type,
/// so no row is recognised again by the prefix of a string (`mark:a`, `recent:3`, `file#ref`, `cite3`, `line 12`, `L3`).
enum RowKey: Hashable, Sendable {
  /// A paragraph of the resolution shown (`PP3`, `IV.3(h)`, `fn2`, `title`), or another stop named by a word
  /// (`source`, `text` in the notes pane).
  case paragraph(String)
  /// A block of a file kept as plain text, from 1 (`L3`).
  case plainTextBlock(Int)
  /// A line of the file's raw text on the source page, from 1 (`line 12`).
  case sourceLine(Int)
  /// A mark on the bookmarks page, by name.
  case mark(String)
  /// A place visited, on the bookmarks page: 1 is the newest.
  case recent(Int)
  /// A paragraph of another resolution listed on a page (who cites this one, who reuses its language).
  case elsewhere(file: String, ref: String)
  /// The nth citation link of the notes pane, from 1.
  case noteCitation(Int)
  /// A member of a series page: its id, or its place in the series for one without a number.
  case seriesMember(id: String?, index: Int)

  /// The stop's name, as the cursor is found again by it when a page is shown anew; printed only here.
  var text: String {
    switch self {
    case .paragraph(let ref): ref
    case .plainTextBlock(let number): "L\(number)"
    case .sourceLine(let number): "line \(number)"
    case .mark(let name): "mark:\(name)"
    case .recent(let age): "recent:\(age)"
    case .elsewhere(let file, let ref): "\(file)#\(ref)"
    case .noteCitation(let number): "cite\(number)"
    case .seriesMember(let id, let index): id ?? "#\(index)"
    }
  }

  /// The paragraph of the resolution shown, nil for every other kind of row.
  var paragraph: String? {
    if case .paragraph(let ref) = self { return ref }
    return nil
  }
}
