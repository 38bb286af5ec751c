import ResolutionKit
import Testing

/// The step loading and indexing share (`CorpusFinish`), and the parser returning resolutions with their citations.
struct CorpusFinishTests {
  @Test func theParserReturnsAResolutionWithItsCitations() {
    for index in Seeds.files.indices {
      let resolution = Seeds.parse(index)
      let found = CitationExtractor(adoptingBody: resolution.body, ownNumber: resolution.number).citations(in: resolution)
      #expect(!resolution.citations.isEmpty, "\(Seeds.files[index])")
      #expect(resolution.citations == found, "\(Seeds.files[index])")
    }
  }

  @Test func filesSharingAnIdAreEachNotedWithTheOthersInFolderOrder() throws {
    let id = try #require(ResolutionID("GA 55/64"))
    let other = try #require(ResolutionID("GA 55/65"))
    let members = [
      CorpusFinish.Member(id: id, file: "c/a.txt", line: 1),
      CorpusFinish.Member(id: other, file: "c/b.txt", line: 2),
      CorpusFinish.Member(id: nil, file: "c/c.txt", line: nil),
      CorpusFinish.Member(id: id, file: "c/d.txt", line: 4),
      CorpusFinish.Member(id: id, file: "c/e.txt", line: 5),
    ]
    let notes = CorpusFinish.duplicateWarnings(members)
    #expect(notes.map(\.index) == [0, 3, 4])
    #expect(notes[0].warning.message == "duplicate id GA 55/64: also in c/d.txt, c/e.txt; all 3 are kept")
    #expect(notes[1].warning.message.contains("also in c/a.txt, c/e.txt"))
    #expect(notes[2].warning.line == 5 && notes[2].warning.file == "c/e.txt")
  }

  @Test func rankingIsByFrequencyThenFirstAppearance() {
    #expect(CorpusFinish.ranked(["b", "a", "c", "a", "c"]) == ["a", "c", "b"])
  }
}
