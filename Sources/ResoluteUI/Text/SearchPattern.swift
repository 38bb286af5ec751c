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

  func matches(_ text: String) -> Bool {
    if let regex { return (try? regex.firstMatch(in: text)) != nil }
    return ignoresCase ? text.lowercased().contains(query.lowercased()) : text.contains(query)
  }
}
