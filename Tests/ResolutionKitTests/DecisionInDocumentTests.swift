import Testing

@testable import ResolutionKit

/// `document CBD/COP/15/17, decision 15/4`: a decision inside another organ's document, just named, is a pinpoint of
/// that document, not a decision of the adopting body; `decision 79/512` on its own still is.
@Suite struct DecisionInDocumentTests {
  let ga = CitationExtractor(adoptingBody: .ga, ownNumber: "80/3")

  private func targets(_ text: String) -> [String] {
    ga.citations(in: text, ref: "fn11", line: 1).compactMap { $0.target?.description }
  }

  @Test func aDecisionAfterAnotherOrgansDocumentIsNotOurs() {
    let note = "United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex."
    #expect(targets(note) == ["CBD/COP/15/17"])
    #expect(targets("See A/CONF.151/26, decision 1/2.").allSatisfy { !$0.contains("decision") })
  }

  @Test func aDecisionOfTheAssemblyStaysOne() {
    #expect(targets("See decision 60/519.") == ["GA decision 60/519"])
    #expect(targets("as established in its decision 79/512, decision 79/513 notwithstanding") == [
      "GA decision 79/512", "GA decision 79/513",
    ])
    #expect(targets("Recalling resolution 70/1, decision 79/512 and the report,").contains("GA decision 79/512"))
  }

  @Test(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
  func realBiodiversityDecisionIsNoAssemblyDecision() {
    let resolution = GA80.parse(3)
    #expect(!resolution.citations.contains { $0.target?.description == "GA decision 15/4" })
    #expect(resolution.citations.contains { $0.target?.description == "CBD/COP/15/17" })
    // Its own decisions elsewhere are still found: `See decision 60/519` in 80/36.
    #expect(GA80.parse(36).citations.contains { $0.target?.description == "GA decision 60/519" })
  }
}
