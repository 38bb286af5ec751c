import Foundation
import Testing

/// `cites --json` writes its array element by element (issue 16), never holding 100,000 citations as one document;
/// the bytes are the same as when it was built whole. `Snapshots/cites-json` holds what the command printed before
/// it streamed, for each file of the bundled corpus (run from the package root, paths relative).
@Suite("cites --json streams, unchanged")
struct CitesJSONStreamTests {
  static let snapshots = Resolute.packageRoot.appendingPathComponent("Tests/ResoluteEndToEndTests/Snapshots/cites-json")

  @Test("cites --json on the bundled corpus: the same bytes as before, valid JSON", arguments: Seed.all)
  func sameBytesAsBefore(file: String) throws {
    let result = try Resolute.run(
      ["cites", "corpus/" + file, "--corpus", "corpus", "--json", "--no-index"], in: Resolute.packageRoot)
    #expect(result.status == 0, "\(result.stderr)")
    let name = String(file.dropLast(".txt".count)) + ".json"
    let expected = try String(contentsOf: Self.snapshots.appendingPathComponent(name), encoding: .utf8)
    #expect(result.stdout == expected)
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(document["file"] as? String == "corpus/" + file)
    #expect(document["citations"] is [Any])
  }

  @Test("A resolution citing nothing: an empty array; one citing 20,000: valid JSON in many pieces, each once")
  func emptyAndBig() throws {
    let folder = try TemporaryFolder()
    try folder.write("corpus/none.txt", "Nothing cited\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n")
    try folder.write("corpus/many.txt", TerminalTests.manyCitationsText(20_000))
    let path = folder.url.appendingPathComponent("corpus").path
    let none = try Resolute.run(["cites", path + "/none.txt", "--corpus", path, "--json", "--no-index"])
    #expect(none.status == 0, "\(none.stderr)")
    #expect(none.stdout.hasSuffix("  \"citations\": []\n}\n"), "\(none.stdout)")
    let empty = try #require(try Resolute.json(none.stdout) as? [String: Any])
    #expect((empty["citations"] as? [Any])?.isEmpty == true)

    let many = try Resolute.run(["cites", path + "/many.txt", "--corpus", path, "--json", "--no-index"])
    #expect(many.status == 0, "\(many.stderr)")
    #expect(many.stdout.utf8.count > 1_000_000, "too small to come in pieces")
    let document = try #require(try Resolute.json(many.stdout) as? [String: Any])
    let citations = try #require(document["citations"] as? [[String: Any]])
    #expect(citations.count == 20_000)
    #expect(Set(citations.compactMap { $0["text"] as? String }).count > 1)
  }
}
