import Foundation
import Testing

@Suite("resolute show")
struct ShowCommandTests {
  static let topKeys: Set = [
    "id", "body", "number", "symbol", "title", "adopted", "meeting", "file", "preamble", "sections", "operative",
    "annexes", "footnotes", "citations",
  ]

  @Test("--json has exactly the documented keys, at every level", arguments: Seed.all)
  func jsonKeys(file: String) throws {
    let result = try Resolute.run(["show", file, "--corpus", Resolute.corpus.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(Set(document.keys) == Self.topKeys)
    #expect(document["file"] as? String == Resolute.corpus.path + "/" + file)
    func each(_ key: String) -> [[String: Any]] { document[key] as? [[String: Any]] ?? [] }
    for paragraph in each("preamble") { #expect(Set(paragraph.keys) == ["ref", "verb", "text", "line"]) }
    for section in each("sections") { #expect(Set(section.keys) == ["number", "heading"]) }
    for paragraph in each("operative") {
      #expect(Set(paragraph.keys) == ["ref", "verb", "text", "line", "subparagraphs"])
      for sub in paragraph["subparagraphs"] as? [[String: Any]] ?? [] {
        #expect(Set(sub.keys) == ["ref", "text", "line"])
      }
    }
    for annex in each("annexes") {
      #expect(Set(annex.keys) == ["number", "title", "preamble", "sections", "paragraphs"])
    }
    for note in each("footnotes") { #expect(Set(note.keys) == ["marker", "ref", "text"]) }
    for citation in each("citations") {
      #expect(Set(citation.keys) == ["ref", "text", "target", "pinpoint", "kind", "resolved", "date", "subject"])
    }
    // Every seed is structured: paragraphs come with their source lines.
    #expect(!each("operative").isEmpty)
    #expect(each("operative").allSatisfy { ($0["line"] as? Int ?? 0) > 0 })
  }

  @Test(
    "finds a resolution by id in any case, by symbol and by file",
    arguments: ["GA 55/64", "ga 55/64", "A/RES/55/64", Seed.ga, "ga-55-64-strengthening-the-programme", "corpus/" + Seed.ga])
  func lookups(query: String) throws {
    let result = try Resolute.run(["show", query, "--json"], in: Resolute.packageRoot)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(document["file"] as? String == "corpus/" + Seed.ga)
  }

  @Test("an unknown id fails on stderr with suggestions")
  func unknownID() throws {
    let result = try Resolute.run(["show", "GA 55/46", "--corpus", Resolute.corpus.path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no resolution 'GA 55/46'"))
    #expect(result.stderr.contains("did you mean"))
    #expect(result.stderr.contains("GA 55/64"))
  }

  @Test("an id held by two files shows the first and names both on stderr")
  func duplicateID() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ga], to: "c")
    try folder.write("c/later/copy.txt", String(decoding: try Data(contentsOf: Resolute.corpus.appendingPathComponent(Seed.ga)), as: UTF8.self))
    let corpus = folder.url.appendingPathComponent("c").path
    let result = try Resolute.run(["show", "GA 55/64", "--corpus", corpus, "--json"])
    #expect(result.status == 0)
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(document["file"] as? String == corpus + "/" + Seed.ga)
    #expect(result.stderr.contains(corpus + "/" + Seed.ga))
    #expect(result.stderr.contains(corpus + "/later/copy.txt"))
  }

  @Test("the text form lays out the whole resolution")
  func textForm() throws {
    let result = try Resolute.run(["show", "ECOSOC 1992/22", "--corpus", Resolute.corpus.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let text = result.stdout
    #expect(text.hasPrefix("ECOSOC 1992/22 — "))
    #expect(text.contains("Adopted:  30 July 1992, 41st plenary meeting"))
    for heading in ["PREAMBLE", "OPERATIVE PART"] { #expect(text.contains("\n\(heading)\n")) }
    #expect(text.contains("\nPP23 "))
    #expect(text.contains("\nIV.11 "))
    #expect(text.contains("\nVII. "))
    #expect(text.contains("(l) "))
  }

  @Test("a file outside any corpus is shown on its own, unstructured text included")
  func singleFile() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("notes/memo.txt", "Just a memo, not a resolution.\n")
    let result = try Resolute.run(["show", file.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(document["file"] as? String == file.path)
    #expect(document["id"] is NSNull)
    let text = try Resolute.run(["show", file.path])
    #expect(text.stdout.contains("Just a memo, not a resolution."))
  }

  @Test("--help documents the arguments and options")
  func help() throws {
    let result = try Resolute.run(["show", "--help"])
    #expect(result.status == 0)
    for word in ["ID-OR-FILE", "--corpus", "--json", "RESOLUTE_CORPUS"] { #expect(result.stdout.contains(word)) }
  }
}
