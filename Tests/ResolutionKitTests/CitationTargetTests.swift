import ResolutionKit
import Testing

/// Citation targets as one type: the grammar builds each case from what it read, and `description` prints it the one
/// way `show --json`, `cites` and the index print it.
struct CitationTargetTests {
  private func cite(_ text: String, ref: ParagraphRef = "PP1") -> [Citation] {
    CitationExtractor(adoptingBody: .ga, ownNumber: "55/64").citations(in: text, ref: ref, line: 1)
  }

  @Test func eachKindOfCitationHasItsCase() {
    let found = cite(
      "Recalling its resolution 46/152, its decision 55/488, the report A/58/6 (sect. 23) and the present resolution,")
    #expect(
      found.map(\.target) == [
        .resolution(ResolutionID(body: .ga, number: "46/152")), .decision(body: .ga, number: "55/488"),
        .document(symbol: "A/58/6"), .itself(ResolutionID(body: .ga, number: "55/64")),
      ])
    #expect(found.map(\.target?.description) == ["GA 46/152", "GA decision 55/488", "A/58/6", "GA 55/64"])
    #expect(found[2].pinpoint == Pinpoint([.documentPart("sect. 23")]))
    #expect(found.compactMap(\.target?.resolution) == [ResolutionID(body: .ga, number: "46/152")])
  }

  @Test func internalReferencesNameParagraphsAndSections() {
    let inSection = cite("as set out in paragraph 2 of the present section and section III above,", ref: "IV.3")
    #expect(
      inSection.map(\.target) == [
        .paragraph(ParagraphRef(place: .paragraph(section: "IV", number: 2, label: nil, occurrence: nil))),
        .section("III"),
      ])
    #expect(inSection.map(\.target?.ownParagraph) == ["IV.2", "III"])
    // A subparagraph of an annex paragraph keeps the annex.
    let inAnnex = cite("as set out in subparagraph (c) below;", ref: "annexII.4")
    #expect(inAnnex.map(\.target?.description) == ["annexII.4(c)"])
    // The title and preamble have no subparagraphs to name.
    #expect(cite("as set out in subparagraph (c) below;", ref: "PP2").isEmpty)
  }
}
