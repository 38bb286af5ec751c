import ResoluteUI
import ResolutionKit
import Testing

/// `F`: search every paragraph of the corpus, results in the list pane, Enter lands on the paragraph with the match
/// highlighted, Backspace comes back to the results, Esc leaves them.
struct CorpusSearchTests {
  static let ga5564 = "\(Fixture.corpusPath)/ga-55-64-strengthening-the-programme.txt"

  static func searched(_ query: String, width: Int = 80, height: Int = 24) -> BrowserSession {
    var session = Fixture.session(width: width, height: height)
    session.press(.character("F"))
    session.type(query)
    session.press(.enter)
    return session
  }

  @Test func theResultsReplaceTheListAndStartATrail() {
    var session = Fixture.session()
    session.press(.character("F"))
    #expect(session.promptText == "Search all: ")
    session.type("juvenile")
    session.press(.enter)
    #expect(session.isShowingSearchResults)
    #expect(session.focus == .list)
    #expect(session.trail == ["Search: juvenile"])
    // Every paragraph that holds the word, in reading order, as the source found them.
    let expected = ScanSearch.search(SearchQuery(words: ["juvenile"]), in: Fixture.corpus.resolutions, limit: 500)
      .map { "\($0.displayID)#\($0.ref)" }
    #expect(!expected.isEmpty)
    #expect(session.searchResultLabels == expected)
    #expect(session.screenText.contains("Search: juvenile"))
    #expect(session.screen.isTerminalSafe)
  }

  @Test func enterLandsOnTheParagraphWithTheMatchHighlightedAndBackspaceReturns() throws {
    var session = Self.searched("juvenile")
    // Pick the result in GA 55/64.
    for _ in session.searchResultLabels where session.selectedSearchResult?.hasPrefix("GA 55/64") != true {
      session.press(.character("j"))
    }
    let selected = try #require(session.selectedSearchResult)
    #expect(selected.hasPrefix("GA 55/64#"))
    let ref = String(selected.split(separator: "#").last ?? "")

    session.press(.enter)
    #expect(session.location == .resolution(file: Self.ga5564))
    #expect(session.cursorParagraph == ref)
    #expect(session.focus == .viewer)
    #expect(session.trail == ["Search: juvenile", "GA 55/64#\(ref)"])
    #expect(session.highlightedTerms.map { $0.lowercased() } == ["juvenile"])
    // The word is drawn in the find highlight in the viewer (right of the list).
    let screen = session.screen
    let highlighted = screen.highlightedText(columns: 27..<screen.width)
    #expect(highlighted.lowercased().contains("juvenile"))

    session.press(.backspace)
    #expect(session.trail == ["Search: juvenile"])
    #expect(session.isShowingSearchResults)
    #expect(session.selectedSearchResult == selected)
    #expect(session.focus == .list)

    session.press(.character("L"))
    #expect(session.trail == ["Search: juvenile", "GA 55/64#\(ref)"])
  }

  /// The viewer beside the results previews the selected one with its matched words highlighted, before Enter.
  @Test func thePreviewHighlightsTheMatchedWords() {
    var session = Self.searched("juvenile")
    #expect(session.focus == .list)
    #expect(session.highlightedTerms.map { $0.lowercased() } == ["juvenile"])
    let screen = session.screen
    let highlighted = screen.highlightedText(columns: (screen.width / 2)..<screen.width, rows: 1..<(screen.height - 1))
    #expect(highlighted.lowercased().contains("juvenile"))
    session.press(.escape)
    #expect(session.highlightedTerms.isEmpty)
  }

  @Test func escapeLeavesTheResultsForTheList() {
    var session = Self.searched("juvenile")
    let ids = Fixture.session().listedIDs
    session.press(.escape)
    #expect(!session.isShowingSearchResults)
    #expect(session.listedIDs == ids)
    #expect(session.trail.count == 1)
    #expect(!session.trail[0].hasPrefix("Search"))
  }

