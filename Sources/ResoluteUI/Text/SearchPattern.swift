/// What `/` looks for, as in less: a regular expression (`technical\s+cooperation`), or the text itself when it is
/// not a valid one; case-smart (a query with a capital letter matches case, one without ignores it).
struct SearchPattern {
  let query: String
  let ignoresCase: Bool
  private let regex: Regex<AnyRegexOutput>?

  init(_ query: String) {
    self.query = query
    let caseless = !query.contains { $0.isUppercase }
    ignoresCase = caseless
    regex = (try? Regex(query)).map { caseless ? $0.ignoresCase() : $0 }
  }

  /// The text itself, ignoring case: the words of a corpus-wide search, which are never regular expressions.
  init(literal: String) {
    query = literal
    ignoresCase = true
    regex = nil
  }

  func matches(_ text: String) -> Bool {
    if let regex { return (try? regex.firstMatch(in: text)) != nil }
    return ignoresCase ? text.lowercased().contains(query.lowercased()) : text.contains(query)
  }

  /// The non-empty stretches of `text` the pattern matches, in order, as UTF-8 offsets (for the viewer's highlight).
  func matchedRanges(in text: String) -> [Range<Int>] {
    guard !query.isEmpty else { return [] }
    var ranges: [Range<Int>] = []
    func offset(_ index: String.Index, in string: String) -> Int {
      string.utf8.distance(from: string.utf8.startIndex, to: index)
    }
    if let regex {
      for match in text.matches(of: regex) where !match.range.isEmpty {
        ranges.append(offset(match.range.lowerBound, in: text)..<offset(match.range.upperBound, in: text))
      }
      return ranges
    }
    let haystack = ignoresCase ? text.lowercased() : text
    let needle = ignoresCase ? query.lowercased() : query
    // Lower-casing can change lengths (rarely); offsets are only trusted when it did not.
    guard haystack.utf8.count == text.utf8.count else { return [] }
    var start = haystack.startIndex
    while let found = haystack[start...].firstRange(of: needle) {
      ranges.append(offset(found.lowerBound, in: haystack)..<offset(found.upperBound, in: haystack))
      start = found.upperBound
    }
    return ranges
  }
}
