import ResolutionKit

/// The results of a corpus-wide search (`F`), shown in the list pane in place of the resolution list: one entry per
/// matching paragraph, with the selection. A history item, so Backspace from a resolution returns here.
struct SearchResultsList: Hashable, Sendable {
  /// The query as typed (`torture body:GA`).
  var query: String
  var hits: [SearchHit]
  /// The source stopped at the limit: there may be more.
  var isTruncated: Bool
  var selected = 0
  var scroll = 0

  var selectedHit: SearchHit? { hits.indices.contains(selected) ? hits[selected] : nil }

  mutating func move(by delta: Int) { selected = ListScrolling.moved(selected, by: delta, count: hits.count) }

  /// Keeps the selection in view for a pane showing `visibleHits` results.
  mutating func reveal(visibleHits: Int) {
    scroll = ListScrolling.revealing(selected, scroll: scroll, visible: visibleHits, count: hits.count)
  }

  /// The words a hit matched, as its text spells them (`torture` for `tortur*`), for the viewer's highlight; the
  /// query's own words and phrases when the snippet lost the ranges.
  static func matchedTerms(of hit: SearchHit, query: SearchQuery) -> [String] {
    let bytes = Array(hit.snippet.utf8)
    var terms: [String] = []
    for range in hit.highlights where range.lowerBound >= 0 && range.upperBound <= bytes.count {
      let term = String(decoding: bytes[range], as: UTF8.self)
      if !term.isEmpty, !terms.contains(where: { $0.lowercased() == term.lowercased() }) { terms.append(term) }
    }
    if terms.isEmpty {
      terms = query.phrases + query.words.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 }
    }
    return terms.filter { !$0.isEmpty }
  }
}