  @Test func resultsAt80x24ShowIdAndParagraphWholeAndPreviewAsTheCursorMoves() throws {
    var session = Self.searched("technical cooperation")
    let screen = session.screenText
    for label in session.searchResultLabels.prefix(3) {
      let parts = label.split(separator: "#", maxSplits: 1).map(String.init)
      // The paragraph at the end of the result's first row, whole; the id whole when it fits the half width.
      #expect(screen.contains("· \(parts[1])"), "\(label):\n\(screen)")
      if parts[0].count < 30 { #expect(screen.contains(" \(parts[0])"), "\(label):\n\(screen)") }
    }
    session.press(.character("j"))
    let selected = try #require(session.selectedSearchResult)
    #expect(session.cursorParagraph == String(selected.split(separator: "#").last ?? ""))
    #expect(session.focus == .list)
    #expect(session.trail == ["Search: technical cooperation"])
  }

  @Test func escapeFromAnOpenedResultReturnsToTheResults() {
    var session = Self.searched("juvenile")
    session.press(.enter)
    #expect(session.focus == .viewer)
    #expect(!session.isShowingSearchResults || session.trail.count == 2)
    session.press(.escape)
    #expect(session.focus == .list)
    #expect(session.isShowingSearchResults)
    #expect(session.trail == ["Search: juvenile"])
    session.press(.escape)
    #expect(!session.isShowingSearchResults)
  }

  @Test func aBadQueryIsExplainedOnTheStatusLineSafely() {
    var session = Self.searched("crime body:XYZ")
    #expect(!session.isShowingSearchResults)
    #expect(session.statusLine.contains("no body is called XYZ"))
    var hostile = Self.searched("crime body:\u{1B}]0;pwned\u{07}")
    #expect(hostile.statusLine.contains("no body is called"))
    #expect(hostile.screen.isTerminalSafe)
    hostile.press(.character("F"))
    hostile.type("\u{1B}[31m")
    #expect(hostile.screen.isTerminalSafe)
  }

  @Test func nothingFoundSaysSo() {
    let session = Self.searched("zzzyzzx")
    #expect(session.isShowingSearchResults)
    #expect(session.searchResultLabels.isEmpty)
    #expect(session.statusLine.contains("Nothing found for zzzyzzx"))
  }

  /// A search shows its first results at once; reaching the last of them brings in the rest, in the same order, the
  /// first ones unchanged, and the move then goes on among them.
  @Test func theRestOfTheResultsComeInWhenTheCursorReachesTheLastShown() throws {
    let all = ScanSearch.search(SearchQuery(words: ["the"]), in: Fixture.corpus.resolutions, limit: 500)
      .map { "\($0.displayID)#\($0.ref)" }
    try #require(all.count > BrowserSession.firstSearchResults, "a word in more paragraphs than the first results")
    var session = Self.searched("the")
    #expect(session.searchResultLabels == Array(all.prefix(BrowserSession.firstSearchResults)))
    #expect(session.screenText.contains("\(BrowserSession.firstSearchResults)+"), "the count says there are more")
    for _ in 0..<(BrowserSession.firstSearchResults - 2) { session.press(.character("j")) }
    #expect(session.searchResultLabels.count == BrowserSession.firstSearchResults, "not yet at the last")
    session.press(.character("j"))
    #expect(session.searchResultLabels == all, "the rest came in")
    #expect(session.selectedSearchResult == all[BrowserSession.firstSearchResults - 1])
    session.press(.character("G"))
    #expect(session.selectedSearchResult == all.last)
    #expect(session.trail == ["Search: the"])
  }

  @Test func filtersNarrowTheResults() {
    let all = Self.searched("crime").searchResultLabels
    let ga = Self.searched("crime body:GA").searchResultLabels
    #expect(!ga.isEmpty && ga.count < all.count)
    #expect(ga.allSatisfy { $0.hasPrefix("GA ") })
  }

  @Test func theFirstResultIsPreviewedAsSoonAsTheResultsAppear() throws {
    let session = Self.searched("juvenile")
    let first = try #require(session.selectedSearchResult)
    #expect(first == session.searchResultLabels.first)
    // The viewer already shows its resolution at the paragraph, before any cursor move; the results stay current.
    let ref = String(first.split(separator: "#").last ?? "")
    #expect(session.location != nil)
    #expect(session.cursorParagraph == ref)
    #expect(session.screenText.contains(String(first.split(separator: "#").first ?? "")))
    #expect(session.trail == ["Search: juvenile"])
    #expect(session.focus == .list)
  }
}
