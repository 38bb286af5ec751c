extension SearchQuery {
  /// Reads a query as typed: `"economic and social" cooperat* body:ECOSOC year:1990-2000`.
  /// Words and phrases are kept as typed (matching ignores case); an unknown body or a malformed year is an error
  /// that names the term, so the user can correct it.
  public init(parsing text: String) throws(SearchError) {
    self.init()
    var rest = Substring(text)
    while true {
      rest = rest.drop { $0 == " " || $0 == "\t" }
      guard let first = rest.first else { break }
      if first == "\"" {
        let body = rest.dropFirst()
        let end = body.firstIndex(of: "\"") ?? body.endIndex
        let phrase = body[..<end].split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        if !phrase.isEmpty { phrases.append(phrase) }
        rest = end == body.endIndex ? body[end...] : body[body.index(after: end)...]
        continue
      }
      let end = rest.firstIndex { $0 == " " || $0 == "\t" } ?? rest.endIndex
      let term = String(rest[..<end])
      rest = rest[end...]
      let lowered = term.lowercased()
      if lowered.hasPrefix("body:") {
        let name = String(term.dropFirst(5))
        guard let body = Body(key: name) else {
          let known = Body.allCases.map(\.key).joined(separator: ", ")
          throw .invalidQuery(term, reason: "no body is called \(name) (known: \(known))")
        }
        self.body = body
      } else if lowered.hasPrefix("year:") {
        let value = term.dropFirst(5)
        let bounds = value.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        switch bounds.count {
        case 1 where bounds[0] != nil: years = bounds[0]!...bounds[0]!
        case 2 where bounds[0] != nil && bounds[1] != nil && bounds[0]! <= bounds[1]!: years = bounds[0]!...bounds[1]!
        default: throw .invalidQuery(term, reason: "write a year as year:2000 or a range as year:1990-2000")
        }
      } else {
        // Punctuation inside a word (`55/64`, `co-operation`) is kept; matching splits it as the index does.
        let trimmed = term.trimmingCharacters(in: ",;:.!?()[]")
        if !trimmed.isEmpty && trimmed != "*" { words.append(trimmed) }
      }
    }
    // A word or phrase given twice asks nothing more (every term must occur, case ignored): each is kept once, so
    // `crime` typed 17,000 times costs what `crime` does, not a quadratic search.
    var seenWords = Set<String>()
    words = words.filter { seenWords.insert($0.lowercased()).inserted }
    var seenPhrases = Set<String>()
    phrases = phrases.filter { seenPhrases.insert($0.lowercased()).inserted }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let characters = Set(set)
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last), last != "*" { slice = slice.dropLast() }
    return String(slice)
  }
}
