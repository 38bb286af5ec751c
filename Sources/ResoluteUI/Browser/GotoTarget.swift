import ResolutionKit

/// What the reader typed after `:` (or passed to `--open`): `GA 55/64`, `GA 55/64#7`, `ECOSOC 1992/22#IV.3`, `#7`.
struct GotoTarget: Hashable, Sendable {
  /// The id part, empty for `#7` (a paragraph of the current resolution).
  var id: String
  /// The paragraph part after `#`, if any.
  var paragraph: String?

  init(_ text: String) {
    let trimmed = text.trimmedSpaces
    if let hash = trimmed.firstIndex(of: "#") {
      id = String(trimmed[..<hash]).trimmedSpaces
      let paragraph = String(trimmed[trimmed.index(after: hash)...]).trimmedSpaces
      self.paragraph = paragraph.isEmpty ? nil : paragraph
    } else {
      id = trimmed
      paragraph = nil
    }
  }

  /// Finds the location the id names: a resolution of the corpus (by id, symbol, display id or file name) or a
  /// resolution cited but absent. Nil when nothing matches.
  func location(in source: any CorpusSource, snapshot: CorpusSnapshot) -> Location? {
    if let id = ResolutionID(id) {
      if let file = source.file(withID: id) { return .resolution(file: file) }
      if snapshot.absent(id) != nil { return .absent(id) }
    }
    if let file = snapshot.file(displayID: id) { return .resolution(file: file) }
    if let file = snapshot.file(named: id) { return .resolution(file: file) }
    return nil
  }
}

extension String {
  var trimmedSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
