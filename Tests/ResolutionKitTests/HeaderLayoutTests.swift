import ResolutionKit
import Testing

/// Every header layout, over varied made-up resolutions: the parser must find id, body, adoption date (never the
/// distribution date) and title from the shape of the header, and keep page furniture out of the paragraphs.
@Suite struct HeaderLayoutTests {
  private func parse(_ text: String) -> Resolution {
    ResolutionParser().parse(Array(text.utf8), file: "layout.txt")
  }

  static let cases: [(HeaderLayout, LayoutFacts)] = HeaderLayout.allCases.flatMap { layout in
    LayoutFacts.generalAssembly.map { (layout, $0) }
  }

  @Test(arguments: cases)
  func idBodyDateAndTitleComeFromTheShape(_ layout: HeaderLayout, _ facts: LayoutFacts) {
    let text = layout.render(facts)
    let r = parse(text)
    let context = Comment(rawValue: "\(layout) \(facts)\n\(dump(r))\n---\n\(text)")
    #expect(r.id?.description == facts.id, context)
    #expect(r.body == facts.body, context)
    #expect(r.adopted == facts.adopted, context)
    #expect(r.title == facts.title, context)
    #expect(r.operative.map(\.verb) == ["Requests", "Decides"], context)
    #expect(r.preamble.first?.verb == "Recalling", context)
    // Page furniture never ends up inside a paragraph.
    let job = HeaderLayout.jobNumber(facts)
    for text in r.preamble.map(\.text) + r.operative.map(\.text) {
      #expect(!text.contains(job) && !text.contains(HeaderLayout.barcode(facts)) && !text.contains(facts.symbol), context)
    }
  }

  @Test(arguments: LayoutFacts.generalAssembly)
  func aParagraphBrokenByAPageJoinsUpAndKeepsItsFootnote(_ facts: LayoutFacts) {
    let r = parse(HeaderLayout.pdfTextLayer.render(facts))
    let expected = HeaderLayout.body(facts).secondPreamble
    #expect(r.preamble.map(\.text).contains(expected), "\(dump(r))")
    #expect(r.footnotes.map(\.text) == ["A/\(facts.session)/\(100 + facts.meeting)."], "\(dump(r))")
    #expect(r.meeting == facts.meetingLine)
  }

  @Test func securityCouncilModernLayoutHasNoTitle() {
    let instances: [(number: String, meeting: String, date: String, iso: String)] = [
      ("1325 (2000)", "4213th", "31 October 2000", "2000-10-31"),
      ("2334 (2016)", "7853rd", "23 December 2016", "2016-12-23"),
      ("242 (1967)", "1382nd", "22 November 1967", "1967-11-22"),
    ]
    for (index, instance) in instances.enumerated() {
      let header =
        index == 1
        ? "United Nations S/RES/\(instance.number)\nSecurity Council Distr.: General\n\(instance.date)\n\nResolution \(instance.number)\n\nAdopted by the Security Council at its \(instance.meeting) meeting, on \(instance.date)"
        : index == 2
          ? "RESOLUTION \(instance.number)\nAdopted by the Security Council at its \(instance.meeting) meeting on \(instance.date)"
          : "Resolution \(instance.number)\n\nAdopted by the Security Council at its \(instance.meeting) meeting, on \(instance.date)"
      let r = parse(
        header
          + "\n\nThe Security Council,\n\nRecalling its earlier resolutions,\n\n1. Urges Member States to act;\n\n2. Decides to remain actively seized of the matter.\n"
      )
      #expect(r.id?.description == "SC \(instance.number)", "\(dump(r))")
      #expect(r.body == .sc)
      #expect(r.adopted?.iso == instance.iso, "\(dump(r))")
      #expect(r.meeting == "\(instance.meeting) meeting", "\(dump(r))")
      #expect(r.title == nil, "\(dump(r))")
      #expect(r.symbol == "S/RES/\(instance.number)")
    }
  }

  @Test func securityCouncilHeadingsOnOneLineOrWithTheDateBelow() {
    let headers: [(String, String, String, String?)] = [
      ("Resolution 1325 (2000)\nof 31 October 2000", "SC 1325 (2000)", "2000-10-31", nil),
      ("Resolution 1373 (2001) Adopted by the Security Council at its 4385th meeting on 28 September 2001",
        "SC 1373 (2001)", "2001-09-28", "4385th meeting"),
      ("RESOLUTION 2231 (2015)\nAdopted unanimously by the Security Council at its 7488th meeting, on 20 July 2015",
        "SC 2231 (2015)", "2015-07-20", "7488th meeting"),
    ]
    for (header, id, iso, meeting) in headers {
      let r = parse(header + "\n\nThe Security Council,\n\nRecalling its resolutions,\n\n1. Urges States to act.\n")
      #expect(r.id?.description == id, "\(dump(r))")
      #expect(r.adopted?.iso == iso, "\(dump(r))")
      #expect(r.meeting == meeting, "\(dump(r))")
      #expect(r.title == nil, "\(dump(r))")
    }
  }

