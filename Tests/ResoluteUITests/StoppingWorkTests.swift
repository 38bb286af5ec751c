import ResoluteUI
import ResolutionKit
import Synchronization
import Testing

/// Work the browser no longer waits for is stopped, not just dropped (issue 16), and the work that was still done on
/// the key loop (the start's `--open`, the `\` source page, the notes' `cited by N`) is done apart. The session runs
/// the real parser, layout and search on a corpus with a generated big resolution; the work is run here as the
/// backend runs it. Cancelled work must say it stopped early (it saw its cancellation and returned before its end);
/// the same work not cancelled runs to its end.
struct StoppingWorkTests {
  /// 20,000 operative paragraphs, each naming torture and citing a resolution.
  static let bigFile = "\(Fixture.corpusPath)/generated-big.txt"

  static let corpus: Corpus = {
    var text = "Title of a generated resolution\n\nThe General Assembly,\n\n"
    text += "Recalling its resolution 46/152 of 18 December 1991,\n\n"
    for number in 1...20_000 {
      text += "\(number). Decides that torture is prohibited, recalling its resolution \(number % 900 + 1)/\(number % 50 + 10);\n\n"
    }
    let big = ResolutionParser().parse(Array(text.utf8), file: bigFile)
    let citing =
      "Citations galore\n\nThe General Assembly,\n\nRecalling "
      + (0..<20_000).map { "its resolution \($0 % 900 + 1)/\($0 % 50 + 10) of 18 December 1991" }.joined(separator: ", ")
      + ",\n\n1. Decides to remain seized of the matter.\n"
    let many = ResolutionParser().parse(Array(citing.utf8), file: manyFile)
    return Corpus(
      root: Fixture.corpusPath, resolutions: Fixture.corpus.resolutions + [big, many],
      warnings: Fixture.corpus.warnings)
  }()

  /// One sentence citing 20,000 resolutions.
  static let manyFile = "\(Fixture.corpusPath)/generated-many.txt"

  static func deferring(_ source: any CorpusSource = LoadedCorpus(corpus), open: String? = nil) -> BrowserSession {
    BrowserSession(
      source: source, capabilities: Fixture.color, width: 80, height: 24, open: open, defersLongWork: true)
  }

  static func openingTheBigFile(_ session: inout BrowserSession) {
    session.press(.character(":"))
    session.type("generated-big.txt")
    session.press(.enter)
  }

  @Test func escapeStopsOpeningABigFile() throws {
    var session = Self.deferring()
    Self.openingTheBigFile(&session)
    let work = try #require(session.pendingWork)
    #expect(work.label.hasPrefix("opening"))
    session.press(.escape)
    #expect(work.cancellation.isCancelled)
    let outcome = work.run()
    #expect(outcome.stoppedEarly, "the layout of 20,000 paragraphs ran to its end after Esc")
    #expect(session.complete(outcome) == .none)
    #expect(session.location != .resolution(file: Self.bigFile))
  }

  @Test func openingABigFileNotCancelledRunsToItsEnd() throws {
    var session = Self.deferring()
    Self.openingTheBigFile(&session)
    let outcome = try #require(session.pendingWork).run()
    #expect(!outcome.stoppedEarly)
    #expect(session.complete(outcome) == .redraw)
    #expect(session.location == .resolution(file: Self.bigFile))
  }

  @Test func escapeStopsASearchOverTheCorpus() throws {
    for cancelled in [false, true] {
      var session = Self.deferring()
      session.press(.character("F"))
      session.type("torture")
      session.press(.enter)
      let work = try #require(session.pendingWork)
      #expect(work.label == "searching")
      if cancelled { session.press(.escape) }
      #expect(work.run().stoppedEarly == cancelled)
    }
  }

  @Test func escapeStopsFindingASeriesOverManyCitations() throws {
    for cancelled in [false, true] {
      var session = Self.deferring(open: "generated-many.txt")
      while let work = session.pendingWork { _ = session.complete(work.run()) }
      #expect(session.location == .resolution(file: Self.manyFile))
      session.press(.character("t"))
      let work = try #require(session.pendingWork)
      #expect(work.label == "finding the series")
      if cancelled { session.press(.escape) }
      #expect(work.run().stoppedEarly == cancelled)
    }
  }

  @Test func quitStopsTheWorkItLeaves() throws {
    var session = Self.deferring()
    Self.openingTheBigFile(&session)
    let work = try #require(session.pendingWork)
    #expect(session.press(.character("q")) == .quit)
    #expect(work.run().stoppedEarly)
  }

