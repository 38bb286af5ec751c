import Foundation
import Testing

/// `resolute diff` on the bundled pair on strengthening technical cooperation: GA 55/64 (2000) and ECOSOC 2004.
@Suite("resolute diff")
struct DiffCommandTests {
  static let pair = ["diff", "GA 55/64", Seed.ecosoc2004, "--corpus", Resolute.corpus.path]
  static let counts = "0 unchanged, 1 changed, 0 moved, 18 added, 25 dropped"

  func run(_ extra: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let result = try Resolute.run(Self.pair + extra)
    #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.isEmpty, sourceLocation: sourceLocation)
    return result.stdout
  }

  func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

  @Test("at 80 columns the old text comes first, the new under it, every line within the width")
  func interleaved() throws {
    let text = try run(["--width", "80"])
    let all = lines(text)
    #expect(all[0] == "GA 55/64 -> ECOSOC [\(Seed.ecosoc2004)]")
    #expect(all.contains(Self.counts))
    #expect(all.contains("PREAMBLE") && all.contains("OPERATIVE PART"))
    #expect(all.allSatisfy { $0.count <= 80 }, "longest: \(all.map(\.count).max() ?? 0)")
    #expect(!text.contains(" | "))
    // The one pair: old text with its deletions marked, then the new text with its insertions.
    let heading = try #require(all.firstIndex(of: "changed PP7 -> PP3"))
    #expect(all[heading + 1].hasPrefix("  - [-Bearing in mind-] the Vienna Declaration"))
    let newStart = try #require(all[heading...].firstIndex { $0.hasPrefix("  + ") })
    #expect(all[newStart].hasPrefix("  + {+Recalling+} the Vienna Declaration"))
    #expect(text.contains("{+as well as the plans of action for+}"))
    // A dropped and an added paragraph, shown plain under their headings.
    let dropped = try #require(all.firstIndex(of: "dropped 14 ->"))
    #expect(all[dropped + 1].hasPrefix("  - Invites States to make adequate voluntary contributions"))
    let added = try #require(all.firstIndex(of: "added -> 6"))
    #expect(all[added + 1].hasPrefix("  + Also invites Member States to make or increase voluntary"))
  }

  @Test("at 140 columns old and new stand side by side, every line within the width")
  func sideBySide() throws {
    let text = try run(["--width", "140"])
    let all = lines(text)
    #expect(all.contains(Self.counts))
    #expect(all.allSatisfy { $0.count <= 140 }, "longest: \(all.map(\.count).max() ?? 0)")
    #expect(all.contains { $0.count > 100 })
    let heading = try #require(all.firstIndex(of: "changed PP7 -> PP3"))
    let first = all[heading + 1]
    let gap = try #require(first.range(of: " | "))
    #expect(first[..<gap.lowerBound].hasPrefix("[-Bearing in mind-] the Vienna Declaration"))
    #expect(first[gap.upperBound...].hasPrefix("{+Recalling+} the Vienna Declaration"))
    // Every row line has its gap in the same column; an added paragraph has only the right column.
    let column = first.distance(from: first.startIndex, to: gap.lowerBound)
    let added = try #require(all.firstIndex(of: "added -> 6"))
    #expect(all[added + 1].hasPrefix(String(repeating: " ", count: column) + " | Also invites Member States"))
    #expect(!text.contains("\n  - ") && !text.contains("\n  + "))
    #expect(text != (try run(["--width", "80"])))
  }

  @Test("--side-by-side and --interleaved override the width")
  func forcedLayouts() throws {
    let narrow = try run(["--width", "80", "--side-by-side"])
    #expect(narrow.contains(" | {+Recalling+}"))
    #expect(lines(narrow).allSatisfy { $0.count <= 80 })
    let wide = try run(["--width", "140", "--interleaved"])
    #expect(wide.contains("\n  + {+Recalling+}"))
    #expect(!wide.contains(" | "))
    let both = try Resolute.run(Self.pair + ["--side-by-side", "--interleaved"])
    #expect(both.status != 0)
  }

