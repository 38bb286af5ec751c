import ResoluteUI
import ResolutionKit
import Testing

/// A source that fills while the browser runs (an index being built): ticks bring the new rows in, the selection and
/// the open document stay, the status line shows progress, and ticks stop once the source is complete.
struct FillingListTests {
  static func session(_ source: FillingSource, open: String? = nil) -> BrowserSession {
    BrowserSession(source: source, capabilities: Fixture.color, width: 80, height: 24, open: open)
  }

  @Test func anEmptySourceShowsItsProgressThenOpensTheFirstResolutionThatArrives() {
    let source = FillingSource()
    var session = Self.session(source)
    #expect(session.wantsTicks)
    #expect(session.listedIDs.isEmpty)
    #expect(session.location == nil)
    #expect(session.documentLines.joined().contains("the list fills"))
    #expect(session.statusLine.contains("indexing 0 of \(source.totalCount)"))
    // Nothing changed: a tick draws nothing.
    #expect(session.press(.tick) == .none)

    source.reveal(2)
    #expect(session.press(.tick) == .redraw)
    #expect(session.listedIDs.count == 2)
    let first = Fixture.corpus.resolutions[0]
    #expect(session.location == .resolution(file: first.file))
    #expect(session.trail == [first.displayID])
    #expect(session.focus == .list, "arriving rows must not take the focus")
    #expect(session.statusLine.contains("indexing 2 of \(source.totalCount)"))

    source.revealAll()
    #expect(session.press(.tick) == .redraw)
    #expect(session.listedIDs.count == source.totalCount)
    #expect(!session.wantsTicks)
    #expect(!session.statusLine.contains("indexing"))
    #expect(session.press(.tick) == .none)
  }

  @Test func aFilterTypedWhileTheListFillsAlsoSiftsTheRowsThatArriveLater() {
    let source = FillingSource(initiallyShown: 1)
    var session = Self.session(source)
    session.press(.character("/"))
    session.type("ecosoc")
    session.press(.enter)
    #expect(session.listedIDs.count <= 1)
    source.revealAll()
    session.press(.tick)
    #expect(session.listedIDs.count == 3)
    #expect(session.listedIDs.allSatisfy { $0.hasPrefix("ECOSOC") })
    session.press(.escape)
    #expect(session.listedIDs.count == source.totalCount)
  }

  @Test func newRowsKeepTheSelectedResolutionSelectedAndTheOpenDocumentOpen() {
    let source = FillingSource(initiallyShown: 3)
    var session = Self.session(source)
    session.press(.character("G"), .enter)  // the last row so far, opened
    let selected = session.selectedListID
    let location = session.location
    session.press(.character("j"), .character("j"))  // read on a little
    let paragraph = session.cursorParagraph
    #expect(paragraph != nil)

    source.revealAll()
    session.press(.tick)
    #expect(session.listedIDs.count == source.totalCount)
    #expect(session.selectedListID == selected)
    #expect(session.location == location)
    #expect(session.cursorParagraph == paragraph)
    #expect(session.trail.last == "\(selected ?? "")#\(paragraph ?? "")")
  }

  @Test func aTargetGivenWithOpenIsOpenedWhenItArrives() throws {
    let target = try #require(Fixture.corpus.resolutions.first { $0.id?.description == "GA 55/64" })
    let source = FillingSource()
    var session = Self.session(source, open: "GA 55/64#7")
    #expect(session.statusLine.contains("Waiting for GA 55/64"))
    source.revealAll()
    session.press(.tick)
    #expect(session.location == .resolution(file: target.file))
    #expect(session.cursorParagraph == "7")
    #expect(session.focus == .viewer)
  }

  @Test func aTargetThatNeverArrivesIsReportedOnceTheSourceIsComplete() {
    let source = FillingSource()
    var session = Self.session(source, open: "GA 99/999")
    source.revealAll()
    session.press(.tick)
    #expect(session.statusLine.contains("neither in the corpus nor cited by it"))
  }

  @Test func aCompleteSourceNeverAsksForTicks() {
    let session = Fixture.session()
    #expect(!session.wantsTicks)
  }
}
