import ResolutionKit
import Testing

/// Finding a resolution by what a reader types, and "did you mean" when nothing matches: the one rule the CLI and the
/// browser's `:` both use.
@Suite("Corpus lookup and its suggestions")
struct CorpusLookupTests {
  let lookup = SummaryLookup(
    root: Seeds.corpusFolder, summaries: Seeds.files.indices.map { ResolutionSummary(Seeds.parse($0)) })

  @Test("an id under another body offers the resolution of that number, once, by its id")
  func sameNumberOtherBody() {
    guard case .notFound(let suggestions) = lookup.lookup("ECOSOC 55/64") else {
      Issue.record("ECOSOC 55/64 is not in the bundled corpus")
      return
    }
    #expect(suggestions == ["GA 55/64"], "its file name is the same resolution: \(suggestions)")
  }

  @Test("a file name typed with a slip offers that file")
  func fileNameWithASlip() {
    guard case .notFound(let suggestions) = lookup.lookup("ga-55-64-strengthening-the-programm.txt") else {
      Issue.record("the slipped name was found")
      return
    }
    #expect(suggestions.first == "ga-55-64-strengthening-the-programme.txt", "\(suggestions)")
    #expect(!suggestions.contains("GA 55/64"), "the same resolution twice: \(suggestions)")
  }

  @Test("an id of the corpus is found, in any case and spacing")
  func foundById() {
    guard case .found(let file, let others) = lookup.lookup("  ga 55/64 ") else {
      Issue.record("GA 55/64 not found")
      return
    }
    #expect(file.hasSuffix("ga-55-64-strengthening-the-programme.txt") && others.isEmpty)
  }
}
