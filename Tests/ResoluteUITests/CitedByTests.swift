import ResoluteUI
import ResolutionKit
import Foundation
import Testing

/// A present resolution's cited-by page (`c`): every citing paragraph of the corpus, each a link (issue 14).
@Suite struct CitedByTests {
  /// GA 55/64 from the bundled corpus and a later text that cites it twice, read by the real loader.
  static func citingCorpus() throws -> Corpus {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cited-by-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let original = try String(
      contentsOfFile: Fixture.corpusPath + "/ga-55-64-strengthening-the-programme.txt", encoding: .utf8)
    try original.write(to: folder.appendingPathComponent("ga-55-64.txt"), atomically: true, encoding: .utf8)
    try """
      Resolution 60/1. Follow-up to the strengthening of the programme

      The General Assembly,

      Recalling its resolution 55/64 of 4 December 2000,

      1. Welcomes the contributions called for in paragraph 7 of its resolution 55/64;

      2. Decides to continue its consideration of the question.
      """.write(to: folder.appendingPathComponent("ga-60-1.txt"), atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try CorpusLoader.load(path: folder.path)
  }

  @Test func cListsEveryCitingParagraphAsALink() throws {
    let corpus = try Self.citingCorpus()
    var session = Fixture.session(width: 100, height: 40, open: "GA 55/64", corpus: corpus)
    session.press(.character("c"))
    #expect(session.trail == ["GA 55/64", "Cited by: GA 55/64"])
    #expect(session.linkLabels == ["GA 60/1 · PP1", "GA 60/1 · 1"], "\(session.documentLines)")
    #expect(session.documentLines.contains { $0.contains("Cited by 1 resolution: GA 60/1 (2)") })
    // Enter opens the citing paragraph; Backspace comes back to the page.
    session.press(.enter)
    #expect(session.trail == ["GA 55/64", "Cited by: GA 55/64", "GA 60/1#PP1"])
    #expect(session.cursorParagraph == "PP1")
    session.press(.backspace)
    #expect(session.trail.last == "Cited by: GA 55/64")
    // A resolution nothing cites says so.
    session.press(.character(":"))
    session.type("GA 60/1")
    session.press(.enter, .character("c"))
    #expect(session.documentLines.contains("No resolution of the corpus cites it."))
  }

  @Test func cWorksFromTheNotesPaneToo() {
    var session = Fixture.session(open: "GA 55/64#7")
    session.press(.alt("3"), .character("c"))
    #expect(session.trail.last == "Cited by: GA 55/64")
    #expect(session.focus == .viewer)
  }

  @Test func theNotesPaneOffersACitedByLineThatOpensThePage() throws {
    let corpus = try Self.citingCorpus()
    var session = Fixture.session(width: 100, height: 40, open: "GA 55/64", corpus: corpus)
    #expect(session.notesLines.contains("cited by 1 resolution (c)"), "\(session.notesLines)")
    #expect(session.screenText.contains("cited by 1 resolution (c)"))
    // Enter on it in the notes pane opens the cited-by page, a step of the trail.
    session.press(.alt("3"), .character("G"), .enter)
    #expect(session.trail == ["GA 55/64", "Cited by: GA 55/64"])
    // A resolution nothing cites has no such line.
    session.press(.character(":"))
    session.type("GA 60/1")
    session.press(.enter)
    #expect(session.location != nil)
    #expect(!session.notesLines.contains { $0.contains("cited by") }, "\(session.notesLines)")
  }
}
