import ResolutionKit
import Testing

/// Running heads that repeat the resolution's title, whole or cut at a word, alone between blank lines where a PDF
/// page turns: no paragraph's words, and the paragraph after one stands on its own.
@Suite struct RunningTitleTests {
  private func parse(_ text: String) -> Resolution {
    ResolutionParser().parse(Array(text.utf8), file: "test.md")
  }

  @Test func aRunningTitleBetweenParagraphsOrInsideOneIsDropped() throws {
    let r = parse(
      """
      Resolution adopted by the General Assembly on 1 December 2025

      90/2. Cooperation on the peaceful uses of the deep seabed and its resources

      The General Assembly,

      Recalling its resolutions 70/1 of 25 September 2015 and 75/1 of 21 September

      Cooperation on the peaceful uses of the deep seabed

      2020, and all its other resolutions on the subject,

      Noting the work of the Authority,

      Cooperation on the peaceful uses of the deep seabed and its resources

      Convinced that cooperation is essential,

      1. Decides to remain seized of the matter.

      52nd plenary meeting
      1 December 2025
      """)
    try #require(r.preamble.count == 3)
    #expect(r.preamble[0].text
      == "Recalling its resolutions 70/1 of 25 September 2015 and 75/1 of 21 September 2020, and all its other "
      + "resolutions on the subject,")
    #expect(r.preamble.map(\.verb) == ["Recalling", "Noting", "Convinced"])
    #expect(r.preamble[2].text == "Convinced that cooperation is essential,")
  }

  /// A section heading that reads like the title (right after its numeral) and a one-word line stay.
  @Test func aSectionHeadingLikeTheTitleStays() throws {
    let r = parse(
      """
      Resolution adopted by the General Assembly on 1 December 2025

      90/3. Oceans and the law of the sea

      The General Assembly,

      Noting the work of the Authority,

      I

      Oceans and the law of the sea

      1. Decides to remain seized of the matter.

      52nd plenary meeting
      1 December 2025
      """)
    #expect(r.sections.map(\.heading) == ["Oceans and the law of the sea"])
    #expect(r.operative.map(\.number) == [1])
  }
}
