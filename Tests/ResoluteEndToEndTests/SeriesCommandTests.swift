import Foundation
import Testing

/// `resolute series`, run as the real binary on the bundled corpus.
@Suite("resolute series")
struct SeriesCommandTests {
  let corpus = Resolute.corpus.path

  func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try Resolute.run(arguments)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try #require(try Resolute.json(result.stdout) as? [String: Any])
  }

  func members(_ document: [String: Any]) -> [[String: Any]] { document["members"] as? [[String: Any]] ?? [] }

  func fileName(_ member: [String: Any]) -> String? {
    (member["file"] as? String)?.split(separator: "/").last.map(String.init)
  }

  @Test func councilFileAsTextNamesItsPredecessor() throws {
    let result = try Resolute.run(["series", Seed.ecosoc2004, "--corpus", corpus])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines.first
        == "Series: Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity"
    )
    let gaLine = try #require(lines.first { $0.contains("GA 55/64") })
    #expect(gaLine.hasPrefix("  2000-12-04  GA 55/64 "))
    #expect(gaLine.contains("  in corpus   Strengthening of the United Nations Crime Prevention"))
    let absentLine = try #require(lines.first { $0.contains("GA 58/140") })
    #expect(absentLine.hasPrefix("  2003-12-22  GA 58/140 "))
    #expect(absentLine.contains("cited only"))
    let anchorLine = try #require(lines.first { $0.hasPrefix(">") })
    #expect(anchorLine.hasPrefix("> 2004-07-21  ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]  in corpus"))
    #expect(lines.contains("Predecessor: GA 55/64 (2000-12-04)"))
    #expect(lines.contains("Successor: none in the corpus"))
    // Oldest first: GA 50/146 (1995) before GA 55/64 before GA 58/140 before the anchor.
    let order = ["GA 50/146", "GA 55/64", "GA 58/140", "> 2004"].map { key in lines.firstIndex { $0.contains(key) } }
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted() && !order.contains(nil))
    #expect(!result.stdout.contains("ECOSOC 1992/22"))
  }

  @Test func assemblyTextAsJSON() throws {
    let document = try json(["series", "GA 55/64", "--corpus", corpus, "--json"])
    let items = members(document)
    #expect(items.map { $0["id"] as? String ?? fileName($0) } == [
      "GA 50/146", "GA 54/131", "GA 55/64", "GA 56/123", "GA 58/140", Seed.ecosoc2004,
    ])
    let anchor = try #require(document["anchor"] as? Int)
    #expect(items[anchor]["id"] as? String == "GA 55/64")
    #expect(fileName(items[anchor]) == Seed.ga)
    #expect((items[anchor]["evidence"] as? [Any])?.isEmpty == true)
    #expect(document["predecessor"] is NSNull)
    let successor = try #require(document["successor"] as? Int)
    #expect(fileName(items[successor]) == Seed.ecosoc2004)
    #expect(items[successor]["id"] is NSNull)
    #expect(items[successor]["date"] as? String == "2004-07-21")
    #expect(items[successor]["year"] as? Int == 2004)
    #expect(items[successor]["present"] as? Bool == true)

    let absent = try #require(items.first { $0["id"] as? String == "GA 58/140" })
    #expect(absent["present"] as? Bool == false)
    #expect(absent["file"] is NSNull)
    #expect(absent["date"] as? String == "2003-12-22")
    let evidence = try #require(absent["evidence"] as? [[String: Any]])
    #expect(evidence.compactMap { $0["kind"] as? String } == ["citationSubject", "similarTitle"])
    #expect(evidence.last?["similarity"] as? Double == 1)
  }

  @Test func absentIdIsAcceptedInAnyCase() throws {
    let document = try json(["series", "ga 58/140", "--corpus", corpus, "--json"])
    let items = members(document)
    let anchor = try #require(document["anchor"] as? Int)
    #expect(items[anchor]["id"] as? String == "GA 58/140")
    #expect(items[anchor]["present"] as? Bool == false)
    let predecessor = try #require(document["predecessor"] as? Int)
    #expect(items[predecessor]["id"] as? String == "GA 55/64")
    let successor = try #require(document["successor"] as? Int)
    #expect(fileName(items[successor]) == Seed.ecosoc2004)

    let text = try Resolute.run(["series", "A/RES/58/140", "--corpus", corpus])
    #expect(text.status == 0, "stderr: \(text.stderr)")
    #expect(text.stdout.contains("> 2003-12-22  GA 58/140"))
  }

  @Test func councilAdvisoryServicesSeriesEndsWithTheUndatedCommissionText() throws {
    let result = try Resolute.run(["series", "ECOSOC 2002/17", "--corpus", corpus])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("> 2002        ECOSOC 2002/17") })
    #expect(lines.contains { $0.hasPrefix("  2003-07-23  ECOSOC 2003/25") && $0.contains("cited only") })
    #expect(lines.contains { $0.hasPrefix("  undated     CCPCJ 5/2") && $0.contains("in corpus") })
    #expect(!result.stdout.contains("ECOSOC 1992/22"))
  }

  @Test func unknownIdFailsNamingIt() throws {
    let result = try Resolute.run(["series", "GA 99/1", "--corpus", corpus])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("error: no resolution 'GA 99/1'"))
  }
}