  @Test func theStartTargetIsOpenedApartAfterTheFirstScreen() throws {
    var session = Self.deferring(open: "generated-big.txt")
    let work = try #require(session.pendingWork, "--open of a big file was opened before the first screen")
    #expect(work.label.hasPrefix("opening"))
    #expect(session.location != .resolution(file: Self.bigFile))
    #expect(session.statusLine.contains("(Esc cancels)"))
    #expect(session.complete(work.run()) == .redraw)
    #expect(session.pendingWork == nil)
    #expect(session.location == .resolution(file: Self.bigFile))

    // Esc during it leaves the first screen as it was, and the work stops.
    var cancelled = Self.deferring(open: "generated-big.txt")
    let first = cancelled.location
    let dropped = try #require(cancelled.pendingWork)
    cancelled.press(.escape)
    #expect(dropped.run().stoppedEarly)
    #expect(cancelled.location == first)
  }

  @Test func theStartTargetIsTheSameAsWithoutDeferring() throws {
    var direct = BrowserSession(
      source: LoadedCorpus(Fixture.corpus), capabilities: Fixture.color, width: 80, height: 24, open: "GA 55/64#3")
    var session = Self.deferring(LoadedCorpus(Fixture.corpus), open: "GA 55/64#3")
    var rounds = 0
    while let work = session.pendingWork, rounds < 5 {
      _ = session.complete(work.run())
      rounds += 1
    }
    _ = direct.handle(.redraw)
    _ = session.handle(.redraw)
    #expect(session.location == direct.location)
    #expect(session.screenText == direct.screenText)
  }

  @Test func theSourcePageIsReadApart() throws {
    var direct = Fixture.session(open: "GA 55/64")
    direct.press(.character("\\"))
    var session = Self.deferring(LoadedCorpus(Fixture.corpus), open: "GA 55/64")
    while let work = session.pendingWork { _ = session.complete(work.run()) }
    session.press(.character("\\"))
    let work = try #require(session.pendingWork, "the source page was read and laid out on the key")
    #expect(work.label.contains("source"))
    #expect(session.complete(work.run()) == .redraw)
    #expect(session.location == direct.location)
    #expect(session.screenText == direct.screenText)
  }

  /// A source that records whether each `citations(of:)` ran inside pending work (under a cancellation token).
  final class RecordingSource: CorpusSource, Sendable {
    let inner: LoadedCorpus
    let calls = Mutex<[Bool]>([])
    init(_ inner: LoadedCorpus) { self.inner = inner }
    var root: String { inner.root }
    var summaries: [ResolutionSummary] { inner.summaries }
    var absentSummaries: [AbsentSummary] { inner.absentSummaries }
    var revision: Int { inner.revision }
    var isComplete: Bool { inner.isComplete }
    var progress: String? { inner.progress }
    var warnings: [ParseWarning] { inner.warnings }
    var unreadableCount: Int { inner.unreadableCount }
    func resolution(file: String) -> Resolution? { inner.resolution(file: file) }
    func files(withID id: ResolutionID) -> [String] { inner.files(withID: id) }
    func absentResolution(_ id: ResolutionID) -> AbsentResolution? { inner.absentResolution(id) }
    func citations(of id: ResolutionID) -> [CitationEdge] {
      let apart = WorkCancellation.current != nil
      calls.withLock { $0.append(apart) }
      return inner.citations(of: id)
    }
    func search(_ query: SearchQuery, limit: Int) throws(SearchError) -> [SearchHit] {
      try inner.search(query, limit: limit)
    }
    func reusedLanguage(ref: String, inFile file: String, limit: Int) -> [ReuseMatch] {
      inner.reusedLanguage(ref: ref, inFile: file, limit: limit)
    }
  }

  /// "Did you mean" measures an edit distance to every row of the list: apart from the key loop, with the same
  /// message as when it is done at once.
  @Test func theSuggestionsForAnUnknownIdAreFoundApart() throws {
    var session = Self.deferring()
    while let work = session.pendingWork { _ = session.complete(work.run()) }
    session.press(.character(":"))
    session.type("ECOSOC 55/64")
    session.press(.enter)
    let work = try #require(session.pendingWork, "the suggestions were computed on the key")
    #expect(work.label.contains("close to ECOSOC 55/64"))
    #expect(session.complete(work.run()) == .redraw)
    #expect(session.message?.contains("did you mean GA 55/64?") == true, "\(session.message ?? "")")
  }

  @Test func theCitedByCountIsCountedApart() throws {
    let source = RecordingSource(LoadedCorpus(Fixture.corpus))
    var session = Self.deferring(source)
    while let work = session.pendingWork { _ = session.complete(work.run()) }
    source.calls.withLock { $0 = [] }
    session.press(.character(":"))
    session.type("GA 55/64")
    session.press(.enter)
    let work = try #require(session.pendingWork)
    #expect(session.complete(work.run()) == .redraw)
    #expect(session.location == .resolution(file: PendingWorkTests.ga5564))
    let calls = source.calls.withLock { $0 }
    #expect(!calls.isEmpty, "the notes' cited-by count was not read")
    #expect(calls.allSatisfy { $0 }, "citations were read on the key loop: \(calls)")
  }
}
