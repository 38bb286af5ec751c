import Foundation
import ResoluteUI
import ResolutionKit
import Testing

@testable import CorpusIndex

/// The browser's first screen reads only the head of the list (`firstRows`) and the rest in the background: what it
/// shows must be what the whole list shows, lookups beyond the head must work meanwhile, and the list must fill.
@Suite("An index opened with the head of its list only")
struct FirstScreenTests {
  /// The bundled corpus and twelve more Council resolutions: ten dated (1980 to 1989), one undated whose number states
  /// 1975 (listed in 1975, before every dated one, though reading order puts undated files last) and one undated whose
  /// number states 1995 (listed after the dated ones).
  static func workspace() throws -> Workspace {
    let workspace = try Workspace()
    for year in 1980...1989 {
      try workspace.write("ecosoc-\(year)-7.txt", Self.text(number: "\(year)/7", subject: "dated \(year)", meeting: "\(year)"))
    }
    try workspace.write("ecosoc-1975-4.txt", Self.text(number: "1975/4", subject: "undated of 1975", meeting: nil))
    try workspace.write("ecosoc-1995-9.txt", Self.text(number: "1995/9", subject: "undated of 1995", meeting: nil))
    try workspace.open().update()
    return workspace
  }

  static func text(number: String, subject: String, meeting year: String?) -> String {
    """
    ## \(number). Cooperation in the field of \(subject)

    #### The Economic and Social Council,

    *Recalling* its resolution 1992/22 of 30 July 1992 on operational activities,

    1. *Requests* the Secretary-General to report on the \(subject) cooperation;

    2. *Decides* to remain seized of the matter.

    \(year.map { "12th plenary meeting\n3 May \($0)" } ?? "")

    """
  }

  @Test("the head holds the first dated files and the undated ones of earlier years; then the whole list arrives")
  func head() throws {
    let workspace = try Self.workspace()
    let whole = try workspace.open()
    #expect(whole.summaries.count == 17)
    let head = try IndexedCorpus(corpusPath: workspace.corpus, indexPath: workspace.indexPath, firstRows: 3)
    #expect(!head.isComplete, "a list read in part is not complete")
    let files = head.summaries.map(\.file)
    #expect(files.count == 4, "three dated files and the undated one of 1975: \(files)")
    #expect(files.contains(workspace.file("ecosoc-1975-4.txt")))
    #expect(!files.contains(workspace.file("ecosoc-1995-9.txt")))
    #expect(files == whole.summaries.map(\.file).filter(files.contains), "in reading order")
    #expect(head.absentSummaries.isEmpty)

    // Beyond the head, ids, files and citations are still found (from the database).
    let last = workspace.file("ecosoc-1989-7.txt")
    #expect(!files.contains(last))
    let id = try #require(ResolutionID("ECOSOC 1989/7"))
    #expect(head.files(withID: id) == [last])
    let opened = try #require(head.resolution(file: last))
    let expected = try #require(whole.resolution(file: last))
    #expect(opened.title == expected.title)
    #expect(opened.citations.map(\.resolved) == expected.citations.map(\.resolved))
    #expect(opened.citations.contains { $0.resolved == workspace.file(Seed.ecosoc1992) })
    let cited = try #require(ResolutionID("ECOSOC 1992/22"))
    #expect(head.citations(of: cited).map(\.sourceFile) == whole.citations(of: cited).map(\.sourceFile))

    let revision = head.revision
    head.completeList()
    #expect(head.revision > revision)
    #expect(head.summaries == whole.summaries)
    #expect(head.absentSummaries == whole.absentSummaries)
  }

  @Test("a browser on the head shows the whole list's first screen, and fills to the whole list")
  func browser() throws {
    let workspace = try Self.workspace()
    let whole = try workspace.open()
    let color = TerminalCapabilities(unicode: true, colors: true, mouse: true)
    var full = BrowserSession(source: whole, capabilities: color, width: 80, height: 24)
    let head = try IndexedCorpus(corpusPath: workspace.corpus, indexPath: workspace.indexPath, firstRows: 3)
    var first = BrowserSession(source: head, capabilities: color, width: 80, height: 24)

    #expect(first.wantsTicks)
    #expect(first.statusLine.contains("reading the list"))
    #expect(Array(full.listedIDs.prefix(first.listedIDs.count)) == first.listedIDs)
    #expect(first.listedIDs.first == "ECOSOC 1975/4", "an undated file listed under the year its number states")
    #expect(first.selectedListID == full.selectedListID)
    #expect(first.location == full.location)
    #expect(first.documentLines == full.documentLines)

    // `G` before the rest arrives: the end asked for is the whole list's.
    _ = first.handle(.character("G"))
    _ = full.handle(.character("G"))
    #expect(first.selectedListID == first.listedIDs.last)
    head.startUpdating()
    head.waitUntilComplete()
    #expect(first.handle(.tick) == .redraw)
    #expect(!first.wantsTicks)
    #expect(first.listedIDs == full.listedIDs)
    #expect(first.listedIDs.count == 17 && !first.statusLine.contains("reading the list"))
    #expect(first.selectedListID == full.listedIDs.last)
    var filled = ScreenBuffer(width: 80, height: 24)
    var expected = ScreenBuffer(width: 80, height: 24)
    first.render(into: &filled)
    full.render(into: &expected)
    #expect(filled.lines == expected.lines)
  }

  @Test("--open beyond the head opens at once, and its row is selected when the list arrives")
  func openBeyondTheHead() throws {
    let workspace = try Self.workspace()
    let head = try IndexedCorpus(corpusPath: workspace.corpus, indexPath: workspace.indexPath, firstRows: 3)
    let color = TerminalCapabilities(unicode: true, colors: true, mouse: true)
    var session = BrowserSession(source: head, capabilities: color, width: 80, height: 24, open: "ECOSOC 1989/7")
    #expect(session.location == .resolution(file: workspace.file("ecosoc-1989-7.txt")))
    #expect(!session.statusLine.contains("Waiting"))
    head.startUpdating()
    head.waitUntilComplete()
    _ = session.handle(.tick)
    #expect(session.selectedListID == "ECOSOC 1989/7")
    #expect(session.location == .resolution(file: workspace.file("ecosoc-1989-7.txt")))
  }
}
