import PropertyBased
import Testing

@testable import ResolutionKit

/// Properties of the extractor on random text made of the grammar's own words, so that near-citations are common.
@Suite("Citation extractor properties")
struct CitationPropertyTests {
  static let fragments = [
    "resolution", "resolutions", "Resolution", "its", "the present", "the", "present", "paragraph", "paragraphs",
    "subparagraphs", "5", "26", "(d)", "(a)", "46/152", "1992/22", "155 C (VII)", "11 (XXXV)", "of", "the annex to",
    "annexed to", "General Assembly", "Economic and Social Council", "Council", "Commission", "Assembly", "section",
    "II", "VI", ",", ";", ".", "and", "Ibid.", "A/55/119", "S/RES/1325", "(2000)", "on", "18 December 1991", "in",
    "by", "é", "—", "⁵³", "annex", "para.", "below", "above", "(", ")", "/", "of the present section", "conflict",
    "Sales No. E.00.IV.8", "1992-1997", "“", "\u{1B}",
  ]

  /// Indices into `fragments`: a random run of the grammar's words.
  static let words = Gen.int(in: 0...(fragments.count - 1)).array(of: 0...40)
  static func text(_ indices: [Int]) -> [String] { indices.map { fragments[$0] } }
  static let extractors = [
    CitationExtractor(adoptingBody: .ecosoc, ownNumber: "1992/22"),
    CitationExtractor(adoptingBody: nil, ownNumber: nil),
  ]

  @Test func rangesAlwaysCoverTheCitedWordsInOrder() async {
    let refs: [ParagraphRef] = ["PP1", "IV.10(c)", "title", "fn3"]
    await propertyCheck(count: 400, input: Self.words, Gen.int(in: 0...1), Gen.int(in: 0...3)) {
      words, which, refIndex in
      let ref = refs[refIndex]
      let text = Self.text(words).joined(separator: " ")
      let bytes = Array(text.utf8)
      let found = Self.extractors[which].citations(in: text, ref: ref, line: 3)
      var previousStart = -1
      for citation in found {
        #expect(citation.range.lowerBound >= 0 && citation.range.upperBound <= bytes.count)
        #expect(!citation.range.isEmpty)
        #expect(String(decoding: bytes[citation.range], as: UTF8.self) == citation.text)
        #expect(citation.range.lowerBound >= previousStart, "citations come in reading order")
        previousStart = citation.range.lowerBound
      }
    }
  }

  @Test func aNamedCitationIsFoundInAnyContext() async {
    await propertyCheck(
      count: 400, input: Self.words, Self.words, Gen.int(in: 1...79), Gen.int(in: 1...300), Gen.int(in: 1...28)
    ) { before, after, session, number, day in
      let cited = "General Assembly resolution \(session)/\(number) of \(day) March 1999"
      let text = (Self.text(before) + ["Recalling", cited] + Self.text(after)).joined(separator: " ")
      let found = Self.extractors[0].citations(in: text, ref: "PP1", line: 1)
      let match = found.first { $0.target?.description == "GA \(session)/\(number)" }
      #expect(match != nil, "not found in: \(text)")
      #expect(match?.date == CalendarDate(year: 1999, month: 3, day: day))
      #expect(match?.text.contains("resolution \(session)/\(number) of \(day) March 1999") == true)
    }
  }
}
