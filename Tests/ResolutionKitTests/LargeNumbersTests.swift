import ResolutionKit
import Testing

/// Paragraph numbers past 999 are paragraphs of their own (they were merged into paragraph 999), while a year that
/// starts a line out of sequence is still not taken for a paragraph number.
@Suite("Paragraph numbers above 999")
struct LargeNumbersTests {
  @Test func twelveHundredOperativeParagraphs() {
    var text = "General Assembly resolution 99/1\n\nThe General Assembly,\n\nRecalling its earlier work,\n\n"
    for number in 1...1200 { text += "\(number). Decides to act on item \(number);\n\n" }
    let resolution = ResolutionParser().parse(Array(text.utf8), file: "many.txt")
    #expect(resolution.operative.count == 1200)
    #expect(resolution.operative.last?.ref == "1200")
    #expect(resolution.operative[999].text.contains("item 1000;"))
    #expect(!resolution.operative[998].text.contains("item 1000;"))
  }

  @Test func aYearAtALineStartIsNotAParagraph() {
    let text = "General Assembly resolution 99/1\n\nThe General Assembly,\n\nRecalling its work,\n\n"
      + "1. Decides to act in\n2000. Requests a report;\n\n2. Decides also to act.\n"
    let resolution = ResolutionParser().parse(Array(text.utf8), file: "year.txt")
    #expect(resolution.operative.map(\.ref) == ["1", "2"])
  }
}
