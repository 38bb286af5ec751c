import ResolutionKit
import Testing

/// Lists whose labels a PDF text layer lost: `Requests …:` then `To continue …;` `To circulate …;` `(c) To consult …`.
/// A printed label whose place in the sequence matches the count of unlabelled items before it gives them back their
/// labels; after a labelled item ending with `;`, a block opening with a capital is the next item. Without such a
/// label, or where the count does not fit, the items stay in the paragraph's text as before.
@Suite struct LostSubparagraphLabelTests {
  private func parse(_ operative: [String], annex: [String] = []) -> Resolution {
    let annexText = annex.isEmpty ? "" : "\n\nAnnex\n\nDeclaration\n\n" + annex.joined(separator: "\n\n")
    let text = """
      Resolution adopted by the General Assembly on 1 December 2025

      90/3. Lists that lost their labels

      The General Assembly,

      Recalling its earlier resolutions,

      \(operative.joined(separator: "\n\n"))

      52nd plenary meeting
      1 December 2025\(annexText)
      """
    return ResolutionParser().parse(Array(text.utf8), file: "test.md")
  }

  private func labels(_ paragraph: OperativeParagraph) -> [String] { paragraph.subparagraphs.map(\.label) }

  @Test func aPrintedLabelGivesTheItemsBeforeItTheirLabels() throws {
    let r = parse([
      "1. Requests the Secretary-General:", "To continue the practice of sending a note;",
      "To circulate annually a note to Member States;", "(c) To continue consultations with relevant bodies;",
      "(d) To report on experiences gained;", "2. Decides to remain seized of the matter.",
    ])
    try #require(r.operative.count == 2)
    #expect(r.operative[0].text == "Requests the Secretary-General:")
    try #require(labels(r.operative[0]) == ["a", "b", "c", "d"])
    #expect(r.operative[0].subparagraphs.first?.text == "To continue the practice of sending a note;")
    #expect(r.operative[0].subparagraphs.dropFirst().first?.text == "To circulate annually a note to Member States;")
    #expect(r.operative[0].subparagraphs.last?.text == "To report on experiences gained;")
    #expect(r.warnings.contains { $0.message.contains("subparagraphs (a)–(b) have no label in the text") })
  }

  @Test func itemsWithoutAPrintedLabelStayInTheParagraph() throws {
    let r = parse([
      "1. Encourages Member States:", "To inform the Secretary-General about possible problems;",
      "To continue to provide their views;", "2. Decides to remain seized of the matter.",
    ])
    try #require(r.operative.count == 2)
    #expect(r.operative[0].subparagraphs.isEmpty)
    #expect(r.operative[0].text.hasSuffix("problems; To continue to provide their views;"))
  }

  @Test func aCountThatDoesNotFitTheLabelChangesNothing() throws {
    // Three unlabelled blocks before `(c)`: the text did not just lose `(a)` and `(b)`.
    let r = parse([
      "1. Requests the Secretary-General:", "To continue the practice;", "To circulate a note;", "To consult bodies;",
      "(c) To report on experiences gained;", "2. Decides to remain seized of the matter.",
    ])
    try #require(r.operative.count == 2)
    #expect(r.operative[0].subparagraphs.isEmpty)
    #expect(r.operative[0].text.contains("To consult bodies; (c) To report"))
  }

  @Test func aNestedListSpoilsTheCount() throws {
    // `(ii)` belongs to a list inside the second item: five capitals before `(f)` no longer mean (a)–(e).
    let r = parse([
      "1. Reaffirms the need to strengthen its fulfilment by:", "Requesting the Commission to establish a programme;",
      "Requesting the Commission to serve as a platform by:", "Assisting Member States in building capacities;",
      "(ii) Inviting financial institutions to engage;", "Taking note of the decision of the Council;",
      "Requesting the Commission to strengthen its impact;", "(f) Requesting the Commission to continue its work;",
      "2. Decides to remain seized of the matter.",
    ])
    try #require(r.operative.count == 2)
    #expect(r.operative[0].subparagraphs.isEmpty)
  }

