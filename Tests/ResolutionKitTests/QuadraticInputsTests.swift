import ResolutionKit
import Testing

/// Inputs that were quadratic: a query repeating one word, and thousands of files sharing an id. Sizes where a
/// quadratic path would show (20,000 files: 400 million names in the old warnings).
@Suite("Inputs that were quadratic")
struct QuadraticInputsTests {
  @Test func aRepeatedQueryWordIsKeptOnce() throws {
    let query = try SearchQuery(parsing: Array(repeating: "crime", count: 17_000).joined(separator: " ") + " Crime \"a b\" \"A B\"")
    #expect(query.words == ["crime"])
    #expect(query.phrases == ["a b"])
  }

  @Test func duplicateIdWarningsNameThreeFilesAndCountTheRest() throws {
    let group = (0..<20_000).map { "corpus/r\($0).txt" }
    let id = try #require(ResolutionID("GA 55/64"))
    var total = 0
    for file in group {
      let warning = CorpusLoader.duplicateWarning(file: file, line: 1, id: id, group: group)
      total += warning.message.utf8.count
    }
    let first = CorpusLoader.duplicateWarning(file: group[0], line: 1, id: id, group: group)
    #expect(first.message == "duplicate id GA 55/64: also in corpus/r1.txt, corpus/r2.txt, corpus/r3.txt and 19996 others; all 20000 are kept")
    #expect(total < 20_000 * 200)
    let pair = CorpusLoader.duplicateWarning(file: "a.txt", line: nil, id: id, group: ["a.txt", "b.txt"])
    #expect(pair.message == "duplicate id GA 55/64: also in b.txt; both are kept")
  }
}
