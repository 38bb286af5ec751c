import ResolutionKit
import Testing

/// Pinpoints as one type: printed once by the citation grammar, read back by one parser, resolved into annexes.
struct PinpointTests {
  @Test(arguments: [
    "para. 9", "paras. 3 and 4", "paras. 3, 5 and 7", "para. 26 (d)", "annex", "annex III", "section II", "chap. IV",
    "annex, para. 35", "annex I, section II, para. 3", "section II, paras. 3, 5 and 7", "sect. 23", "Suppl. No. 6",
  ])
  func printsAndReadsBack(_ text: String) {
    #expect(Pinpoint(text)?.description == text)
  }

  @Test func partsAreTyped() {
    let pinpoint = Pinpoint("annex II, para. 26 (d)")
    #expect(pinpoint?.parts == [.annex("II"), .paragraphs("26 (d)", plural: false)])
    #expect(pinpoint?.annex == .numbered("II"))
    #expect(pinpoint?.paragraph?.number == 26)
    #expect(pinpoint?.paragraph?.label == "d")
    #expect(Pinpoint("paras. 3 and 4")?.paragraph == nil)
    #expect(Pinpoint("article 5") == nil)
  }

  /// Issue 12: seen in A/RES/80/44, "paragraph 2 of resolution 62/43, paragraph 2 of resolution 63/68" gave
  /// 62/43 the pinpoint "para. 2, para. 2" (the second belongs to 63/68).
  @Test func aPinpointBeforeTheNextCitationIsNotTakenTwice() {
    let text = "pursuant to paragraph 1 of resolution 61/75, paragraph 2 of resolution 62/43, paragraph 2 of "
      + "resolution 63/68 and paragraph 2 of resolution 64/49,"
    let found = CitationExtractor(adoptingBody: .ga, ownNumber: "80/44").citations(in: text, ref: "PP9", line: 1)
    #expect(found.map(\.target?.description) == ["GA 61/75", "GA 62/43", "GA 63/68", "GA 64/49"])
    #expect(found.map(\.pinpoint?.description) == ["para. 1", "para. 2", "para. 2", "para. 2"])
  }

  @Test func pinpointsLandOnAnnexParagraphs() {
    let annex = (1...35).map { "\($0). The programme's point \($0) is made." }.joined(separator: "\n\n")
    let cited = ResolutionParser().parse(
      Array(
        """
        Resolution 46/152. Made-up programme

        The General Assembly,

        1. Approves the statement annexed to the present resolution.

        79th plenary meeting
        18 December 1991

        Annex

        \(annex)
        """.utf8), file: "c/46-152.txt")
    let outline = ParagraphOutline(cited)
    #expect(cited.annexes.first?.paragraphs.map(\.ref) == (1...35).map { "annex.\($0)" })
    #expect(outline.paragraph(named: Pinpoint("annex, para. 35")!) == "annex.35")
    #expect(outline.paragraph(named: Pinpoint("annex")!) == "annex.1")
    #expect(outline.paragraph(named: Pinpoint("para. 1")!) == "1")
    #expect(outline.paragraph(named: Pinpoint("annex, para. 36")!) == nil)
    #expect(outline.paragraph(named: Pinpoint("annex, paras. 3 and 4")!) == nil)
    #expect(outline.paragraph(named: Pinpoint("annex II, para. 35")!) == nil)

    let citing = ResolutionParser().parse(
      Array(
        """
        Resolution 1992/22. Made-up follow-up

        The Economic and Social Council,

        1. Recalls paragraph 35 of the annex to General Assembly resolution 46/152;

        2. Recalls also General Assembly resolution 46/152, annex, para. 1;
        """.utf8), file: "c/1992-22.txt")
    var corpus = Corpus(root: "c", resolutions: [cited, citing], warnings: [])
    CitationResolution.resolve(&corpus)
    let links = corpus.resolutions[1].citations.filter { $0.target?.description == "GA 46/152" }
    #expect(links.map(\.pinpoint?.description) == ["annex, para. 35", "annex, para. 1"])
    #expect(links.map(\.resolvedParagraph) == ["annex.35", "annex.1"])
    #expect(links.allSatisfy { $0.resolved == "c/46-152.txt" })
  }
}
