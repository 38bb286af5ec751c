import ResolutionKit
import Testing

/// Two more shapes of footnote numbers set apart by a space: in a list of names, after a comma and before a capital,
/// where the number is the only one the markers around it leave (`Tlatelolco,2 Rarotonga, 3 Bangkok[^4]`); and after a
/// sentence's period, before the next numbered paragraph run onto the same line (`the Future. 16 9. We note`). A year
/// may follow the only fit too (`for 2021, 1 2022,2`).
@Suite struct TightFootnoteMarkerTests {
  private func parse(preamble: String, operative: [String], footnotes: Int) -> Resolution {
    let notes = (1...footnotes).map { "[^\($0)]: Note \($0)." }.joined(separator: "\n\n")
    let text = """
      Resolution adopted by the General Assembly on 1 December 2025

      90/5. Footnote numbers in lists and before paragraphs

      The General Assembly,

      \(preamble)

      \(operative.joined(separator: "\n\n"))

      52nd plenary meeting
      1 December 2025

      ---

      \(notes)
      """
    return ResolutionParser().parse(Array(text.utf8), file: "test.md")
  }

  @Test func theOnlyNumberThatFitsBeforeACapitalIsAMarker() throws {
    let r = parse(
      preamble: "Reiterating the treaties of Tlatelolco,[^1] Rarotonga, 2 Bangkok[^3] and Pelindaba,",
      operative: ["1. Decides to remain seized of the matter."], footnotes: 3)
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text == "Reiterating the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba,")
    #expect(r.footnotes.map(\.marker) == ["1", "2", "3"])
    #expect(r.footnotes.allSatisfy { $0.ref == "PP1" })
  }

  @Test func theOnlyNumberThatFitsInAListOfYearsIsAMarker() throws {
    let r = parse(
      preamble: "Welcoming the returns of Member States for 2021, 1 2022,[^2] 2023 and 2024,",
      operative: ["1. Decides to remain seized of the matter."], footnotes: 2)
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text == "Welcoming the returns of Member States for 2021, 2022, 2023 and 2024,")
    #expect(r.footnotes.map(\.marker) == ["1", "2"])
  }

  @Test func aCountInAListOfYearsWithoutAMarkerAfterItStays() throws {
    // No marker after it to pin it: `1` could as well be a count.
    let r = parse(
      preamble: "Welcoming the returns of Member States for 2021, 1 2022 and 2024,",
      operative: ["1. Decides to remain seized of the matter."], footnotes: 1)
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text.contains("2021, 1 2022"))
  }

  @Test func aNumberWithRoomAroundItBeforeACapitalStays() throws {
    // Footnotes 2 and 3 both unreferenced between 1 and 4: nothing pins the `2` as a marker.
    let r = parse(
      preamble: "Reiterating the treaties of Tlatelolco,[^1] Rarotonga, 2 Bangkok[^4] and Pelindaba,",
      operative: ["1. Decides to remain seized of the matter."], footnotes: 4)
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text.contains("Rarotonga, 2 Bangkok"))
  }

  @Test func aNumberAfterASentenceBeforeTheNextParagraphIsAMarker() throws {
    let r = parse(
      preamble: "Recalling its resolution 79/1,",
      operative: ["1. Welcomes the commitments in the Pact for the Future. 1 2. Decides to remain seized of it."],
      footnotes: 1)
    try #require(r.operative.count == 2)
    #expect(r.operative[0].text == "Welcomes the commitments in the Pact for the Future.")
    #expect(r.operative[1].text == "Decides to remain seized of it.")
    #expect(r.footnotes.map(\.ref) == ["1"])
  }

  @Test func aNumberWithoutItsFootnoteBeforeAParagraphStays() throws {
    // Footnote 1 is referenced already; `7` has no footnote: a count, not a marker.
    let r = parse(
      preamble: "Recalling its resolution 79/1,[^1]",
      operative: ["1. Welcomes the decision of the States. 7 2. Decides to remain seized of the matter."], footnotes: 1)
    try #require(r.operative.count >= 1)
    #expect(r.operative[0].text.contains("States. 7"))
  }

  @Test(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
  func realFootnotesFindTheirMarkers() throws {
    let zones = GA80.parse(15)
    #expect(zones.footnotes.contains { $0.marker == "3" && $0.ref == "PP8" })
    #expect(zones.preamble.contains { $0.text.contains("Tlatelolco, Rarotonga, Bangkok and Pelindaba") })
    let awaza = GA80.parse(3)
    #expect(awaza.footnotes.contains { $0.marker == "16" && $0.ref == "annex.8" && $0.text == "Resolution 79/1." })
    let eight = awaza.annexes.first?.paragraphs.first { $0.ref == "annex.8" }
    #expect(eight?.text.hasSuffix("Pact for the Future.") == true)
    let register = GA80.parse(28)
    #expect(register.footnotes.contains { $0.marker == "1" && $0.ref == "PP3" && $0.text == "A/77/165." })
    let chemical = GA80.parse(34)
    #expect(chemical.footnotes.contains { $0.marker == "14" && $0.ref == "11" })
    #expect(chemical.operative.contains { $0.text.contains("in Ltamenah, Saraqib and Duma") })
  }
}
