/// A place in the browser's history: what was shown, and where the reader was in it.
struct HistoryEntry: Hashable, Sendable {
  var location: Location
  var cursor: Int?
  var scroll: Int
  var selectedLink: Int?
  /// The paragraph under the cursor (`7`, `PP3`; nil on the title), for the trail: `GA 55/64#7`. Each item of the
  /// trail so names exactly where going back to it returns.
  var ref: String? = nil
}

/// One step of the trail: a document in the viewer, or a page of corpus-wide search results in the list pane.
enum HistoryItem: Hashable, Sendable {
  case document(HistoryEntry)
  case search(SearchResultsList)
}

/// Back and forward stacks, as in a web browser. The trail on the status line is `back` followed by the current item.
struct History: Hashable, Sendable {
  var back: [HistoryItem] = []
  var forward: [HistoryItem] = []
}
