import ResolutionKit
import Testing

/// Footnote numbers a PDF text layer set apart from their word by a space (`the Court 1 reaffirms`, `in 2014, 3` at a
/// paragraph's end): markers where their footnote exists and they fit the markers' order, numbers everywhere else.
@Suite struct SpacedFootnoteMarkerTests {
  private func parse(_ text: String) -> Resolution {
    ResolutionParser().parse(Array(text.utf8), file: "test.md")
  }

  private func resolution(preamble: [String], footnotes: [String]) -> String {
    """
    Resolution adopted by the General Assembly on 1 December 2025

    90/1. Footnotes set apart by a space

    The General Assembly,

    \(preamble.joined(separator: "\n\n"))

    1. Decides to remain seized of the matter.

    52nd plenary meeting
    1 December 2025

    ---

    \(footnotes.joined(separator: "\n\n"))
    """
  }

  @Test func aSpacedNumberEndingAParagraphIsItsMarkerAndTheNextParagraphStandsApart() throws {
    let r = parse(
      resolution(
        preamble: [
          "Recalling the Treaty on Outer Space 1 and its resolution 79/20,",
          "Welcoming the draft treaty introduced in 2008,2 and its updated version in 2014, 3",
          "Considering that transparency measures are part of the draft treaty,",
        ],
        footnotes: ["[^1]: Treaty A.", "[^2]: See CD/1839.", "[^3]: See CD/1985."]))
    try #require(r.preamble.map(\.verb) == ["Recalling", "Welcoming", "Considering"])
    #expect(r.preamble[0].text == "Recalling the Treaty on Outer Space and its resolution 79/20,")
    #expect(r.preamble[1].text == "Welcoming the draft treaty introduced in 2008, and its updated version in 2014,")
    #expect(r.preamble[2].text == "Considering that transparency measures are part of the draft treaty,")
    try #require(r.footnotes.map(\.marker) == ["1", "2", "3"])
    #expect(r.footnotes.map(\.ref) == ["PP1", "PP2", "PP2"])
    #expect(r.footnotes.map(\.text) == ["Treaty A.", "See CD/1839.", "See CD/1985."])
    // The marker stands just after the word it belongs to.
    let space = r.preamble[0].text.utf8.count - " and its resolution 79/20,".utf8.count
    #expect(r.footnotes[0].offset == space)
  }

  @Test func aSpacedMarkerBeforeALowerCaseWordLeavesTheText() throws {
    let r = parse(
      resolution(
        preamble: [
          "Recalling that the Rome Statute of the International Criminal Court 1 reaffirms the purposes of the Charter,",
          "Acknowledging the Relationship Agreement, 2 which provides a framework for cooperation, and the statement of "
            + "12 February 2013, 3 in which the Council reiterated its call,",
        ],
        footnotes: ["[^1]: Treaty B.", "[^2]: A/58/874.", "[^3]: S/PRST/2013/2."]))
    try #require(r.preamble.count == 2)
    #expect(r.preamble[0].text.contains("International Criminal Court reaffirms the purposes"))
    #expect(r.preamble[1].text.contains("Relationship Agreement, which provides"))
    #expect(r.preamble[1].text.contains("12 February 2013, in which the Council"))
    #expect(r.footnotes.map(\.marker) == ["1", "2", "3"])
    #expect(r.footnotes.map(\.ref) == ["PP1", "PP2", "PP2"])
  }

  /// Between two sentences (`Principles. 13 We will`), a noun that could number things does not: the period parts them.
  @Test func aSpacedMarkerBetweenTwoSentencesLeavesTheText() throws {
    let r = parse(
      resolution(
        preamble: ["Noting the role of institutions set up in compliance with the Paris Principles. 1 They guide the work,"],
        footnotes: ["[^1]: Resolution 48/134, annex."]))
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text.hasSuffix("with the Paris Principles. They guide the work,"))
    #expect(r.footnotes.map(\.marker) == ["1"])
  }

  /// `25 November 20242`, `2025–20283`, `resolution 79/45,1`: the footnote number glued on, the year or symbol intact.
  @Test func aFootnoteNumberRunOnAfterAYearOrASymbolIsAMarker() throws {
    let r = parse(
      resolution(
        preamble: [
          "Taking note of the report of 25 November 20241 and the timetable for 2025–20282 and the work,",
          "Recalling resolution 79/45,3 and the statement of 1 May 20244,",
          "Noting the 20245 and 20246 reports,",
        ],
        footnotes: ["[^1]: A/79/552.", "[^2]: A/AC.297/2025/3.", "[^3]: A/80/1.", "[^4]: Held in 2024."]))
    try #require(r.preamble.count == 3)
    #expect(r.preamble[0].text
      == "Taking note of the report of 25 November 2024 and the timetable for 2025–2028 and the work,")
    #expect(r.preamble[1].text == "Recalling resolution 79/45, and the statement of 1 May 2024,")
    // No footnotes 5 and 6: numbers, however odd.
    #expect(r.preamble[2].text == "Noting the 20245 and 20246 reports,")
    #expect(r.footnotes.map(\.marker) == ["1", "2", "3", "4"])
    #expect(r.footnotes.map(\.ref) == ["PP1", "PP1", "PP2", "PP2"])
  }

  /// Real numbers stay even where a footnote of that number exists, no marker refers to it yet and it would come next
  /// in order: before a magnitude, after a noun that numbers things, after a small word.
  @Test func realNumbersStayWhereTheirFootnoteExists() throws {
    let r = parse(
      resolution(
        preamble: [
          "Noting that in 2014, 1 million people were displaced,",
          "Recalling paragraph 2 of resolution 1325 (2000),",
          "Convinced that the work of 3 regional centres is vital,",
        ],
        footnotes: ["[^1]: Treaty C.", "[^2]: A/79/364.", "[^3]: See CD/1985."]))
    try #require(r.preamble.count == 3)
    #expect(r.preamble[0].text == "Noting that in 2014, 1 million people were displaced,")
    #expect(r.preamble[1].text == "Recalling paragraph 2 of resolution 1325 (2000),")
    #expect(r.preamble[2].text == "Convinced that the work of 3 regional centres is vital,")
    #expect(r.footnotes.isEmpty)
  }

  /// … and out of the markers' order, or with no footnote of that number at all.
  @Test func numbersOutOfOrderOrWithoutAFootnoteStay() throws {
    let r = parse(
      resolution(
        preamble: [
          "Welcoming the report,[^2] and noting the Court 1 reaffirms the principles,",
          "Stressing the statements made by a number of States 5 that they would not be the first,",
        ],
        footnotes: ["[^1]: Treaty C.", "[^2]: A/79/364."]))
    try #require(r.preamble.count == 2)
    // Footnote 1 exists but the text is past marker 2.
    #expect(r.preamble[0].text == "Welcoming the report, and noting the Court 1 reaffirms the principles,")
    // No footnote 5.
    #expect(r.preamble[1].text.contains("States 5 that"))
    #expect(r.footnotes.map(\.marker) == ["2"])
  }
}
