import ResolutionKit

/// What the reader typed after `:` (or passed to `--open`): `GA 55/64`, `GA 55/64#7`, `ECOSOC 1992/22#IV.3`, `#7`, and
/// what people paste: `GA resolution 55/64, para. 7` (what `y` copies), `A/RES/55/64 para 7`,
/// `General Assembly resolution 55/64 of 4 December 2000`, `E/RES/1992/22`, `ga 55/64, para. 7`.
struct GotoTarget: Hashable, Sendable {
  /// The id part, empty for `#7` (a paragraph of the current resolution).
  var id: String
  /// The paragraph part, if any, as typed (`7`, `para. 7`, `sect. IV, para. 3 (h)`); `ParagraphInput` reads it.
  var paragraph: String?

  init(_ text: String) {
    let trimmed = text.trimmedSpaces
    if let hash = trimmed.firstIndex(of: "#") {
      id = Self.idPart(String(trimmed[..<hash]))
      let paragraph = String(trimmed[trimmed.index(after: hash)...]).trimmedSpaces
      self.paragraph = paragraph.isEmpty ? nil : paragraph
    } else if let split = Self.paragraphStart(in: trimmed), split > trimmed.startIndex {
      id = Self.idPart(String(trimmed[..<split]))
      let paragraph = String(trimmed[split...]).trimmedSpaces
      self.paragraph = paragraph.isEmpty ? nil : paragraph
    } else {
      id = Self.idPart(trimmed)
      paragraph = nil
    }
  }

  /// Where a pasted paragraph part starts: `, para. 7`, ` para 7`, `, paragraph 7`, `, preambular para. 3`,
  /// `, sect. IV, para. 3 (h)`.
  private static func paragraphStart(in text: String) -> String.Index? {
    let lowered = text.lowercased()
    var best: String.Index?
    for word in [" para", " paragraph", " preambular", " sect.", " section", ",para", ",sect"] {
      guard let range = lowered.firstRange(of: word) else { continue }
      // The word must stand alone (`para` and `para.`, not `paramilitary`).
      let after = lowered[range.upperBound...].first
      if let after, after.isLetter, !(word.hasSuffix("para") && after == "g") { continue }
      let offset = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
      let index = text.index(text.startIndex, offsetBy: offset)
      if best.map({ index < $0 }) ?? true { best = index }
    }
    return best
  }

  /// `General Assembly resolution 55/64 of 4 December 2000,` → `GA 55/64`; `E/RES/1992/22` and ids pass unchanged.
  private static func idPart(_ text: String) -> String {
    var words = text.trimmedSpaces.split(separator: " ").map(String.init)
    while let last = words.last, last.hasSuffix(",") || last == "," {
      words[words.count - 1] = String(last.dropLast())
      if words[words.count - 1].isEmpty { words.removeLast() }
    }
    // `… of 4 December 2000`: the date the reference adds.
    if let of = words.firstIndex(where: { $0.lowercased() == "of" }), of > 0 { words = Array(words[..<of]) }
    words.removeAll { $0.lowercased() == "resolution" || $0.lowercased() == "res." }
    var joined = words.joined(separator: " ")
    // A body's full name or another alias (`General Assembly`, `Economic and Social Council`) becomes its key.
    let lowered = joined.lowercased()
    for body in Body.allCases {
      for alias in body.aliases where lowered.hasPrefix(alias.lowercased() + " ") {
        joined = body.key + joined.dropFirst(alias.count)
        return joined
      }
    }
    return joined
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

  /// Ids and file names of the corpus close to one that names nothing, for "did you mean": the source's suggestions,
  /// the same the CLI gives (`SummaryLookup`), the first three.
  func suggestions(in source: any CorpusSource) -> [String] {
    guard case .notFound(let suggestions) = source.lookup(id) else { return [] }
    return Array(suggestions.prefix(3))
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
