import Foundation
import Testing

/// `list`, `graph` and `check` answer from the index; each must print, byte for byte, what reading the folder into
/// memory (`--no-index`) prints: on the bundled corpus, on a folder with a catalog and problem files, and on the real
/// 2025 resolutions when present.
@Suite("list, graph and check: the index and the memory give the same output")
struct WholeCorpusCommandTests {
  static let commands: [[String]] = [["list"], ["list", "--json"], ["graph"], ["graph", "--dot"], ["check"]]

  static let ga80 = Resolute.packageRoot.appendingPathComponent("../shared/real/ga80").standardizedFileURL

  /// Runs every command both ways against `corpus` with a fresh index in `index`, and compares.
  func expectSameOutput(corpus: String, index: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    for command in Self.commands {
      let memory = try Resolute.run(command + ["--corpus", corpus, "--no-index"])
      let indexed = try Resolute.run(command + ["--corpus", corpus, "--index", index])
      let name = command.joined(separator: " ")
      #expect(!memory.stdout.isEmpty, "\(name) printed nothing", sourceLocation: sourceLocation)
      #expect(indexed.stdout == memory.stdout, "\(name) differs on \(corpus)", sourceLocation: sourceLocation)
      #expect(indexed.status == memory.status, "\(name) exit status", sourceLocation: sourceLocation)
      #expect(indexed.stderr.isEmpty, "\(name): \(indexed.stderr)", sourceLocation: sourceLocation)
    }
    #expect(FileManager.default.fileExists(atPath: index), "the commands built the index", sourceLocation: sourceLocation)
  }

  /// `expectSameOutput` with an index of its own in a new temporary folder.
  func expectSameOutputOnAFreshIndex(corpus: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = try TemporaryFolder()
    try expectSameOutput(
      corpus: corpus, index: folder.url.appendingPathComponent("index.sqlite").path, sourceLocation: sourceLocation)
  }

  @Test("the bundled corpus")
  func bundled() throws {
    try expectSameOutputOnAFreshIndex(corpus: Resolute.corpus.path)
  }

  @Test("a catalogued folder with a duplicate id, an empty, a binary and an unreadable file (check exits 1 both ways)")
  func catalogAndProblems() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds(Seed.all, to: "c")
    try FileManager.default.copyItem(
      at: Resolute.corpus.appendingPathComponent(Seed.ga), to: folder.url.appendingPathComponent("c/ga-copy.txt"))
    try folder.write(
      "c/catalog.toml",
      "[\"\(Seed.ecosoc2004)\"]\nid = \"ECOSOC 2004/28\"\ntitle = \"A catalogued title\"\nmeeting = \"49th plenary meeting\"\n")
    try folder.write("c/empty.txt", "")
    try folder.write("c/binary.txt", [0x41, 0x00, 0x42, 0x0A])
    let locked = try folder.write("c/locked.txt", "The General Assembly,\n\n1. Decides;\n")
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
    let corpus = folder.url.appendingPathComponent("c").path
    let index = folder.url.appendingPathComponent("index.sqlite").path
    try expectSameOutput(corpus: corpus, index: index)

    let list = try Resolute.run(["list", "--json", "--corpus", corpus, "--index", index])
    let items = try #require(try Resolute.json(list.stdout) as? [[String: Any]])
    let catalogued = try #require(items.first { ($0["file"] as? String)?.hasSuffix(Seed.ecosoc2004) == true })
    #expect(catalogued["catalogued"] as? Bool == true)
    #expect(catalogued["meeting"] as? String == "49th plenary meeting")
    if getuid() != 0 {
      let check = try Resolute.run(["check", "--corpus", corpus, "--index", index])
      #expect(check.status == 1)
      #expect(check.stdout.contains("1 could not be read"), "\(check.stdout)")
    }
  }

  @Test(
    "the 55 real resolutions of 2025",
    .enabled(if: FileManager.default.fileExists(atPath: ga80.path), "../shared/real/ga80 is absent: not compared"))
  func realResolutions() throws {
    try expectSameOutputOnAFreshIndex(corpus: Self.ga80.path)
  }

  @Test("a second run reads the list from the index as it stands and still matches; a changed file is seen")
  func secondRun() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds(Seed.all, to: "c")
    let corpus = folder.url.appendingPathComponent("c").path
    let index = folder.url.appendingPathComponent("index.sqlite").path
    try expectSameOutput(corpus: corpus, index: index)
    let text = String(decoding: try Data(contentsOf: Resolute.corpus.appendingPathComponent(Seed.ga)), as: UTF8.self)
    try folder.write("c/" + Seed.ga, text.replacingOccurrences(of: "Strengthening", with: "Reinforcing"))
    try expectSameOutput(corpus: corpus, index: index)
    let list = try Resolute.run(["list", "--corpus", corpus, "--index", index])
    #expect(list.stdout.contains("Reinforcing"))
  }

  @Test("an index that cannot be written: the folder is read into memory, with a note, and the output is the same")
  func unwritableIndex() throws {
    let folder = try TemporaryFolder()
    let memory = try Resolute.run(["list", "--corpus", Resolute.corpus.path, "--no-index"])
    let index = folder.url.appendingPathComponent("missing-folder/sub/index.sqlite").path
    try folder.write("missing-folder", "a file where the index's folder should be")
    let result = try Resolute.run(["list", "--corpus", Resolute.corpus.path, "--index", index])
    #expect(result.status == 0)
    #expect(result.stdout == memory.stdout)
    #expect(result.stderr.hasPrefix("note: "), "\(result.stderr)")
    #expect(result.stderr.contains("read the folder into memory instead"))
  }
}
