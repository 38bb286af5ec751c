import ResolutionKit
import Testing

/// YAML front matter above a resolution: metadata, never text; the text's header wins and differences are said.
struct FrontMatterTests {
  private func parse(_ text: String) -> Resolution {
    ResolutionParser().parse(Array(text.utf8), file: "made-up.md")
  }

  private let body = """

    Resolution adopted by the General Assembly on 3 March 2099

    99/7. Made-up cooperation among the

    The General Assembly,

    Recalling its earlier resolutions,

    1. Decides to cooperate.
    """

  @Test func isMetadataNeverTextAndCompletesACutTitle() {
    let resolution = parse(
      """
      ---
      symbol: A/RES/99/7
      title: "Made-up cooperation among the regions of the world :"
      date: "2099-03-05"
      ---
      """ + body)
    #expect(resolution.id?.description == "GA 99/7")
    #expect(resolution.title == "Made-up cooperation among the regions of the world")
    #expect(resolution.adopted?.iso == "2099-03-03", "the adoption date, not the front matter's distribution date")
    #expect(resolution.preamble.map(\.ref) == ["PP1"])
    #expect(resolution.warnings.contains { $0.severity == .note && $0.message.contains("cut short") })
  }

  @Test func fillsAnIdTheTextLacksAndSaysSo() {
    let resolution = parse(
      """
      ---
      symbol: A/RES/99/8
      title: "Made-up cooperation among the"
      ---

      The General Assembly,

      1. Decides to cooperate.
      """)
    #expect(resolution.id?.description == "GA 99/8")
    #expect(resolution.title == "Made-up cooperation among the")
    #expect(resolution.warnings.contains { $0.message.contains("taken from the front matter's symbol") })
    #expect(!resolution.warnings.contains { $0.message.contains("add it to catalog.toml") })
  }

  @Test func disagreementsAreWarnings() {
    let resolution = parse(
      """
      ---
      symbol: A/RES/99/9
      title: "Another resolution altogether"
      ---
      """ + body)
    #expect(resolution.id?.description == "GA 99/7")
    #expect(resolution.title == "Made-up cooperation among the")
    #expect(resolution.warnings.filter { $0.severity == .warning }.count == 2)
    #expect(resolution.warnings.contains { $0.line == 1 && $0.message.contains("A/RES/99/9") })
  }

  @Test func brokenYAMLIsSaidAndStillNotText() {
    let resolution = parse(
      """
      ---
      symbol: [unclosed
      ---
      """ + body)
    #expect(resolution.warnings.contains { $0.line == 1 && $0.message.contains("not valid YAML") })
    #expect(resolution.title == "Made-up cooperation among the")
    #expect(resolution.id?.description == "GA 99/7")
  }

  @Test func aThematicBreakAboveProseIsNotFrontMatter() {
    let resolution = parse("---\nThe General Assembly,\n---\n\n1. Decides to act.\n")
    #expect(!resolution.warnings.contains { $0.message.contains("front matter") })
  }
}
