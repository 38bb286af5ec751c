import Foundation
import Testing

@Suite("resolute search and resolute index")
struct SearchCommandTests {
  /// Runs with a cache folder of the test's own, so no index outside the temporary folder is touched.
  func run(_ arguments: [String], cache: URL, in directory: URL? = nil) throws -> Resolute.Result {
    try Resolute.run(arguments, in: directory, environment: ["XDG_CACHE_HOME": cache.path])
  }

  @Test("index: builds, then finds nothing to do, and says where the index is (never in the corpus)")
  func index() throws {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds(Seed.all, to: "corpus")
    let corpus = scratch.url.appendingPathComponent("corpus")
    let cache = try scratch.makeFolder("cache")
    let first = try run(["index", corpus.path, "--json"], cache: cache)
    #expect(first.status == 0, "stderr: \(first.stderr)")
    let built = try #require(try Resolute.json(first.stdout) as? [String: Any])
    #expect(built["added"] as? Int == Seed.all.count)
    #expect(built["resolutions"] as? Int == Seed.all.count)
    let indexPath = try #require(built["index"] as? String)
    #expect(indexPath.hasPrefix(cache.path + "/resolute/"))
    #expect(FileManager.default.fileExists(atPath: indexPath))
    #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() == Seed.all.sorted())

    let second = try run(["index", corpus.path], cache: cache)
    #expect(second.status == 0)
    #expect(second.stdout.contains("0 added, 0 changed, 0 removed, 5 unchanged"), "\(second.stdout)")
    #expect(second.stdout.contains("index: \(indexPath)"))
  }

