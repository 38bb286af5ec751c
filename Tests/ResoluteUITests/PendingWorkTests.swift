import ResoluteUI
import ResolutionKit
import Testing

/// Long work apart from the key loop (issue 16): with `defersLongWork`, a key that needs a page of the corpus, a
/// series or a search leaves the state as it was and asks for the work; its outcome, fed back, finishes the key; Esc
/// drops it; the quit key quits while it runs. The work is the real parser and layout on the bundled corpus, run here
/// on the test's thread as the backend would on its own.
struct PendingWorkTests {
  static let ga5564 = "\(Fixture.corpusPath)/ga-55-64-strengthening-the-programme.txt"

  /// A session deferring long work, on the list with GA 55/64 selected and the first resolution open.
  static func deferring() -> BrowserSession {
    var session = Fixture.session()
    session.defersLongWork = true
    return session
  }

  /// `:GA 55/64` typed and Enter pressed.
  static func goingTo55_64(_ session: inout BrowserSession) {
    session.press(.character(":"))
    session.type("GA 55/64")
    session.press(.enter)
  }

  /// Runs the pending work (as the backend does, on its thread) and feeds the outcome back.
  @discardableResult
  static func finishWork(_ session: inout BrowserSession) throws -> ApplicationResponse {
    let work = try #require(session.pendingWork)
    return session.complete(work.run())
  }

  @Test func openingWaitsForTheWorkWithTheStateUnchangedThenFinishes() throws {
    var session = Self.deferring()
    let before = (session.location, session.trail, session.documentLines)
    #expect(before.0 != .resolution(file: Self.ga5564))
    Self.goingTo55_64(&session)
    let work = try #require(session.pendingWork)
    #expect(work.label == "opening GA 55/64")
    #expect(session.statusLine.contains("opening GA 55/64… (Esc cancels)"))
    #expect(session.location == before.0)
    #expect(session.trail == before.1)
    #expect(session.documentLines == before.2)

    #expect(session.complete(work.run()) == .redraw)
    #expect(session.pendingWork == nil)
    #expect(session.location == .resolution(file: Self.ga5564))
    #expect(session.trail.last == "GA 55/64")
    #expect(!session.statusLine.contains("Esc cancels"))
  }

  @Test func theResultIsTheSameAsWithoutDeferring() throws {
    var direct = Fixture.session()
    Self.goingTo55_64(&direct)
    var deferred = Self.deferring()
    Self.goingTo55_64(&deferred)
    try Self.finishWork(&deferred)
    #expect(deferred.location == direct.location)
    #expect(deferred.trail == direct.trail)
    #expect(deferred.documentLines == direct.documentLines)
    #expect(deferred.screenText == direct.screenText)
  }

  @Test func escapeCancelsLeavesTheStateAsItWasAndDropsALateOutcome() throws {
    var session = Self.deferring()
    let before = (session.location, session.trail, session.screenText)
    Self.goingTo55_64(&session)
    let work = try #require(session.pendingWork)
    session.press(.escape)
    #expect(session.pendingWork == nil)
    #expect(session.location == before.0)
    #expect(session.trail == before.1)
    #expect(session.statusLine.contains("Cancelled opening GA 55/64"))

    // The work finishing after all is dropped: nothing moves.
    #expect(session.complete(work.run()) == .none)
    #expect(session.location == before.0)
    #expect(session.trail == before.1)
    // The prompt the Enter came from is closed, the screen above the status line is as it was, the browser goes on.
    #expect(session.promptText == nil)
    #expect(session.screenText.split(separator: "\n").dropLast() == before.2.split(separator: "\n").dropLast())
    Self.goingTo55_64(&session)
    try Self.finishWork(&session)
    #expect(session.location == .resolution(file: Self.ga5564))
  }

  @Test func quitKeyQuitsWhileWorkRuns() throws {
    var session = Self.deferring()
    Self.goingTo55_64(&session)
    #expect(session.pendingWork != nil)
    #expect(session.press(.character("q")) == .quit)
  }

  @Test func keysPressedMeanwhileAreHandledAfterTheWorkInOrder() throws {
    var direct = Fixture.session()
    Self.goingTo55_64(&direct)
    direct.press(.character("j"), .character("j"))
    var session = Self.deferring()
    Self.goingTo55_64(&session)
    #expect(session.press(.character("j")) == .none)
    session.press(.character("j"))
    #expect(session.location != .resolution(file: Self.ga5564))
    try Self.finishWork(&session)
    #expect(session.cursorParagraph == direct.cursorParagraph)
    #expect(session.documentLines == direct.documentLines)
  }

  @Test func anOutcomeOfReplacedWorkIsDropped() throws {
    var session = Self.deferring()
    Self.goingTo55_64(&session)
    let first = try #require(session.pendingWork)
    session.press(.escape)
    Self.goingTo55_64(&session)
    let second = try #require(session.pendingWork)
    #expect(second.id != first.id)
    #expect(session.complete(first.run()) == .none)
    #expect(session.pendingWork?.id == second.id)
    #expect(session.complete(second.run()) == .redraw)
    #expect(session.location == .resolution(file: Self.ga5564))
  }

  @Test func aSeriesIsFoundApartThenShown() throws {
    var direct = Fixture.session(open: "GA 55/64")
    direct.press(.character("t"))
    var session = Fixture.session(open: "GA 55/64")
    session.defersLongWork = true
    let before = session.trail
    session.press(.character("t"))
    let work = try #require(session.pendingWork)
    #expect(work.label == "finding the series")
    #expect(session.trail == before)
    // Later work for the same key (the page) may follow; each outcome is fed back until none is asked.
    var rounds = 0
    while session.pendingWork != nil, rounds < 5 {
      try Self.finishWork(&session)
      rounds += 1
    }
    #expect(session.pendingWork == nil)
    #expect(session.trail == direct.trail)
    #expect(session.documentLines == direct.documentLines)
  }

  @Test func aCorpusSearchAndItsFirstResultAreComputedApart() throws {
    var direct = CorpusSearchTests.searched("juvenile")
    _ = direct.handle(.redraw)
    var session = Self.deferring()
    session.press(.character("F"))
    session.type("juvenile")
    session.press(.enter)
    #expect(session.pendingWork?.label == "searching")
    #expect(!session.isShowingSearchResults)
    var rounds = 0
    while session.pendingWork != nil, rounds < 5 {
      try Self.finishWork(&session)
      rounds += 1
    }
    #expect(session.isShowingSearchResults)
    #expect(session.searchResultLabels == direct.searchResultLabels)
    #expect(session.location == direct.location)
    #expect(session.screenText == direct.screenText)
  }

  @Test func withoutDeferringNothingWaits() {
    var session = Fixture.session()
    Self.goingTo55_64(&session)
    #expect(session.pendingWork == nil)
    #expect(session.location == .resolution(file: Self.ga5564))
  }
}
