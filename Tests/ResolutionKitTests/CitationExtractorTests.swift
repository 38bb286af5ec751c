import Testing

@testable import ResolutionKit

/// Every form of citation the issue lists, on sentences copied from the seed files, plus hard cases beyond them.
@Suite("Citation extractor")
struct CitationExtractorTests {
  let ecosoc = CitationExtractor(adoptingBody: .ecosoc, ownNumber: "1992/22")
  let ga = CitationExtractor(adoptingBody: .ga, ownNumber: "55/64")
  let ccpcj = CitationExtractor(adoptingBody: .ccpcj, ownNumber: "5/2")

  /// The citations in `text`, after checking that every range covers exactly the cited words.
  func cite(_ text: String, by extractor: CitationExtractor, ref: ParagraphRef = "PP1") -> [Citation] {
    let found = extractor.citations(in: text, ref: ref, line: 7)
    let bytes = Array(text.utf8)
    for citation in found {
      #expect(String(decoding: bytes[citation.range], as: UTF8.self) == citation.text)
      #expect(citation.ref == ref)
      #expect(citation.line == 7)
    }
    return found
  }

  // MARK: resolutions with a named body

  @Test func namedBodyWithDateAndSubject() throws {
    let text =
      "2. Reaffirms the high priority attached to technical cooperation, in accordance with General Assembly resolution 46/152 of 18 December 1991, on the creation of an effective United Nations Crime Prevention and Criminal Justice Programme;"
    let found = cite(text, by: ccpcj, ref: "2")
    try #require(found.count == 1)
    #expect(found[0].text == "General Assembly resolution 46/152 of 18 December 1991")
    #expect(found[0].target?.description == "GA 46/152")
    #expect(found[0].kind == .resolution)
    #expect(found[0].date == CalendarDate(year: 1991, month: 12, day: 18))
    #expect(
      found[0].subject
        == "on the creation of an effective United Nations Crime Prevention and Criminal Justice Programme")
    #expect(found[0].pinpoint == nil)
  }

  @Test func sectionPinpointBetweenNumberAndDate() throws {
    let text =
      "to develop further training material for peace-keeping police, pursuant to Economic and Social Council resolution 1993/34, section II, of 27 July 1993;"
    let found = cite(text, by: ccpcj, ref: "4")
    try #require(found.count == 1)
    #expect(found[0].text == "Economic and Social Council resolution 1993/34, section II, of 27 July 1993")
    #expect(found[0].target?.description == "ECOSOC 1993/34")
    #expect(found[0].pinpoint?.description == "section II")
    #expect(found[0].date == CalendarDate(year: 1993, month: 7, day: 27))
    #expect(found[0].subject == nil)
  }

  @Test func otherBodies() throws {
    let human = cite(
      "Welcoming with appreciation Commission on Human Rights resolution 1992/31 of 28 February 1992, and emphasizing that all Member States should recognize",
      by: ecosoc)
    #expect(human.map(\.target?.description) == ["CHR 1992/31"])
    #expect(human.first?.text == "Commission on Human Rights resolution 1992/31 of 28 February 1992")
    let drugs = cite(
      "Also welcoming with appreciation Commission on Narcotic Drugs resolution 11 (XXXV) of 15 April 1992,", by: ecosoc
    )
    #expect(drugs.map(\.target?.description) == ["CND 11 (XXXV)"])
    #expect(drugs.first?.date == CalendarDate(year: 1992, month: 4, day: 15))
  }

  @Test func oldNumbering() throws {
    let found = cite(
      "Recalling its resolution 155 C (VII) of 13 August 1948, by which the United Nations was entrusted with leadership",
      by: ecosoc)
    #expect(found.map(\.target?.description) == ["ECOSOC 155 C (VII)"])
    #expect(found.first?.text == "its resolution 155 C (VII) of 13 August 1948")
    #expect(found.first?.date == CalendarDate(year: 1948, month: 8, day: 13))
    let universal = cite(
      "Recalling the Universal Declaration of Human Rights, proclaimed in resolution 217 A (III),", by: ga)
    #expect(universal.map(\.target?.description) == ["GA 217 A (III)"])
  }

  // MARK: lists sharing one head

  @Test func listWithDates() throws {
    let text =
      "Recalling also its resolutions 1979/20 of 9 May 1979, 1984/48 of 25 May 1984 and 1990/24 of 24 May 1990, in which it requested the Secretary-General to explore new formulas"
    let found = cite(text, by: ecosoc)
    #expect(found.map(\.target?.description) == ["ECOSOC 1979/20", "ECOSOC 1984/48", "ECOSOC 1990/24"])
    #expect(
      found.map(\.text) == [
        "its resolutions 1979/20 of 9 May 1979", "1984/48 of 25 May 1984", "1990/24 of 24 May 1990",
      ])
    #expect(found.compactMap(\.date).map(\.iso) == ["1979-05-09", "1984-05-25", "1990-05-24"])
    #expect(found.allSatisfy { $0.subject == nil })
  }

  @Test func listSharesItsSubject() throws {
    let text =
      "Recalling its resolutions 1986/11 of 21 May 1986, 1987/53 of 28 May 1987, 1988/44 of 27 May 1988 and 1989/68 of 24 May 1989, on the review of the functioning and programme of work of the United Nations in crime prevention and criminal justice, in which it called for intensified technical cooperation in this field,"
    let found = cite(text, by: ecosoc)
    #expect(found.count == 4)
    #expect(
      Set(found.map(\.subject))
        == [
          "on the review of the functioning and programme of work of the United Nations in crime prevention and criminal justice"
        ])
  }

  @Test func twoNumbersOneHead() throws {
    let found = cite("Recalling General Assembly resolutions 50/145 and 50/146 of 21 December 1995,", by: ccpcj)
    #expect(found.map(\.target?.description) == ["GA 50/145", "GA 50/146"])
    #expect(found.map(\.text) == ["General Assembly resolutions 50/145", "50/146 of 21 December 1995"])
    // One date after the last number dates the whole list.
    #expect(
      found.map(\.date) == [CalendarDate(year: 1995, month: 12, day: 21), CalendarDate(year: 1995, month: 12, day: 21)])
  }

  @Test func listsWithTheirOwnDatesKeepThem() throws {
    let found = cite(
      "Recalling also its resolutions 1989/63 of 24 May 1989 and 1990/21, dealing with standards,", by: ecosoc)
    #expect(found.map(\.date) == [CalendarDate(year: 1989, month: 5, day: 24), nil])
  }

  // MARK: the body of a citation that names none

  @Test func itsIsTheAdoptingBody() throws {
    let found = cite(
      "Recalling its resolution 1998/24 of 28 July 1998 on technical cooperation and advisory services in crime prevention and criminal justice,",
      by: ecosoc)
    #expect(found.map(\.target?.description) == ["ECOSOC 1998/24"])
    #expect(
      found.first?.subject == "on technical cooperation and advisory services in crime prevention and criminal justice")
  }

  @Test func itsAfterANamedBodyIsThatBody() throws {
    let text =
      "Recalling the Vienna Declaration on Crime and Justice, adopted by the Tenth United Nations Congress on the Prevention of Crime and the Treatment of Offenders® and endorsed by the General Assembly in its resolution 55/59 of 4 December 2000,"
    let found = cite(text, by: ecosoc)
    #expect(found.map(\.target?.description) == ["GA 55/59"])
    #expect(found.first?.text == "its resolution 55/59 of 4 December 2000")
    let withComma = cite("Noting that the Assembly, in its resolution 54/131, requested", by: ecosoc)
    #expect(withComma.map(\.target?.description) == ["GA 54/131"])
  }

  @Test func itsInAnAssemblyText() throws {
    let text =
      "the Ad Hoc Committee on the Elaboration of a Convention against Transnational Organized Crime, established by its resolution 53/111 of 9 December 1998, and the progress achieved"
    #expect(cite(text, by: ga).map(\.target?.description) == ["GA 53/111"])
    // The Council numbers by year: a session number after "its" in a Council text is still the Assembly's.
    #expect(cite(text, by: ecosoc).map(\.target?.description) == ["GA 53/111"])
    #expect(cite("established by its resolution 1998/23,", by: ecosoc).map(\.target?.description) == ["ECOSOC 1998/23"])
  }

  @Test func bareResolutionIsTheAdoptingBody() throws {
    let text =
      "Reaffirming its recommendation, contained in resolution 1990/19 of 24 May 1990, that the international community"
    let found = cite(text, by: ecosoc)
    #expect(found.map(\.target?.description) == ["ECOSOC 1990/19"])
    #expect(found.first?.text == "resolution 1990/19 of 24 May 1990")
  }

  @Test func bodyNamedAfterTheNumber() throws {
    let text =
      "Taking note of resolution 5/2 of 31 May 1996 of the Commission on Crime Prevention and Criminal Justice,"
    let found = cite(text, by: ga)
    #expect(found.map(\.target?.description) == ["CCPCJ 5/2"])
    #expect(found.first?.date == CalendarDate(year: 1996, month: 5, day: 31))
    #expect(
      found.first?.text == "resolution 5/2 of 31 May 1996 of the Commission on Crime Prevention and Criminal Justice")
  }

  @Test func councilAlone() throws {
    #expect(cite("Recalling Council resolution 1979/21 of 9 May 1979,", by: ga).map(\.target?.description) == ["ECOSOC 1979/21"])
    #expect(cite("Recalling Assembly resolution 45/121,", by: ecosoc).map(\.target?.description) == ["GA 45/121"])
  }

  @Test func councilInACouncilsOwnText() throws {
    let rights = CitationExtractor(adoptingBody: .hrc, ownNumber: "5/1")
    #expect(cite("Recalling Council resolution 1/1 of 29 June 2006,", by: rights).map(\.target?.description) == ["HRC 1/1"])
    #expect(cite("Recalling Human Rights Council resolution 1/1,", by: ga).map(\.target?.description) == ["HRC 1/1"])
    #expect(
      cite("the Economic and Social Council, by its resolution 1996/16,", by: ga).map(\.target?.description) == ["ECOSOC 1996/16"])
  }

  @Test func unclearCommissionHasNoTarget() throws {
    let found = cite("Noting that the Commission, in its resolution 5/2, asked", by: ecosoc)
    #expect(found.count == 1)
    #expect(found.first?.target == nil)
    #expect(cite("Noting that the Commission, in its resolution 5/2, asked", by: ccpcj).map(\.target?.description) == ["CCPCJ 5/2"])
  }

  // MARK: pinpoints

  @Test func pinpointBeforeIntoTheAnnex() throws {
    let text =
      "invites all other institutes referred to in paragraph 35 of the annex to General Assembly resolution 46/152 to submit, at future sessions"
    let found = cite(text, by: ecosoc, ref: "IV.2")
    try #require(found.count == 1)
    #expect(found[0].pinpoint?.description == "annex, para. 35")
    #expect(found[0].text == "paragraph 35 of the annex to General Assembly resolution 46/152")
    #expect(found[0].target?.description == "GA 46/152")
    let lettered = cite(
      "as envisaged in paragraph 26 (d) of the annex to General Assembly resolution 46/152;", by: ecosoc, ref: "V.1")
    #expect(lettered.first?.pinpoint?.description == "annex, para. 26 (d)")
    #expect(lettered.first?.text == "paragraph 26 (d) of the annex to General Assembly resolution 46/152")
  }

  @Test func pinpointBeforeIntoTheBody() throws {
    let text =
      "in response to paragraph 5 of General Assembly resolution 46/152 and the statement of principles and programme of action annexed to the resolution;"
    let found = cite(text, by: ecosoc, ref: "II.2")
    #expect(found.map(\.target?.description) == ["GA 46/152"])
    #expect(found.first?.pinpoint?.description == "para. 5")
    #expect(found.first?.text == "paragraph 5 of General Assembly resolution 46/152")
    let annexed = cite(
      "the plans of action, annexed to General Assembly resolution 56/261 of 31 January 2002,", by: ecosoc)
    #expect(annexed.first?.pinpoint?.description == "annex")
    #expect(annexed.first?.text == "General Assembly resolution 56/261 of 31 January 2002")
  }

  @Test func otherPinpointsBefore() throws {
    let annex = cite("the Protocol contained in annex I to General Assembly resolution 55/25,", by: ecosoc)
    #expect(annex.first?.pinpoint?.description == "annex I")
    #expect(annex.first?.text == "annex I to General Assembly resolution 55/25")
    let section = cite("pursuant to section II of Economic and Social Council resolution 1993/34,", by: ccpcj)
    #expect(section.first?.pinpoint?.description == "section II")
    #expect(section.first?.text == "section II of Economic and Social Council resolution 1993/34")
    let theAnnex = cite("the principles set out in the annex to its resolution 46/152,", by: ga)
    #expect(theAnnex.first?.pinpoint?.description == "annex")
    #expect(theAnnex.first?.text == "the annex to its resolution 46/152")
  }

  @Test func pinpointsAfter() throws {
    #expect(cite("General Assembly resolution 55/2, para. 9.", by: ecosoc, ref: "fn1").first?.pinpoint?.description == "para. 9")
    #expect(
      cite("General Assembly resolution 55/2, para. 9.", by: ecosoc, ref: "fn1").first?.text
        == "General Assembly resolution 55/2, para. 9")
    #expect(cite("General Assembly resolution 55/59, annex.", by: ecosoc, ref: "fn2").first?.pinpoint?.description == "annex")
    let third = cite("Resolution 55/25, annex III.", by: ga, ref: "fn3")
    #expect(third.map(\.target?.description) == ["GA 55/25"])
    #expect(third.first?.pinpoint?.description == "annex III")
    #expect(third.first?.text == "Resolution 55/25, annex III")
    let parenthesised = cite(
      "Adopted by the General Assembly in its resolution 55/25 of 15 November 2000 (annex I).", by: ga, ref: "fn1")
    #expect(parenthesised.first?.pinpoint?.description == "annex I")
    #expect(parenthesised.first?.date == CalendarDate(year: 2000, month: 11, day: 15))
    #expect(parenthesised.first?.text == "its resolution 55/25 of 15 November 2000 (annex I)")
    #expect(cite("See resolution 46/152, annex, para. 35.", by: ga, ref: "fn9").first?.pinpoint?.description == "annex, para. 35")
    #expect(
      cite("under resolution 1995/15, section I, paragraph 3,", by: ecosoc).first?.pinpoint?.description == "section I, para. 3")
    let several = cite("as set out in paragraphs 3 and 4 of General Assembly resolution 46/152,", by: ecosoc)
    #expect(several.first?.pinpoint?.description == "paras. 3 and 4")
    #expect(several.first?.text == "paragraphs 3 and 4 of General Assembly resolution 46/152")
  }

  // MARK: documents

  @Test func documentSymbols() throws {
    let report = cite("A/55/119.", by: ga, ref: "fn5")
    #expect(report.map(\.kind) == [.document])
    #expect(report.first?.target?.description == "A/55/119")
    #expect(report.first?.text == "A/55/119")
    let budget = cite("A/58/6 (sect. 23).", by: ecosoc, ref: "fn10")
    #expect(budget.first?.target?.description == "A/58/6")
    #expect(budget.first?.pinpoint?.description == "sect. 23")
    #expect(budget.first?.text == "A/58/6 (sect. 23)")
    #expect(
      cite("the report (E/CN.15/1996/2/Add.1) of the Secretary-General", by: ccpcj).first?.target?.description
        == "E/CN.15/1996/2/Add.1")
  }

  @Test func resolutionSymbolsAreResolutions() throws {
    let security = cite("Recalling S/RES/1325 (2000) on women and peace and security,", by: ga)
    #expect(security.map(\.target?.description) == ["SC 1325 (2000)"])
    #expect(security.first?.kind == .resolution)
    #expect(cite("See A/RES/55/64.", by: ecosoc).map(\.target?.description) == ["GA 55/64"])
  }

  @Test func securityCouncilNumbering() throws {
    #expect(
      cite("Recalling Security Council resolution 1325 (2000) of 31 October 2000,", by: ga).map(\.target?.description) == [
        "SC 1325 (2000)"
      ])
    // The year in parentheses is the Council's numbering, whoever cites it without naming it.
    #expect(cite("in line with resolution 1373 (2001),", by: ga).map(\.target?.description) == ["SC 1373 (2001)"])
    #expect(
      cite("Reaffirming its resolution 1325 (2000),", by: CitationExtractor(adoptingBody: .sc, ownNumber: nil)).map(
        \.target?.description) == ["SC 1325 (2000)"])
  }

  // MARK: internal references and the resolution itself

  @Test func paragraphOfThePresentSection() throws {
    let found = cite(
      "to ensure proper follow-up to the recommendation in paragraph 2 of the present section;", by: ecosoc, ref: "II.3"
    )
    #expect(found.map(\.kind) == [.internal])
    #expect(found.map(\.target?.description) == ["II.2"])
    #expect(found.first?.text == "paragraph 2 of the present section")
  }

  @Test func sectionParagraphBelow() throws {
    let found = cite(
      "(b) To conduct a survey of activities on priority themes identified in section VI, paragraph 1, below, carried out by relevant intergovernmental bodies",
      by: ecosoc, ref: "IV.10(b)")
    #expect(found.map(\.target?.description) == ["VI.1"])
    #expect(found.first?.text == "section VI, paragraph 1")
  }

  @Test func sectionAndParagraphOfThePresentResolution() throws {
    let found = cite("as decided in paragraph 3 of section II of the present resolution;", by: ecosoc, ref: "IV.1")
    #expect(found.map(\.target?.description) == ["II.3"])
    #expect(found.map(\.kind) == [.internal])
    #expect(found.first?.text == "paragraph 3 of section II of the present resolution")
    let other = cite("as decided in section II, paragraph 3, of the present resolution;", by: ecosoc, ref: "IV.1")
    #expect(other.map(\.target?.description) == ["II.3"])
    #expect(other.first?.text == "section II, paragraph 3, of the present resolution")
    // The same words before another resolution are a pinpoint into it, not a reference to our own paragraphs.
    let external = cite("in section II, paragraph 3, of resolution 1993/34;", by: ecosoc, ref: "IV.1")
    #expect(external.map(\.kind) == [.resolution])
  }

  @Test func siblingSubparagraphs() throws {
    let found = cite(
      "(c) To prepare a report, based on an analysis of the information gathered through the surveys mentioned in subparagraphs (a) and (b), which outlines options",
      by: ecosoc, ref: "IV.10(c)")
    #expect(found.map(\.target?.description) == ["IV.10(a)", "IV.10(b)"])
    #expect(found.map(\.text) == ["subparagraphs (a)", "(b)"])
    #expect(cite("as set out in subparagraph (c) below;", by: ga, ref: "3").map(\.target?.description) == ["3(c)"])
  }

  @Test func presentResolution() throws {
    let found = cite(
      "17. Requests the Secretary-General to report to it at its sixth session on the implementation of the present resolution.",
      by: ccpcj, ref: "17")
    #expect(found.map(\.kind) == [.self])
    #expect(found.first?.target?.description == "CCPCJ 5/2")
    #expect(found.first?.text == "the present resolution")
    let annex = cite("Adopts the Guidelines contained in the annex to the present resolution;", by: ga, ref: "1")
    #expect(annex.map(\.kind) == [.self])
    #expect(annex.first?.pinpoint?.description == "annex")
    #expect(annex.first?.text == "the annex to the present resolution")
    let paragraph = cite("as requested in paragraph 4 of the present resolution,", by: ga, ref: "7")
    #expect(paragraph.map(\.kind) == [.internal])
    #expect(paragraph.map(\.target?.description) == ["4"])
  }

  // MARK: what is not a citation

  @Test(arguments: [
    "(b) To contribute to the preservation of democracy, as well as means of conflict resolution and mediation;",
    "Recalling also Economic and Social Council the implementation of the resolutions and recommendations of the Ninth United Nations Congress on the Prevention of Crime,",
    "Recalling its relevant resolutions in which it requested the Secretary-General,",
    "report prepared by the Secretariat (United Nations publication, Sales No. E.00.IV.8).",
    "the proposed revisions to programme 29 of the medium-term plan for the period 1992-1997.",
    "to be submitted under section 21 of the programme budget for the biennium 1992-1993",
    "the statement of principles and programme of action annexed to that resolution,",
    "with preparations for the next survey (1990-1992) commencing at the end of 1993",
    "projects and/or elements on crime prevention and criminal justice",
    "invites all other institutes referred to in paragraph 35 of the annex to submit statements",
    "Recalling the resolution adopted on 12 December 2000 by the Conference,",
  ])
  func notCitations(_ text: String) {
    #expect(ecosoc.citations(in: text, ref: "PP2", line: 1).isEmpty)
  }

  @Test func ownNumberInTheTitle() throws {
    let title = "1992/22. Implementation of General Assembly resolution 46/152 concerning operational activities"
    #expect(cite(title, by: ecosoc, ref: "title").map(\.target?.description) == ["GA 46/152"])
    #expect(
      cite(
        "ECOSOC Resolution 2002/17", by: CitationExtractor(adoptingBody: .ecosoc, ownNumber: "2002/17"), ref: "title"
      ).isEmpty)
  }

  @Test func rangesCountBytesNotCharacters() throws {
    let text = "Réaffirmant — “quoted” ⁵³ Economic and Social Council resolution 1995/15 of 24 July 1995,"
    let found = cite(text, by: ccpcj)
    try #require(found.count == 1)
    let prefixBytes = "Réaffirmant — “quoted” ⁵³ ".utf8.count
    #expect(found[0].range == prefixBytes..<(prefixBytes + found[0].text.utf8.count))
  }

  // MARK: whole resolutions

  @Test func ibidTakesThePreviousFootnoteInFootnoteOrder() throws {
    var resolution = Resolution(file: "x.txt", plainText: "")
    resolution.body = .ecosoc
    // File order differs from footnote order: `Ibid.` follows footnote 4, not the text printed before it.
    resolution.footnoteTexts = [
      FootnoteText(marker: "5", text: "Ibid., annex II.", line: 27),
      FootnoteText(marker: "4", text: "General Assembly resolution 55/25, annex I.", line: 25),
      FootnoteText(marker: "6", text: "See the report of the Congress (Sales No. E.00.IV.8).", line: 29),
      FootnoteText(marker: "7", text: "Ibid., para. 3.", line: 31),
    ]
    let found = CitationExtractor(adoptingBody: .ecosoc, ownNumber: nil).citations(in: resolution)
    #expect(found.map(\.ref) == ["fn4", "fn5"])
    #expect(found.map(\.target?.description) == ["GA 55/25", "GA 55/25"])
    #expect(found.map(\.pinpoint?.description) == ["annex I", "annex II"])
    #expect(found.last?.text == "Ibid., annex II")
    #expect(found.last?.line == 27)
  }

  @Test func walksEveryPartInReadingOrder() throws {
    var resolution = Resolution(file: "x.txt", plainText: "")
    resolution.body = .ga
    resolution.number = "55/64"
    resolution.title = "55/64. Strengthening the programme"
    resolution.titleLine = 1
    resolution.preamble = [
      PreambularParagraph(ref: "PP1", verb: "Recalling", text: "Recalling its resolution 46/152,", line: 7)
    ]
    resolution.sections = [Section(number: "I", heading: "ONE", line: 10)]
    resolution.operative = [
      OperativeParagraph(
        ref: "I.1", number: 1, section: "I", verb: "Decides",
        text: "1. Decides, as set out in subparagraphs (a) and (b) below:", line: 12,
        subparagraphs: [
          Subparagraph(ref: "I.1(a)", label: "a", text: "(a) To apply paragraph 1 of the present section;", line: 13)
        ])
    ]
    resolution.footnoteTexts = [FootnoteText(marker: "1", text: "A/55/119.", line: 40)]
    let found = CitationExtractor(adoptingBody: .ga, ownNumber: "55/64").citations(in: resolution)
    #expect(found.map(\.ref) == ["PP1", "I.1", "I.1", "I.1(a)", "fn1"])
    #expect(found.map(\.target?.description) == ["GA 46/152", "I.1(a)", "I.1(b)", "I.1", "A/55/119"])
    #expect(found.map(\.line) == [7, 12, 12, 13, 40])
  }
}
