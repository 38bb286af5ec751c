import Foundation
import Testing

/// Killing `resolute index` with SIGKILL at any moment leaves an index that is either the old one or the new one:
/// the next run answers correctly about the files as they are now.
@Suite("The index under SIGKILL")
struct IndexKillTests {
  /// `count` resolutions, each holding `word` in its first operative paragraph.
  static func writeCorpus(_ folder: URL, count: Int, word: String) throws {
    for index in 0..<count {
      let text = """
        \(index + 1)/1. Generated resolution number \(index)

        The General Assembly,

        Recalling its resolution 55/64 of 4 December 2000,

        1. Decides that \(word) shall be examined at its next session;

        2. Requests the Secretary-General to report on resolution \(index);

        """
      try text.write(to: folder.appendingPathComponent("r\(index).txt"), atomically: true, encoding: .utf8)
    }
  }

  @Test("eight runs killed at random moments while files change: every later answer matches the files")
  func killedMidWrite() throws {
    let binary = try #require(Resolute.binary)
    let scratch = try TemporaryFolder()
    let corpus = try scratch.makeFolder("corpus")
    let cache = try scratch.makeFolder("cache")
    let count = 300
    var generator = SystemRandomNumberGenerator()
    for round in 0..<8 {
      let word = "marker\(round)word"
      try Self.writeCorpus(corpus, count: count, word: word)
      let process = Process()
      process.executableURL = binary
      process.arguments = ["index", corpus.path]
      process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cache.path]) { $1 }
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: Double.random(in: 0.02...1.2, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()

      // The next run finishes what was cut short and answers about the files as they are now.
      let search = try Resolute.run(
        ["search", word, "--corpus", corpus.path, "--json", "--limit", "1000"], environment: ["XDG_CACHE_HOME": cache.path])
      #expect(search.status == 0, "round \(round): \(search.stderr)")
      let hits = try #require(try Resolute.json(search.stdout) as? [[String: Any]])
      #expect(hits.count == count, "round \(round): \(hits.count) paragraphs hold \(word), expected \(count)")
      if round > 0 {
        let stale = try Resolute.run(
          ["search", "marker\(round - 1)word", "--corpus", corpus.path, "--json"], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(stale.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "round \(round): old text still found")
      }
    }
    let index = try Resolute.run(["index", corpus.path, "--json"], environment: ["XDG_CACHE_HOME": cache.path])
    let report = try #require(try Resolute.json(index.stdout) as? [String: Any])
    #expect(report["resolutions"] as? Int == count)
    #expect(report["unchanged"] as? Int == count, "a run after an up-to-date one found work to do: \(report)")
  }
}