  @Test("index: a damaged index in the cache is rebuilt with a note (one named by --index is refused instead)")
  func damaged() throws {
    let scratch = try TemporaryFolder()
    let cache = try scratch.makeFolder("cache")
    let built = try run(["index", Resolute.corpus.path, "--json"], cache: cache)
    let path = try #require((try Resolute.json(built.stdout) as? [String: Any])?["index"] as? String)
    let index = URL(fileURLWithPath: path)
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    try Data(repeating: 0x41, count: 5000).write(to: index)
    let result = try run(["index", Resolute.corpus.path], cache: cache)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr.contains("note: the index at \(index.path) was corrupt"), "\(result.stderr)")
    #expect(result.stdout.contains("5 added"))
  }

  @Test("search: hits with id, ref, title and a marked extract; JSON has the documented keys")
  func search() throws {
    let scratch = try TemporaryFolder()
    let cache = try scratch.makeFolder("cache")
    let text = try run(["search", "trafficking", "--corpus", Resolute.corpus.path], cache: cache)
    #expect(text.status == 0, "stderr: \(text.stderr)")
    let lines = text.stdout.split(separator: "\n").map(String.init)
    #expect(!lines.isEmpty && lines.count % 2 == 0)
    #expect(lines.contains { $0.contains("«trafficking»") || $0.contains("«Trafficking»") })

    let json = try run(
      ["search", "\"criminal justice\"", "body:GA", "--corpus", Resolute.corpus.path, "--json", "--limit", "3"],
      cache: cache)
    #expect(json.status == 0, "stderr: \(json.stderr)")
    let hits = try #require(try Resolute.json(json.stdout) as? [[String: Any]])
    #expect(!hits.isEmpty && hits.count <= 3)
    for hit in hits {
      #expect(Set(hit.keys) == ["id", "file", "ref", "title", "snippet", "highlights"])
      #expect(hit["id"] as? String == "GA 55/64")
      let snippet = Array(try #require(hit["snippet"] as? String).utf8)
      let ranges = try #require(hit["highlights"] as? [[Int]])
      #expect(!ranges.isEmpty)
      for range in ranges {
        let words = String(decoding: snippet[range[0]..<range[1]], as: UTF8.self)
        #expect(words.lowercased() == "criminal justice")
      }
    }
  }

  @Test("search: a file changed since the last command is searched as it is now, even at the same size")
  func changedFileIsSeen() throws {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds(Seed.all, to: "corpus")
    let corpus = scratch.url.appendingPathComponent("corpus")
    let cache = try scratch.makeFolder("cache")
    let before = try run(["search", "trafficking", "--corpus", corpus.path, "--json", "--limit", "100"], cache: cache)
    #expect(before.status == 0, "stderr: \(before.stderr)")
    let file = corpus.appendingPathComponent(Seed.ga)
    let hitsBefore = try #require(try Resolute.json(before.stdout) as? [[String: Any]])
    #expect(hitsBefore.contains { ($0["file"] as? String)?.hasSuffix(Seed.ga) == true })

    // The same number of bytes: only the file's time tells it changed.
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("trafficking"))
    try Data(text.replacingOccurrences(of: "trafficking", with: "zyzzyvaweed", options: .caseInsensitive).utf8)
      .write(to: file)
    let after = try run(["search", "zyzzyvaweed", "--corpus", corpus.path, "--json"], cache: cache)
    #expect(after.status == 0, "stderr: \(after.stderr)")
    let hitsAfter = try #require(try Resolute.json(after.stdout) as? [[String: Any]])
    #expect(!hitsAfter.isEmpty && hitsAfter.allSatisfy { ($0["file"] as? String)?.hasSuffix(Seed.ga) == true })
    let old = try run(["search", "trafficking", "--corpus", corpus.path, "--json", "--limit", "100"], cache: cache)
    let hitsOld = try #require(try Resolute.json(old.stdout) as? [[String: Any]])
    #expect(!hitsOld.contains { ($0["file"] as? String)?.hasSuffix(Seed.ga) == true }, "the old text is not served")
  }

  /// Rewrites a file in place (same inode: its folder's time does not move, only its own).
  static func overwriteInPlace(_ file: URL, replacing word: String, with other: String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(word) && word.utf8.count == other.utf8.count)
    let handle = try FileHandle(forWritingTo: file)
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.replacingOccurrences(of: word, with: other, options: .caseInsensitive).utf8))
    try handle.close()
  }

  /// A copy of the bundled corpus and a cache folder, a little over two seconds old: past the freshness record's
  /// racy window, so what a command records of it is trusted. The folder lives as long as the first value.
  static func seedCorpusPastTheRacyWindow() throws -> (scratch: TemporaryFolder, corpus: URL, cache: URL) {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds(Seed.all, to: "corpus")
    let cache = try scratch.makeFolder("cache")
    Thread.sleep(forTimeInterval: 2.3)
    return (scratch, scratch.url.appendingPathComponent("corpus"), cache)
  }

  /// Within a minute of comparing every file, an edit in place is found or the output says it may not be.
  @Test("search: an edit in place soon after a full comparison is found or said to be maybe missed; --fresh finds it")
  func recentComparison() throws {
    let (scratch, corpus, cache) = try Self.seedCorpusPastTheRacyWindow()
    defer { withExtendedLifetime(scratch) {} }
    #expect(try run(["index", corpus.path], cache: cache).status == 0)
    try Self.overwriteInPlace(
      corpus.appendingPathComponent(Seed.ecosoc2004), replacing: "trafficking", with: "zyzzyvaweed")

    let windowed = try run(["search", "zyzzyvaweed", "--corpus", corpus.path, "--json"], cache: cache)
    #expect(windowed.status == 0, "stderr: \(windowed.stderr)")
    let found = try #require(try Resolute.json(windowed.stdout) as? [[String: Any]])
    #expect(
      !found.isEmpty || windowed.stderr.contains("may not be reflected (--fresh compares them now)"),
      "neither found nor said: \(windowed.stderr)")
    #expect(windowed.stderr.contains("note: every file was last compared with the index"), "\(windowed.stderr)")

    let fresh = try run(["search", "zyzzyvaweed", "--corpus", corpus.path, "--json", "--fresh"], cache: cache)
    #expect(fresh.status == 0, "stderr: \(fresh.stderr)")
    let hits = try #require(try Resolute.json(fresh.stdout) as? [[String: Any]])
    #expect(!hits.isEmpty && hits.allSatisfy { ($0["file"] as? String)?.hasSuffix(Seed.ecosoc2004) == true })
    #expect(!fresh.stderr.contains("compared"), "\(fresh.stderr)")
  }

  @Test("search: within that minute, a hit whose file was rewritten in place is never shown as it was")
  func recentComparisonStaleHit() throws {
    let (scratch, corpus, cache) = try Self.seedCorpusPastTheRacyWindow()
    defer { withExtendedLifetime(scratch) {} }
    let before = try run(["search", "trafficking", "--corpus", corpus.path, "--json", "--limit", "100"], cache: cache)
    let hitsBefore = try #require(try Resolute.json(before.stdout) as? [[String: Any]])
    #expect(hitsBefore.contains { ($0["file"] as? String)?.hasSuffix(Seed.ga) == true })
    try Self.overwriteInPlace(corpus.appendingPathComponent(Seed.ga), replacing: "trafficking", with: "zyzzyvaweed")

    let after = try run(["search", "trafficking", "--corpus", corpus.path, "--json", "--limit", "100"], cache: cache)
    #expect(after.status == 0, "stderr: \(after.stderr)")
    let hitsAfter = try #require(try Resolute.json(after.stdout) as? [[String: Any]])
    #expect(!hitsAfter.isEmpty)
    #expect(!hitsAfter.contains { ($0["file"] as? String)?.hasSuffix(Seed.ga) == true }, "the old text is not served")
    #expect(!after.stderr.contains("compared"), "every file was compared again: \(after.stderr)")
  }

  @Test("search: control characters from a file are not printed raw to a terminal-bound pipe as escapes")
  func hostileFile() throws {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds([Seed.ga], to: "corpus")
    try scratch.write("corpus/evil.txt", "Evil title\n\nThe General Assembly,\n\n1. Decides \u{1B}[31mzebrafish\u{1B}[0m now;\n")
    let cache = try scratch.makeFolder("cache")
    let result = try run(["search", "zebrafish", "--corpus", scratch.url.appendingPathComponent("corpus").path, "--json"], cache: cache)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.contains("\u{1B}"), "JSON escapes control characters")
  }

  @Test("search: bad filters and empty queries fail with a message; odd input does not")
  func errors() throws {
    let scratch = try TemporaryFolder()
    let cache = try scratch.makeFolder("cache")
    let year = try run(["search", "x", "year:abc", "--corpus", Resolute.corpus.path], cache: cache)
    #expect(year.status == 1)
    #expect(year.stderr.contains("year:2000"))
    let empty = try run(["search", "body:GA", "--corpus", Resolute.corpus.path], cache: cache)
    #expect(empty.status == 1)
    for odd in ["NEAR(", "\"", "AND OR", "'", "*"] {
      let result = try run(["search", odd, "--corpus", Resolute.corpus.path], cache: cache)
      #expect(result.status == 0 || result.stderr.hasPrefix("error: nothing to search for"), "\(odd): \(result.stderr)")
      #expect(!result.stderr.contains("SQL"), "\(odd): \(result.stderr)")
    }
  }
}
