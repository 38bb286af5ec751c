import Foundation
import Testing

/// The options every command shares (`--corpus`, `--index`, `--no-index`) and the one not-found message, run as the
/// real binary on the bundled corpus.
@Suite("corpus options and lookup across commands")
struct CorpusOptionsCommandTests {
  let corpus = Resolute.corpus.path

  @Test("list, check and index take --corpus as well as the older positional folder", arguments: ["list", "check"])
  func corpusOptionEqualsPositional(command: String) throws {
    let positional = try Resolute.run([command, corpus])
    let option = try Resolute.run([command, "--corpus", corpus])
    #expect(positional.status == option.status)
    #expect(!option.stdout.isEmpty)
    #expect(option.stdout == positional.stdout)
  }

  @Test func indexTakesCorpusOption() throws {
    let folder = try TemporaryFolder()
    let indexFile = folder.url.appendingPathComponent("corpus.sqlite").path
    let result = try Resolute.run(["index", "--corpus", corpus, "--index", indexFile, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(document["index"] as? String == indexFile)
    #expect((document["resolutions"] as? Int ?? 0) > 0)
    #expect(FileManager.default.fileExists(atPath: indexFile))
  }

  @Test func twoDifferentFoldersAreRefused() throws {
    let result = try Resolute.run(["list", corpus, "--corpus", "/tmp"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("either PATH or --corpus PATH"))
  }

  @Test(
    "cites and cited-by say the same through the index as read into memory",
    arguments: [
      ["cites", "GA 55/64"], ["cites", "ECOSOC 1992/22"], ["cited-by", "GA 46/152"], ["cited-by", "GA 55/59"],
      ["cites", "GA 55/64", "--json"], ["cited-by", "GA 46/152", "--json"],
    ])
  func indexAgreesWithMemory(arguments: [String]) throws {
    let indexed = try Resolute.run(arguments + ["--corpus", corpus])
    let memory = try Resolute.run(arguments + ["--corpus", corpus, "--no-index"])
    #expect(indexed.status == 0, "stderr: \(indexed.stderr)")
    #expect(memory.status == 0, "stderr: \(memory.stderr)")
    #expect(indexed.stdout.count > 100)
    #expect(indexed.stdout == memory.stdout)
  }

  @Test(
    "a misspelt id gets the same did-you-mean from every command",
    arguments: [
      ["show", "GA 55/46"], ["cites", "GA 55/46"], ["cited-by", "GA 55/46"], ["series", "GA 55/46"],
      ["diff", "GA 55/46", "GA 55/64"], ["reuse", "GA 55/46", "1"], ["show", "GA 55/46", "--no-index"],
      ["cites", "GA 55/46", "--no-index"], ["cited-by", "GA 55/46", "--no-index"],
    ])
  func didYouMean(arguments: [String]) throws {
    let result = try Resolute.run(arguments + ["--corpus", corpus])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let lead = arguments[0] == "cited-by" ? "error: GA 55/46 is not in " : "error: no resolution 'GA 55/46' in "
    #expect(result.stderr.hasPrefix(lead), "\(result.stderr)")
    #expect(result.stderr.contains("did you mean: GA 55/64"), "\(result.stderr)")
  }
}
