import ResolutionKit

/// Corpus-wide search (`F`): the query, the results in the list pane, and opening a result at its paragraph.
extension BrowserSession {
  /// How many results one search shows at most.
  static let searchLimit = 500
  /// How many results a search asks for first: on an index of 100,000 files the best 60 of a common word or phrase
  /// come in milliseconds (from its champion lists), all 500 in about a second. The rest are asked for when the cursor
  /// reaches the last one shown (`moreSearchResults`).
  public static let firstSearchResults = 60

  /// Runs the query typed after `Search all:` and shows the results in the list pane as a new trail, as opening
  /// from the list starts one.
  mutating func searchAll(_ text: String) {
    let query: SearchQuery
    do {
      query = try SearchQuery(parsing: text)
    } catch {
      message = error.description
      return
    }
    guard !query.isEmpty else {
      message = "Type words to look for: torture, \"human rights\", body:GA, year:1990-2000"
      return
    }
    let source = self.source
    let searched = longWork(.search(text), label: "searching") {
      Result { () throws(SearchError) -> [SearchHit] in try source.search(query, limit: Self.firstSearchResults) }
    }
    let hits: [SearchHit]
    switch searched {
    case .success(let found)?: hits = found
    case .failure(let error)?: message = error.description; return
    case nil: return
    }
    searchResults = SearchResultsList(
      query: text.trimmedSpaces, hits: hits, isTruncated: hits.count >= Self.firstSearchResults)
    isSearchCurrent = true
    history = History()
    setFocus(.list)
    // The first result is previewed at once, as moving the cursor previews the others.
    previewSelectedHit()
    if hits.isEmpty {
      message = "Nothing found for \(text.trimmedSpaces)"
    } else if let searching = filling.progress {
      message = "Searched what is indexed so far (\(searching))"
    }
  }

  /// Before a move to `row` of the results: when it is the last one shown and the search stopped at its first results,
  /// the rest of them (up to `searchLimit`, in the same order, the first ones the same). False while they are being
  /// asked for: the key runs again when they are in.
  mutating func moreSearchResults(beforeMovingTo row: Int) -> Bool {
    guard let results = searchResults, results.isTruncated, results.hits.count < Self.searchLimit,
      row >= results.hits.count - 1, let query = try? SearchQuery(parsing: results.query)
    else { return true }
    let source = self.source
    let searched = longWork(.moreSearchResults(results.query), label: "searching further") {
      Result { () throws(SearchError) -> [SearchHit] in try source.search(query, limit: Self.searchLimit) }
    }
    switch searched {
    case .success(let found)?:
      searchResults?.hits = found
      searchResults?.isTruncated = found.count >= Self.searchLimit
    case .failure(let error)?:
      // The results shown stay; they are all there will be.
      searchResults?.isTruncated = false
      message = error.description
    case nil: return false
    }
    return true
  }

  /// Enter on a result: its resolution, at the matching paragraph, with the matched words highlighted. The trail
  /// becomes `Search: … › GA 55/64`, so Backspace comes back to these results.
  mutating func openSelectedSearchResult() {
    guard let results = searchResults, let hit = results.selectedHit else {
      message = "No result to open; Esc returns to the list"
      return
    }
    let query = (try? SearchQuery(parsing: results.query)) ?? SearchQuery()
    // A file kept as plain text has no paragraph refs: open it at the top and find the first matched word.
    let landsOnParagraph = hit.ref != SearchableParagraph.plainTextRef
    guard open(.resolution(file: hit.file), paragraph: landsOnParagraph ? hit.ref : nil, history: .replace) else {
      return
    }
    history = History(back: [.search(results)], forward: [])
    recordVisit(.resolution(file: hit.file), paragraph: landsOnParagraph ? hit.ref : nil)
    let terms = SearchResultsList.matchedTerms(of: hit, query: query)
    highlights.find = terms.first ?? ""
    highlights.searchTerms = Array(terms.dropFirst())
    if !landsOnParagraph, !highlights.find.isEmpty {
      viewer.top(height: viewerGeometry.height)
      _ = viewer.find(highlights.find, forward: true, height: viewerGeometry.height)
    }
    refreshNotes(force: true)
    focus = .viewer
  }

  /// Esc in the results: back to the resolution list, with the document that was open still open.
  mutating func closeSearchResults() {
    searchResults = nil
    highlights.searchTerms = []
    if isSearchCurrent {
      isSearchCurrent = false
      history = History()
    }
    list.select(viewer.document.location ?? .resolution(file: ""))
  }
}

extension BrowserSession {
  /// Shows the selected search result's paragraph in the viewer as the cursor moves through the results: a preview,
  /// not a step of the history (Enter opens it as one).
  mutating func previewSelectedHit() {
    guard let results = searchResults, let hit = results.selectedHit else { return }
    let wasCurrent = isSearchCurrent
    let keptFocus = focus
    let location = Location.resolution(file: hit.file)
    if viewer.document.location == location {
      var moved = viewer
      if moved.land(on: hit.ref, height: viewerGeometry.height) { viewer = moved }
    } else {
      open(location, paragraph: hit.ref, history: .replace)
    }
    isSearchCurrent = wasCurrent
    focus = keptFocus
    // The preview shows what matched, as the opened result will.
    let query = (try? SearchQuery(parsing: results.query)) ?? SearchQuery()
    highlights.searchTerms = SearchResultsList.matchedTerms(of: hit, query: query)
  }
}
