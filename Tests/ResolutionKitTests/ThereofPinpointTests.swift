import Testing

@testable import ResolutionKit

/// `section IV, paragraphs 22 and 26, and section V, paragraph 29, thereof`: `thereof` makes the pinpoints point into
/// the text just named (a framework, a declaration), not into the resolution's own sections.
@Suite struct ThereofPinpointTests {
  let ga = CitationExtractor(adoptingBody: .ga, ownNumber: "80/43")

  private func internalTargets(_ text: String) -> [String] {
    ga.citations(in: text, ref: "4", line: 1).filter { $0.kind == .internal }.compactMap { $0.target?.description }
  }

  @Test func pinpointsClosedByThereofAreNotOurs() {
    #expect(
      internalTargets(
        "to implement the mandates assigned in the Global Framework as contained in section IV, paragraphs 22 and 26, "
          + "and section V, paragraphs 29, 34 and 37, thereof, and to strengthen the programme;"
      ).isEmpty)
    #expect(internalTargets("in line with section V, paragraph 31, thereof, with a view to").isEmpty)
    #expect(internalTargets("as contained in section IV, paragraph 23 thereof;").isEmpty)
  }

  @Test func pinpointsWithoutThereofStayOurs() {
    let text = "as set out in section VI, paragraph 1, below, and in section II, paragraph 3;"
    #expect(internalTargets(text) == ["VI.1", "II.3"])
    // `thereof` further on, after other words, closes something else.
    #expect(internalTargets("as decided in section II, paragraph 3, and the annex thereof;") == ["II.3"])
  }

  @Test(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
  func realGlobalFrameworkPinpointsAreNotInternal() throws {
    // GA 80/43 has no sections; paragraphs 4 and 5 pinpoint sections IV and V of the Global Framework `thereof`.
    let resolution = GA80.parse(43)
    try #require(resolution.sections.isEmpty && resolution.operative.count >= 5)
    #expect(resolution.citations.filter { $0.kind == .internal }.isEmpty)
  }
}