  @Test func earlySecurityCouncilNumberAndDateHeadTheText() {
    let instances: [(number: String, heading: String, iso: String)] = [
      ("27 (1947)", "27 (1947). Resolution of 1 August 1947", "1947-08-01"),
      ("95 (1951)", "95 (1951). Resolution of 1 September 1951", "1951-09-01"),
      ("9 (1946)", "Resolution 9 (1946) of 15 October 1946", "1946-10-15"),
    ]
    for instance in instances {
      let r = parse(
        instance.heading
          + "\n\nThe Security Council,\n\nNoting with concern the hostilities in progress,\n\nCalls upon the parties to cease hostilities forthwith.\n"
      )
      #expect(r.id?.description == "SC \(instance.number)", "\(dump(r))")
      #expect(r.adopted?.iso == instance.iso, "\(dump(r))")
      #expect(r.title == nil, "\(dump(r))")
    }
    // Without a formula, paragraphs that begin "The Security Council calls upon …" still come under the number.
    let bare = parse("54 (1948). Resolution of 15 July 1948\n\nThe Security Council calls upon the Governments concerned to desist from further military action.\n")
    #expect(bare.id?.description == "SC 54 (1948)")
    #expect(bare.body == .sc)
    #expect(bare.adopted?.iso == "1948-07-15")
  }

  @Test func recordCodesGluedToTheDateOrSpaced() {
    let instances: [(line: String, id: String, iso: String)] = [
      ("Resolution E95r01524 July 1995", "ECOSOC 1995/15", "1995-07-24"),
      ("Resolution E95r015 24 July 1995", "ECOSOC 1995/15", "1995-07-24"),
      ("Resolution E01r0083 May 2001", "ECOSOC 2001/8", "2001-05-03"),
      ("Member Name E88r04126 May 1988", "ECOSOC 1988/41", "1988-05-26"),
    ]
    for instance in instances {
      let r = parse(
        instance.line
          + "\nMeeting 14\n\nRural water supply\n\nThe Economic and Social Council,\n\nRecalling its resolution 1993/42,\n\n1. Invites Governments to act.\n"
      )
      #expect(r.id?.description == instance.id, "\(instance.line)\n\(dump(r))")
      #expect(r.adopted?.iso == instance.iso, "\(instance.line)\n\(dump(r))")
      #expect(r.title == "Rural water supply", "\(instance.line)\n\(dump(r))")
    }
  }

  @Test func brokenWordSpacingKeepsFormulaVerbsAndCitations() {
    let texts = [
      """
      Resolution E99r02123 July 1999

      The Economic and Social Council ,

      Recall ing its resol ution 1999/23 of 2 8 Ju ly 199 9,

      Not ing with appre ciation the re port of the Secre tary-General,

      1. Req uests the Secre tary-General to con tinue the work ;

      2. Deci des to keep the matter un der review.
      """,
      """
      2003/17. Crime prevention

      The Economic and Social Coun cil ,

      Bear ing in mind its resol utions 2001/12 and 2002/14 ,

      Wel coming the ini tiative of Member States ,

      1. Encou rages Governments to share in formation ;

      2. Requ ests a re port at its sub stantive session of 2 005.
      """,
    ]
    let expected: [(id: String, preamble: [String], operative: [String], targets: [String])] = [
      ("ECOSOC 1999/21", ["Recalling", "Noting with appreciation"], ["Requests", "Decides"], ["ECOSOC 1999/23"]),
      ("ECOSOC 2003/17", ["Bearing in mind", "Welcoming"], ["Encourages", "Requests"], ["ECOSOC 2001/12", "ECOSOC 2002/14"]),
    ]
    for (text, want) in zip(texts, expected) {
      var r = parse(text)
      r.citations = CitationExtractor(adoptingBody: r.body, ownNumber: r.number).citations(in: r)
      #expect(r.id?.description == want.id, "\(dump(r))")
      #expect(r.body == .ecosoc)
      #expect(r.preamble.map(\.verb) == want.preamble, "\(dump(r))")
      #expect(r.operative.map(\.verb) == want.operative, "\(dump(r))")
      #expect(r.citations.filter { $0.kind == .resolution }.compactMap(\.target?.description) == want.targets, "\(dump(r))")
    }
    #expect(parse(texts[0]).preamble.first?.text == "Recalling its resolution 1999/23 of 28 July 1999,")
  }

