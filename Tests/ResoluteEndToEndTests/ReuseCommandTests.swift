import Foundation
import Testing

@Suite("resolute reuse")
struct ReuseCommandTests {
  func run(_ arguments: [String], cache: URL) throws -> Resolute.Result {
    try Resolute.run(arguments, environment: ["XDG_CACHE_HOME": cache.path])
  }

  @Test("text: the anchor paragraph, then the Fund paragraphs of the other resolutions with percent, id, ref, date and phrase")
  func text() throws {
    let scratch = try TemporaryFolder()
    let cache = try scratch.makeFolder("cache")
    let result = try run(["reuse", "GA 55/64", "14", "--corpus", Resolute.corpus.path], cache: cache)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "GA 55/64  14  2000-12-04")
    #expect(lines.dropFirst().first?.hasPrefix("    Invites States to make adequate voluntary contributions") == true)
    #expect(result.stdout.contains("CCPCJ 5/2  12  -"))
    #expect(result.stdout.contains("ECOSOC 1992/22  V.3(c)  1992-07-30"))
    #expect(result.stdout.contains("ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]  6  2004-07-21"))
    #expect(result.stdout.contains("shared: “contributions to the United Nations Crime Prevention and Criminal Justice Fund”"))
    // Percentages, best first.
    let percents = lines.compactMap { line -> Int? in
      guard let end = line.firstIndex(of: "%"), line.first?.isNumber == true else { return nil }
      return Int(line[..<end])
    }
    #expect(percents.count >= 4)
    #expect(percents == percents.sorted(by: >))
    #expect(percents.allSatisfy { $0 > 0 && $0 <= 100 })
  }

  @Test("--json: anchor and matches with similarity, shared phrase and text; the index and --no-index agree")
  func json() throws {
    let scratch = try TemporaryFolder()
    let cache = try scratch.makeFolder("cache")
    let arguments = ["reuse", "ecosoc-2004-technical-cooperation-capacity", "8", "--corpus", Resolute.corpus.path, "--json"]
    let result = try run(arguments, cache: cache)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let object = try #require(try Resolute.json(result.stdout) as? [String: Any])
    let anchor = try #require(object["anchor"] as? [String: Any])
    #expect(anchor["ref"] as? String == "8")
    #expect((anchor["text"] as? String)?.hasPrefix("Requests the Secretary-General to enhance further") == true)
    let matches = try #require(object["matches"] as? [[String: Any]])
    let first = try #require(matches.first)
    #expect(first["id"] as? String == "ECOSOC 2002/17")
    #expect(first["ref"] as? String == "9")
    #expect(first["adopted"] is NSNull)
    #expect((first["similarity"] as? Double ?? 0) > 0.8)
    #expect((first["sharedPhrase"] as? String)?.hasPrefix("Requests the Secretary-General") == true)
    #expect((first["text"] as? String)?.contains("Centre for International Crime Prevention") == true)
    #expect(Set(first.keys) == ["id", "file", "ref", "adopted", "similarity", "sharedPhrase", "text"])

    let inMemory = try run(arguments + ["--no-index"], cache: cache)
    #expect(inMemory.status == 0)
    #expect(inMemory.stdout == result.stdout)
  }

  @Test("a ref in another case is found; an unknown paragraph or resolution fails with the reason")
  func errors() throws {
    let scratch = try TemporaryFolder()
    let cache = try scratch.makeFolder("cache")
    let lower = try run(["reuse", "ECOSOC 1992/22", "v.3(c)", "--corpus", Resolute.corpus.path, "--no-index"], cache: cache)
    #expect(lower.status == 0)
    #expect(lower.stdout.hasPrefix("ECOSOC 1992/22  V.3(c)  1992-07-30"))
    // Issue 12: `show --paragraph` read "iv.3 (h)" but reuse did not (three ref normalisers; now one grammar).
    for typed in ["iv.3 (h)", "sect. IV, para. 3 (h)", "IV.3(h)"] {
      let spaced = try run(["reuse", "ECOSOC 1992/22", typed, "--corpus", Resolute.corpus.path, "--no-index"], cache: cache)
      #expect(spaced.status == 0, "\(typed): \(spaced.stderr)")
      #expect(spaced.stdout.hasPrefix("ECOSOC 1992/22  IV.3(h)  1992-07-30"))
    }
    let missing = try run(["reuse", "GA 55/64", "99", "--corpus", Resolute.corpus.path], cache: cache)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("GA 55/64 has no paragraph 99"))
    let unknown = try run(["reuse", "GA 55/65", "1", "--corpus", Resolute.corpus.path], cache: cache)
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no resolution 'GA 55/65'"))
    #expect(unknown.stderr.contains("GA 55/64"), "suggests the close id")
  }
}
