import ResoluteUI
import ResolutionKit
import Testing

/// Reading across resolutions in the real session on the real corpus: compare (`d`), reused language (`r`), series
/// (`t`), each a page of the trail.
@Suite struct AcrossTests {
  static let ga = "\(Fixture.corpusPath)/ga-55-64-strengthening-the-programme.txt"
  static let ecosoc2004 = "\(Fixture.corpusPath)/ecosoc-2004-technical-cooperation-capacity.txt"
  static let ccpcj = "\(Fixture.corpusPath)/ccpcj-5-2-technical-cooperation.txt"

  @Test func compareWithThePredecessorSideBySideWhenWide() {
    var session = Fixture.session(width: 140, height: 40, open: "ecosoc-2004-technical-cooperation-capacity.txt")
    #expect(session.location == .resolution(file: Self.ecosoc2004))
    session.press(.character("d"))
    // The predecessor in its series is proposed; Enter accepts it.
    #expect(session.promptText == "Compare with: GA 55/64")
    session.press(.enter)
    #expect(session.location == .compare(old: Self.ga, new: Self.ecosoc2004))
    #expect(session.trail.count == 2)
    let lines = session.documentLines
    #expect(lines.contains { $0.hasPrefix("PREAMBLE") })
    #expect(lines.contains { $0.hasPrefix("OPERATIVE PART") })
    // Changed rows are side by side: old and new on one line with the rule between.
    #expect(lines.contains { $0.contains(" │ ") })
    // Backspace comes back to the resolution.
    session.press(.backspace)
    #expect(session.location == .resolution(file: Self.ecosoc2004))
  }

  @Test func compareInterleavedAtEightyColumnsAndAnyIdCanBeTyped() {
    var session = Fixture.session(open: "ecosoc-2004-technical-cooperation-capacity.txt")
    session.press(.character("d"), .control("u"))
    session.type("CCPCJ 5/2")
    session.press(.enter)
    #expect(session.location == .compare(old: Self.ccpcj, new: Self.ecosoc2004))
    #expect(!session.documentLines.contains { $0.contains(" │ ") })
    // An id that is only cited has no text to compare.
    session.press(.backspace, .character("d"), .control("u"))
    session.type("GA 58/140")
    session.press(.enter)
    #expect(session.message == "GA 58/140 is only cited: no text to compare")
  }

  @Test func reusedLanguageOfTheFundParagraphReachesThreeResolutions() throws {
    var session = Fixture.session(open: "GA 55/64#14")
    session.press(.character("r"))
    #expect(session.location == .reuse(file: Self.ga, ref: "14"))
    let labels = session.linkLabels
    let resolutions = Set(labels.map { $0.components(separatedBy: " · ").first ?? $0 })
    #expect(resolutions.count >= 3, "\(labels)")
    #expect(labels.contains("CCPCJ 5/2 · 12"), "\(labels)")
    // The first entry is under the cursor: y copies its reference, Enter opens it there.
    session.press(.character("j"), .character("j"))
    let ref = try #require(session.cursorParagraph)
    session.press(.character("y"))
    #expect(session.clipboard != nil)
    session.press(.enter)
    #expect(session.location != .reuse(file: Self.ga, ref: "14"))
    #expect(ref.hasSuffix("#" + (session.cursorParagraph ?? "?")))
    session.press(.backspace)
    #expect(session.location == .reuse(file: Self.ga, ref: "14"))
  }

  @Test func seriesTimelineWithAbsentMembers() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("t"))
    #expect(session.location == .series(file: Self.ga, id: nil))
    let text = session.documentLines.joined(separator: " ")
    #expect(text.contains("GA 58/140"))
    #expect(text.contains("cited only"))
    #expect(session.linkLabels.contains { $0.hasPrefix("ECOSOC") })
  }
}
