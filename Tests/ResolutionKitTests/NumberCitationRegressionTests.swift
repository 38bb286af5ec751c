import ResolutionKit
import Testing

/// Regressions of the number grammar in citations and headings (issue 12), and decisions as their own kind.
@Suite struct NumberCitationRegressionTests {
  private func parse(_ text: String, file: String = "test.txt") -> Resolution {
    var r = ResolutionParser().parse(Array(text.utf8), file: file)
    r.citations = CitationExtractor(adoptingBody: r.body, ownNumber: r.number).citations(in: r)
    return r
  }

  static let emergencySession = """
    Resolution ES-10/2.

    Illegal Israeli actions in Occupied East Jerusalem and the rest of the Occupied Palestinian Territory

    The General Assembly,

    Recalling its resolution ES-10/1 of 25 April 1997,

    1. Decides to adjourn the tenth emergency special session temporarily.
    """

  @Test func anEmergencySessionHeadingGivesTheIdAndDoesNotCiteItself() {
    let r = parse(Self.emergencySession)
    #expect(r.id?.description == "GA ES-10/2")
    #expect(r.symbol == "A/RES/ES-10/2")
    #expect(r.title == "Illegal Israeli actions in Occupied East Jerusalem and the rest of the Occupied Palestinian Territory")
    #expect(!r.citations.contains { $0.target?.description == "GA ES-10/2" }, "\(r.citations)")
    #expect(r.citations.compactMap(\.target?.description) == ["GA ES-10/1"])
  }

  @Test func otherHeadingsOfSpecialSessions() {
    for (heading, id) in [("S-26/2. Declaration of Commitment", "GA S-26/2"), ("ES-11/1. Aggression", "GA ES-11/1"),
      ("Resolution ES-10/21", "GA ES-10/21")]
    {
      let r = parse("\(heading)\n\nThe General Assembly,\n\nRecalling its resolution 55/2,\n\n1. Decides to act.\n")
      #expect(r.id?.description == id, "\(heading)")
    }
  }

  @Test func aCitationOfAnEmergencySessionResolutionResolvesToItsFile() throws {
    let citing = parse("56/1. Follow-up\n\nThe General Assembly,\n\nRecalling its resolution ES-10/2 of 25 April 1997,\n\n1. Decides to act.\n")
    let cited = try #require(citing.citations.first)
    #expect(cited.target?.description == "GA ES-10/2")
    let emergency = parse(Self.emergencySession, file: "es.txt")
    #expect(cited.target?.resolution == emergency.id)
  }

  @Test func theYearInParenthesesIsTheSecurityCouncils() {
    let texts = [
      "Recalling Security Council resolution 1645 (2005) and Council resolution 1947 (2010),",
      "Recalling also its resolution 60/180 and Council resolution 2282 (2016) of 27 April 2016,",
      "Noting resolutions 1325 (2000) and 2250 (2015) of the Security Council,",
    ]
    let expected = [["SC 1645 (2005)", "SC 1947 (2010)"], ["GA 60/180", "SC 2282 (2016)"], ["SC 1325 (2000)", "SC 2250 (2015)"]]
    for (text, targets) in zip(texts, expected) {
      let found = CitationExtractor(adoptingBody: .ga, ownNumber: "70/262").citations(in: text, ref: "PP1", line: 1)
      #expect(found.filter { $0.kind == .resolution }.compactMap(\.target?.description) == targets, "\(text)")
    }
    // In a Council text of the Economic and Social Council, `Council resolution 1992/22` stays its own.
    let ecosoc = CitationExtractor(adoptingBody: .ecosoc, ownNumber: "1993/1").citations(
      in: "Recalling Council resolution 1992/22,", ref: "PP1", line: 1)
    #expect(ecosoc.map(\.target?.description) == ["ECOSOC 1992/22"])
  }

  /// A bare number whose shape the citing text's own organ never uses belongs to the organ that does: a session
  /// number in a Council text is the Assembly's, a year number in an Assembly text the Council's (the fuzzer showed
  /// `Resolution 55/25, annex III.` in a Council footnote becoming `ECOSOC 55/25`).
  @Test func aBareNumberBelongsToTheOrganThatNumbersThatWay() {
    let inCouncil = CitationExtractor(adoptingBody: .ecosoc, ownNumber: "2004/1").citations(
      in: "Resolution 55/25, annex III; resolution 2003/25 of 23 July 2003; decision 56/450", ref: "fn3", line: 1)
    #expect(inCouncil.compactMap(\.target?.description) == ["GA 55/25", "ECOSOC 2003/25", "GA decision 56/450"])
    let inAssembly = CitationExtractor(adoptingBody: .ga, ownNumber: "58/140").citations(
      in: "Recalling resolution 2003/25 and resolution 55/25,", ref: "PP1", line: 1)
    #expect(inAssembly.compactMap(\.target?.description) == ["ECOSOC 2003/25", "GA 55/25"])
    // A commission numbers by session as the Assembly does: its bare numbers stay its own.
    let inCommission = CitationExtractor(adoptingBody: .ccpcj, ownNumber: "5/2").citations(
      in: "Recalling resolution 4/1,", ref: "PP1", line: 1)
    #expect(inCommission.compactMap(\.target?.description) == ["CCPCJ 4/1"])
  }

  @Test func decisionsAreTheirOwnKind() {
    let text =
      "Recalling decision 2004/237, General Assembly decision 55/488 and its decision 76/563 of 11 May 2022, and resolution 49/75 E,"
    let found = CitationExtractor(adoptingBody: .ga, ownNumber: "77/1").citations(in: text, ref: "PP1", line: 1)
    #expect(found.map(\.kind) == [.decision, .decision, .decision, .resolution])
    #expect(found.compactMap(\.target?.description) == ["ECOSOC decision 2004/237", "GA decision 55/488", "GA decision 76/563", "GA 49/75 E"])
    #expect(found[2].date?.iso == "2022-05-11")
    #expect(found[2].text == "its decision 76/563 of 11 May 2022")
    #expect(CitationKind.decision.rawValue == "decision")
    let council = CitationExtractor(adoptingBody: .ecosoc, ownNumber: "2005/1").citations(
      in: "Recalling its decisions 2003/232 and 2004/237,", ref: "PP1", line: 1)
    #expect(council.compactMap(\.target?.description) == ["ECOSOC decision 2003/232", "ECOSOC decision 2004/237"])
  }

  @Test func letteredResolutionsAreTheirOwnTargets() {
    let found = CitationExtractor(adoptingBody: .ga, ownNumber: "52/1").citations(
      in: "Recalling its resolutions 49/75 E of 15 December 1994 and 51/45 O of 10 December 1996, and resolution 50/70 B,",
      ref: "PP1", line: 1)
    #expect(found.compactMap(\.target?.description) == ["GA 49/75 E", "GA 51/45 O", "GA 50/70 B"])
    #expect(found.first?.date?.iso == "1994-12-15")
    #expect(ResolutionID("GA 49/75 E") != ResolutionID("GA 49/75"))
  }
}
