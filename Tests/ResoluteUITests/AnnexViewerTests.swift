import ResoluteUI
import ResolutionKit
import Testing

/// Annexes in the browser, from two made-up texts parsed by the real parser: shown after the resolution's own text
/// with their headings, reached by `:ID#REF` in people's forms, and by following a pinpoint citation.
@Suite struct AnnexViewerTests {
  static func corpus() -> Corpus {
    let annex = (1...35).map { "\($0). We make made-up point \($0)." }.joined(separator: "\n\n")
    let cited = ResolutionParser().parse(
      Array(
        """
        Resolution 46/152. Made-up programme

        The General Assembly,

        1. Approves the statement annexed to the present resolution.

        79th plenary meeting
        18 December 1991

        Annex

        Made-up Statement of Principles

        \(annex)
        """.utf8), file: "mem/46-152.txt")
    let citing = ResolutionParser().parse(
      Array(
        """
        Resolution 47/1. Made-up follow-up

        The General Assembly,

        1. Recalls paragraph 35 of the annex to General Assembly resolution 46/152;

        2. Decides to continue.
        """.utf8), file: "mem/47-1.txt")
    var corpus = Corpus(root: "mem", resolutions: [cited, citing], warnings: [])
    CitationResolution.resolve(&corpus)
    return corpus
  }

  static func go(_ text: String, in session: inout BrowserSession) {
    session.press(.character(":"))
    session.type(text)
    session.press(.enter)
  }

  @Test func theAnnexFollowsTheResolutionWithItsHeadings() {
    var session = Fixture.session(width: 100, height: 30, open: "GA 46/152", corpus: Self.corpus())
    let lines = session.documentLines
    let meeting = lines.firstIndex { $0.contains("79th plenary meeting") }
    let heading = lines.firstIndex { $0.filter { $0 != " " } == "Annex" }
    let title = lines.firstIndex { $0.contains("Made-up Statement of Principles") }
    #expect(meeting != nil && heading != nil && title != nil)
    #expect(meeting! < heading! && heading! < title!)
    #expect(lines.contains { $0.contains("35. We make made-up point 35.") })
    Self.go("#annex, para. 35", in: &session)
    #expect(session.cursorParagraph == "annex.35")
    Self.go("GA 46/152#annex.2", in: &session)
    #expect(session.cursorParagraph == "annex.2")
  }

  @Test func aPinpointIntoTheAnnexLandsOnItsParagraph() {
    var session = Fixture.session(width: 100, height: 30, open: "GA 47/1", corpus: Self.corpus())
    session.press(.tab, .enter)
    // The trail names the paragraph each page was left at (issue 14): the link sits in paragraph 1.
    #expect(session.trail == ["GA 47/1#1", "GA 46/152#annex.35"])
    #expect(session.cursorParagraph == "annex.35")
  }
}
