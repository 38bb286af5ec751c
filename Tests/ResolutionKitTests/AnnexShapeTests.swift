import ResolutionKit
import Testing

/// Annexes of the shapes real resolutions carry, from small made-up texts: declarations, programmes of action with
/// chapters, conventions with articles, rules of procedure; numbered annexes; nothing after the closing line dropped.
struct AnnexShapeTests {
  private func parse(_ text: String) -> Resolution {
    ResolutionParser().parse(Array(text.utf8), file: "made-up.txt")
  }

  private let head = """
    Resolution 99/1. Made-up instruments

    The General Assembly,

    Recalling its earlier resolutions,

    1. Adopts the texts annexed to the present resolution;

    2. Invites States to apply them.

    99th plenary meeting
    1 March 2099


    """

  @Test func aDeclarationNumbersStraightThroughItsChapters() {
    let resolution = parse(
      head + """
        Annex

        Made-up Declaration

        1. We, the Heads of State, gather here.

        I. Shared commitments

        2. We commit to the made-up goals.

        3. We recognize:

        (a) The first thing;

        (b) The second thing.

        II. Follow-up 4. We decide to meet again.

        Review and reporting

        5. We will report.
        """)
    #expect(resolution.operative.count == 2)
    let annex = try! #require(resolution.annexes.first)
    #expect(annex.number == nil)
    #expect(annex.title == "Made-up Declaration")
    #expect(annex.paragraphs.map(\.ref) == ["annex.1", "annex.2", "annex.3", "annex.4", "annex.5"])
    #expect(annex.sections.map(\.number) == ["I", "II", ""])
    #expect(annex.sections.map(\.heading) == ["Shared commitments", "Follow-up", "Review and reporting"])
    #expect(annex.paragraphs[3].text == "We decide to meet again.")
    #expect(annex.headingsBeforeParagraphs[4]?.map(\.heading) == ["Review and reporting"])
    #expect(annex.paragraphs[2].subparagraphs.map(\.ref) == ["annex.3(a)", "annex.3(b)"])
    #expect(resolution.text(of: "annex.4") == "We decide to meet again.")
    #expect(resolution.paragraphRefs.contains("annex.3(b)"))
  }

  @Test func aProgrammeWhoseChaptersRestartNumberingPutsTheChapterInTheRef() {
    let resolution = parse(
      head + """
        Annex I

        Programme of Action

        I

        GOALS

        1. States should act.

        2. States should report.

        II

        MEANS

        1. Funds should be found:

        (a) From budgets;

        Annex II

        Second text

        1. Another annex paragraph.
        """)
    #expect(resolution.annexes.map(\.number) == ["I", "II"])
    let first = resolution.annexes[0]
    #expect(first.paragraphs.map(\.ref) == ["annexI.I.1", "annexI.I.2", "annexI.II.1"])
    #expect(first.paragraphs[2].subparagraphs.map(\.ref) == ["annexI.II.1(a)"])
    #expect(resolution.annexes[1].paragraphs.map(\.ref) == ["annexII.1"])
    #expect(resolution.annexes[1].title == "Second text")
    // Pinpoints into numbered annexes: "resolution 99/1, annex II" and a chapter's paragraph.
    let outline = ParagraphOutline(resolution)
    #expect(outline.paragraph(named: Pinpoint("annex II")!) == "annexII.1")
    #expect(outline.paragraph(named: Pinpoint("annex I, section II, para. 1 (a)")!) == "annexI.II.1(a)")
    #expect(outline.paragraph(named: Pinpoint("annex III")!) == nil)
    #expect(ParagraphReference.citation(for: "annexI.II.1(a)", in: resolution) == "GA resolution 99/1, annex I, sect. II, para. 1 (a)")
  }

  @Test func aConventionHasItsPreambleAndArticles() {
    let resolution = parse(
      head + """
        Annex

        Made-up Convention

        The States Parties to the present Convention,

        Recalling the made-up treaty,

        Have agreed as follows:

        Article 1

        Definitions

        For the purposes of this Convention, a thing is a thing.

        Article 2

        1. Each State Party shall act.

        2. Each State Party shall report.
        """)
    let annex = try! #require(resolution.annexes.first)
    #expect(annex.preamble.map(\.ref) == ["annex.PP1", "annex.PP2", "annex.PP3"])
    #expect(annex.preamble[1].verb == "Recalling")
    #expect(annex.paragraphs.map(\.ref) == ["annex.art1", "annex.art2"])
    #expect(annex.paragraphs[0].text.contains("a thing is a thing"))
    #expect(annex.paragraphs[1].text.contains("shall report"))
  }

  @Test func rulesOfProcedureAreRules() {
    let resolution = parse(
      head + """
        Annex

        Rules of procedure

        Chapter I

        Sessions

        Rule 1

        The body meets once a year.

        Rule 2

        The body may meet again.
        """)
    let annex = try! #require(resolution.annexes.first)
    #expect(annex.paragraphs.map(\.ref) == ["annex.rule1", "annex.rule2"])
    #expect(annex.sections.map(\.heading) == ["Sessions"])
    #expect(annex.paragraphs.allSatisfy { $0.section == "I" })
  }

  @Test func annexParagraphsAreSearchedAndTheirCitationsFound() {
    let resolution = parse(
      head + """
        Annex

        1. We recall General Assembly resolution 46/152 of 18 December 1991.

        2. We act on paragraph 1 above and on paragraph 2 of the present resolution.
        """)
    #expect(resolution.searchableParagraphs.contains { $0.ref == "annex.1" && $0.text.contains("We recall") })
    let citations = CitationExtractor(adoptingBody: .ga, ownNumber: "99/1").citations(in: resolution)
    #expect(citations.contains { $0.ref == "annex.1" && $0.target?.description == "GA 46/152" })
    // Inside an annex, "paragraph 1 above" is the annex's own; "of the present resolution" the resolution's.
    let ownRefs = citations.filter { $0.ref == "annex.2" && $0.kind == .internal }.map(\.target?.description)
    #expect(ownRefs == ["annex.1", "2"])
  }

  @Test func anAnnexWordInsideAParagraphIsNotAHeading() {
    let resolution = parse(
      """
      Resolution 99/2. Made-up

      The General Assembly,

      1. Takes note of the report,
      Annex to which is long;

      2. Decides to continue.

      99th plenary meeting
      1 March 2099
      """)
    #expect(resolution.annexes.isEmpty)
    #expect(resolution.operative.count == 2)
  }

  @Test func textAfterTheClosingLineThatIsNoAnnexIsKeptAndSaid() {
    let resolution = parse(
      """
      Resolution 99/3. Made-up

      The General Assembly,

      1. Decides to act.

      99th plenary meeting
      1 March 2099

      ---

      Appendix: a made-up list of the participants.
      """)
    #expect(resolution.annexes.isEmpty)
    #expect(resolution.operative.last?.text.hasSuffix("Appendix: a made-up list of the participants.") == true)
    #expect(resolution.searchableParagraphs.contains { $0.text.contains("list of the participants") })
    #expect(resolution.warnings.contains { $0.line == 12 && $0.message.contains("after the closing meeting line") })
    #expect(!resolution.warnings.contains { $0.line == 10 })
  }
}
