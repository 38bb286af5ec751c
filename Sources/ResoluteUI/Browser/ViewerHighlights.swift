/// What the viewer highlights: the last text found with `/` (what `n`/`N` look for, a regular expression too), and the
/// other terms of the corpus-wide search a result was opened from (as they are).
struct ViewerHighlights: Hashable, Sendable {
  /// The last text searched for with `/` in the viewer.
  var find = ""
  /// More words: the other terms of the corpus-wide search a result was opened from.
  var searchTerms: [String] = []

  /// Every term highlighted, the find first, each once whatever its case.
  var terms: [String] {
    var terms: [String] = []
    for term in [find] + searchTerms where !term.isEmpty {
      if !terms.contains(where: { $0.lowercased() == term.lowercased() }) { terms.append(term) }
    }
    return terms
  }

  var patterns: [SearchPattern] { terms.map { $0 == find ? SearchPattern($0) : SearchPattern(literal: $0) } }

  /// Nothing highlighted any more.
  mutating func clear() {
    find = ""
    searchTerms = []
  }
}