  @Test func aCleanFileIsNotMendedForSpacing() {
    // Two words that happen to join into a known word are left alone in a file without the fault.
    let r = parse("The General Assembly,\n\nNoting the re port,\n\n1. Decides to act on 2 8 items.\n")
    #expect(r.preamble.first?.text == "Noting the re port,")
    #expect(r.operative.first?.text == "Decides to act on 2 8 items.")
  }

  @Test func webPageChromeIsNotTheTitle() {
    let chromes = [
      "Skip to content\nUN Documents Library\nSearch this site:\nHome > Documents > Resolutions\nDocument Sample\n",
      "Menu\nHome | About | Contact\nWe use cookies to improve your experience. Accept\n\nDocument Sample\n",
      "Refworld Documents\nYou are here: Home / Resolutions / General Assembly\nSearch:\n",
    ]
    let titles = [
      "Improving the situation of women in rural areas", "Question of Palestine",
      "Right to food",
    ]
    for (chrome, title) in zip(chromes, titles) {
      let r = parse(
        chrome + "\n" + title
          + "\n\nThe General Assembly,\n\nRecalling its resolution 62/136 of 18 December 2007,\n\n1. Urges Member States to act;\n2. Requests a report.\n"
      )
      #expect(r.title == title, "\(dump(r))")
      #expect(r.body == .ga)
    }
  }

  @Test func aWebPagesOwnHeadingGivesNumberAndTitle() {
    let headings = [
      "Skip to navigation\nA/RES/64/140 - Improving the situation of women in rural areas",
      "Document Sample\n\nResolution 64/140 – Improving the situation of women in rural areas",
      "UN Documents Library\n\nGeneral Assembly resolution 64/140: Improving the situation of women in rural areas",
    ]
    for heading in headings {
      let r = parse(heading + "\n\nThe General Assembly,\n\nRecalling its resolution 62/136,\n\n1. Urges States to act.\n")
      #expect(r.id?.description == "GA 64/140", "\(heading)\n\(dump(r))")
      #expect(r.title == "Improving the situation of women in rural areas", "\(heading)\n\(dump(r))")
    }
  }

  @Test func humanRightsCouncilHeaderUnderTheAssemblysName() {
    // The Council's documents carry the Assembly's name beside `Distr.`; the symbol and `adopted by` name the Council.
    let headers = [
      "United Nations A/HRC/RES/51/12 General Assembly Distr.: General 14 October 2022 Original: English Human Rights Council Fifty-first session 12 September–7 October 2022 Agenda item 3 Promotion and protection of all human rights Resolution adopted by the Human Rights Council on 6 October 2022 51/12. The right to development",
      "United Nations\tA/HRC/RES/51/12\nGeneral Assembly\tDistr.: General\n14 October 2022\nOriginal: English\nHuman Rights Council\nFifty-first session\n12 September–7 October 2022\nAgenda item 3\nPromotion and protection of all human rights\nResolution adopted by the Human Rights Council on 6 October 2022\n\n51/12. The right to development",
    ]
    for header in headers {
      let r = parse(header + "\nThe Human Rights Council,\nRecalling its resolution 48/10 of 8 October 2021,\n1. Decides to act.\n")
      #expect(r.id?.description == "HRC 51/12", "\(dump(r))")
      #expect(r.adopted?.iso == "2022-10-06", "\(dump(r))")
      #expect(r.title == "The right to development", "\(dump(r))")
      #expect(r.symbol == "A/HRC/RES/51/12")
    }
  }

  @Test func aDateWrappedAcrossHeaderLinesReadsWhole() {
    let wrappings = [
      ("Resolution adopted by the General Assembly on 4\nDecember 2024", "2024-12-04"),
      ("Resolution adopted by the Human Rights Council on 12 October\n2023", "2023-10-12"),
      ("Adopted by the Security Council at its 9000th meeting, on 30\nJune 2022", "2022-06-30"),
    ]
    for (header, iso) in wrappings {
      let r = parse(header + "\n\n12/3. A title\n\nThe General Assembly,\n\nRecalling its resolution 11/2,\n\n1. Decides to act.\n")
      #expect(r.adopted?.iso == iso, "\(header)\n\(dump(r))")
      #expect(r.title == "A title", "\(header)\n\(dump(r))")
    }
  }

  @Test func aTitleThatBeginsLikeAHeaderPieceStaysWhole() {
    let titles = [
      "United Nations Literacy Decade: education for all",
      "General Assembly revitalization",
      "Follow-up to the twenty-sixth special session",
    ]
    for title in titles {
      let r = parse("57/23. \(title)\n\nThe General Assembly,\n\nRecalling its resolution 56/116,\n\n1. Decides to act.\n")
      #expect(r.title == title, "\(dump(r))")
      #expect(r.id?.description == "GA 57/23")
    }
  }
}
