import ResolutionKit
import Testing

/// Headings without a number in a resolution's own text (`Peacebuilding financing` between paragraphs 12 and 13): a
/// short unpunctuated line after a closed paragraph, followed by a numbered paragraph, is a heading placed where it
/// stands, not words of the paragraph before it. Followed by anything else it is read as before.
@Suite struct UnnumberedHeadingTests {
  private func parse(_ body: [String]) -> Resolution {
    let text = """
      Resolution adopted by the General Assembly on 1 December 2025

      90/4. Headings without numbers

      The General Assembly,

      \(body.joined(separator: "\n\n"))

      52nd plenary meeting
      1 December 2025
      """
    return ResolutionParser().parse(Array(text.utf8), file: "test.md")
  }

  /// The headings before each paragraph, as every renderer walks them.
  private struct Headings: ResolutionVisitor {
    var placed: [String] = []
    mutating func visitTitle(_ title: String, line: Int?) {}
    mutating func willVisitAnnex(_ annex: Annex) {}
    mutating func willVisitPreamble(_ paragraphs: [PreambularParagraph], in annex: Annex?) {}
    mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {}
    mutating func willVisitOperative(_ paragraphs: [OperativeParagraph], sections: [Section], in annex: Annex?) {}
    mutating func visitSectionHeading(_ section: Section, in annex: Annex?) { placed.append("# " + section.heading) }
    mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) { placed.append(paragraph.ref) }
    mutating func visitSubparagraph(_ subparagraph: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?) {}
    mutating func didVisitAnnex(_ annex: Annex) {}
    mutating func visitFootnoteReference(_ footnote: FootnoteReference) {}
    mutating func visitFootnoteText(_ footnote: FootnoteText, referenced: Bool) {}
  }

  @Test func headingsBeforeNumberedParagraphsStandWhereTheyAre() throws {
    let r = parse([
      "Recalling its resolution 70/262 of 27 April 2016,", "Peacebuilding Commission",
      "1. Reaffirms the mandate of the Commission;", "2. Decides to hold a peacebuilding week;",
      "Peacebuilding financing", "3. Calls for the implementation of relevant resolutions.",
    ])
    #expect(r.preamble.count == 1)
    try #require(r.operative.count == 3)
    #expect(r.operative.map(\.ref) == ["1", "2", "3"])
    #expect(r.operative[1].text == "Decides to hold a peacebuilding week;")
    #expect(r.sections.map(\.heading) == ["Peacebuilding Commission", "Peacebuilding financing"])
    #expect(r.sections.map(\.number) == ["", ""])
    #expect(r.walked(Headings()).placed == ["# Peacebuilding Commission", "1", "2", "# Peacebuilding financing", "3"])
  }

  @Test func aParagraphBrokenAfterItsFirstWordsIsNoHeading() throws {
    // A blank line after the first words of a preambular paragraph, its rest opening with a small letter.
    let r = parse([
      "Recalling its resolution 70/262 of 27 April 2016,", "Encouraging potential donors and financial institutions",
      "to make regular contributions,", "1. Reaffirms the mandate of the Commission.",
    ])
    #expect(r.sections.isEmpty)
    try #require(r.preamble.count == 2)
    #expect(
      r.preamble[1].text == "Encouraging potential donors and financial institutions to make regular contributions,")
    #expect(r.walked(Headings()).placed == ["1"])
  }

  @Test(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
  func realPeacebuildingHeadings() throws {
    let r = GA80.parse(11)
    #expect(r.preamble.count == 16)
    #expect(r.operative.count == 30)
    #expect(
      r.sections.map(\.heading) == [
        "Peacebuilding Commission", "Peacebuilding financing",
        "Department of Political and Peacebuilding Affairs/Peacebuilding Support Office",
      ])
    #expect(r.operative[11].text.hasSuffix("peacebuilding and sustaining peace;"))
    #expect(r.operative[22].text.hasSuffix("collaboration with youth on financing national priorities;"))
    let placed = r.walked(Headings()).placed
    #expect(placed.firstIndex(of: "# Peacebuilding financing") == placed.firstIndex(of: "13").map { $0 - 1 })
    #expect(placed.first == "# Peacebuilding Commission")
  }
}