  @Test("--json has the documented shape and its counts match its rows")
  func json() throws {
    let document = try #require(try Resolute.json(try run(["--json"])) as? [String: Any])
    #expect(Set(document.keys) == ["old", "new", "counts", "preamble", "operative"])
    let old = try #require(document["old"] as? [String: Any]), new = try #require(document["new"] as? [String: Any])
    #expect(old["name"] as? String == "GA 55/64")
    #expect(old["file"] as? String == Resolute.corpus.path + "/" + Seed.ga)
    #expect(new["file"] as? String == Resolute.corpus.path + "/" + Seed.ecosoc2004)
    let counts = try #require(document["counts"] as? [String: Int])
    #expect(counts == ["unchanged": 0, "changed": 1, "moved": 0, "added": 18, "dropped": 25])
    let rows = (document["preamble"] as? [[String: Any]] ?? []) + (document["operative"] as? [[String: Any]] ?? [])
    var tally: [String: Int] = [:]
    for row in rows {
      #expect(Set(row.keys) == ["change", "old", "new", "words"])
      let change = try #require(row["change"] as? String)
      tally[change, default: 0] += 1
      #expect((row["old"] is NSNull) == (change == "added"))
      #expect((row["new"] is NSNull) == (change == "dropped"))
      for side in [row["old"], row["new"]] {
        if let paragraph = side as? [String: Any] { #expect(Set(paragraph.keys) == ["ref", "text"]) }
      }
      let words = try #require(row["words"] as? [[String: String]])
      #expect(words.allSatisfy { ["equal", "inserted", "deleted"].contains($0["op"]) && !($0["text"] ?? "").isEmpty })
      if change == "added" { #expect(words.allSatisfy { $0["op"] == "inserted" }) }
      if change == "dropped" { #expect(words.allSatisfy { $0["op"] == "deleted" }) }
    }
    #expect(tally.filter { $0.value > 0 } == counts.filter { $0.value > 0 })
    // 8 + 18 units in GA 55/64, 10 + 9 in ECOSOC 2004.
    #expect(rows.count(where: { !($0["old"] is NSNull) }) == 26)
    #expect(rows.count(where: { !($0["new"] is NSNull) }) == 19)
  }

  @Test("one resolution alone is compared with its predecessor in its series; none found is an error naming it")
  func predecessor() throws {
    let alone = try Resolute.run(["diff", Seed.ecosoc2004, "--corpus", Resolute.corpus.path, "--json"])
    #expect(alone.status == 0, "stderr: \(alone.stderr)")
    #expect(alone.stderr.contains("comparing with GA 55/64, its predecessor in its series"))
    let paired = try Resolute.run(Self.pair + ["--json"])
    #expect(alone.stdout == paired.stdout)
    let first = try Resolute.run(["diff", "GA 55/64", "--corpus", Resolute.corpus.path])
    #expect(first.status == 1)
    #expect(first.stderr.contains("GA 55/64 has no earlier resolution of its series in the corpus"))
  }

  @Test("a resolution compared with itself is all unchanged")
  func itself() throws {
    let result = try Resolute.run(["diff", Seed.ecosoc1992, "ECOSOC 1992/22", "--corpus", Resolute.corpus.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    let counts = try #require(document["counts"] as? [String: Int])
    #expect(counts["unchanged"]! > 80)
    #expect(counts.filter { $0.key != "unchanged" }.values.allSatisfy { $0 == 0 })
  }

  @Test("two files outside any corpus compare, and escape sequences in them stay escaped in --json")
  func filesAndHostileText() throws {
    let folder = try TemporaryFolder()
    let original = String(decoding: try Data(contentsOf: Resolute.corpus.appendingPathComponent(Seed.ga)), as: UTF8.self)
    let hostile = try folder.write(
      "hostile.txt", original.replacingOccurrences(of: "juvenile justice reform", with: "juvenile justice \u{1B}[2Jreform"))
    let result = try Resolute.run(["diff", Resolute.corpus.appendingPathComponent(Seed.ga).path, hostile.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.contains("\u{1B}"))
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(document["counts"] as? [String: Int] == ["unchanged": 25, "changed": 1, "moved": 0, "added": 0, "dropped": 0])
    let changed = try #require((document["operative"] as? [[String: Any]])?.first { $0["change"] as? String == "changed" })
    let words = try #require(changed["words"] as? [[String: String]])
    #expect(words.filter { $0["op"] != "equal" } == [["op": "deleted", "text": "reform"], ["op": "inserted", "text": "\u{1B}[2Jreform"]])
  }

  @Test("an unknown id fails with a message naming it")
  func unknownID() throws {
    let result = try Resolute.run(["diff", "GA 55/64", "GA 55/46", "--corpus", Resolute.corpus.path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no resolution 'GA 55/46'"))
  }

  @Test("too narrow a width is refused")
  func narrowWidth() throws {
    let result = try Resolute.run(Self.pair + ["--width", "10"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--width must be at least"))
  }
}