  @Test func afterALabelledItemACapitalOpensTheNextItem() throws {
    let r = parse([
      "1. Calls upon States:", "(a) To strengthen cooperation;", "To exchange information;",
      "(c) To report on their efforts;", "2. Decides to remain seized of the matter.",
    ])
    try #require(r.operative.count == 2)
    try #require(labels(r.operative[0]) == ["a", "b", "c"])
    #expect(r.operative[0].subparagraphs[1].text == "To exchange information;")
    #expect(r.warnings.contains { $0.message.contains("subparagraph (b) has no label in the text") })
  }

  @Test func afterALabelledItemRunningOnACapitalContinuesIt() throws {
    // `(a)` breaks off mid-sentence (a page break) before `United Nations`: the same item, not the next.
    let r = parse([
      "1. Calls upon States:", "(a) To strengthen cooperation with the", "United Nations system;",
      "(b) To report on their efforts;", "2. Decides to remain seized of the matter.",
    ])
    try #require(r.operative.count == 2)
    try #require(labels(r.operative[0]) == ["a", "b"])
    #expect(r.operative[0].subparagraphs[0].text == "To strengthen cooperation with the United Nations system;")
  }

  @Test func aDeclarationListWhoseOpeningWordsWereLost() throws {
    // `To this end, we` lost `commit to:`; the fourth item lost its last words at a page break.
    let r = parse(
      ["1. Endorses the Declaration annexed to the present resolution."],
      annex: [
        "1. We reaffirm our commitment to decent work for all. To this end, we", "Adopting macroeconomic policies;",
        "Supporting a favourable environment;", "Strengthening international cooperation;",
        "Promoting equitable access of developing countries to global markets, investments and technologies and the",
        "Harnessing the contribution of the private sector;",
        "(f) Investing in inclusive education.", "2. We decide to follow up.",
      ])
    let paragraphs = try #require(r.annexes.first?.paragraphs)
    try #require(paragraphs.count == 2)
    #expect(paragraphs[0].text == "We reaffirm our commitment to decent work for all. To this end, we")
    try #require(paragraphs[0].subparagraphs.map(\.label) == ["a", "b", "c", "d", "e", "f"])
    #expect(paragraphs[0].subparagraphs[3].text.hasSuffix("investments and technologies and the"))
  }

  @Test(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
  func realListsGetTheirLostLabelsBack() throws {
    let letters = (UInt8(ascii: "a")...UInt8(ascii: "t")).map { String(UnicodeScalar($0)) }
    let requests = GA80.parse(12)
    try #require(requests.operative.count == 10)
    #expect(requests.operative[6].text == "Requests the Secretary-General, within available resources:")
    try #require(labels(requests.operative[6]) == Array(letters.prefix(9)))
    #expect(requests.operative[6].subparagraphs[0].text.hasPrefix("To continue the practice of sending an annual"))
    // `Encourages Member States:` and two items, no label printed: left in the text.
    #expect(requests.operative[7].subparagraphs.isEmpty)

    let chemical = GA80.parse(34)
    let condemns = try #require(chemical.operative.first { $0.number == 5 })
    try #require(labels(condemns) == Array(letters.prefix(6)))
    #expect(condemns.subparagraphs[4].text.hasPrefix("The third report of the Investigation and Identification Team"))
    #expect(chemical.footnotes.contains { $0.marker == "9" && $0.ref == "5(b)" })

    let doha = try #require(GA80.parse(5).annexes.first)
    let lists = [29: 15, 30: 20, 31: 14].map { number, count in
      (doha.paragraphs.first { $0.ref == "annex.\(number)" }, count)
    }
    for (paragraph, count) in lists {
      let paragraph = try #require(paragraph)
      #expect(labels(paragraph) == Array(letters.prefix(count)), "\(paragraph.ref)")
      #expect(paragraph.text.hasSuffix("we commit to:") || paragraph.text.hasSuffix("To this end, we"))
    }

    let trafficking = try #require(GA80.parse(9).annexes.first?.paragraphs.first { $0.ref == "annex.18" })
    try #require(labels(trafficking) == Array(letters.prefix(6)))
    #expect(trafficking.subparagraphs[0].text.hasPrefix("We reaffirm our strong support for the United Nations"))

    // A nested roman list (`(ii)`) inside an unlabelled one: the count cannot tell the labels; left as text.
    #expect(GA80.parse(11).operative[0].subparagraphs.isEmpty)
  }
}
