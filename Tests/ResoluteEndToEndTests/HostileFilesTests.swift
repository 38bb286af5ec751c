import Foundation
import Testing

/// A corpus of files nobody should have to read: every one is listed or reported by name, and nothing hangs.
@Suite("Hostile and odd files", .serialized)
struct HostileFilesTests {
  /// What the hostile corpus holds, by file (the readable ones are listed; the rest are reported by `check`).
  struct HostileCorpus {
    let folder: TemporaryFolder
    let root: URL
    /// Files `list` must show, by their path inside the corpus.
    let listed: Set<String>
    /// Names `check` must mention.
    let reported: [String]
  }

  /// Builds the corpus once per test (the big files take a few seconds to write).
  static func makeCorpus() throws -> HostileCorpus {
    let folder = try TemporaryFolder()
    let root = try folder.makeFolder("hostile")
    var listed: Set<String> = []
    func add(_ name: String, _ bytes: [UInt8]) throws {
      try folder.write("hostile/\(name)", bytes)
      listed.insert(name)
    }
    try FileManager.default.copyItem(
      at: Resolute.corpus.appendingPathComponent(Seed.ga), to: root.appendingPathComponent(Seed.ga))
    listed.insert(Seed.ga)
    try add("empty.txt", [])
    // 50 MB on one line: a real paragraph, with its citations and glued markers, repeated without a newline.
    let paragraph = Array(
      "Recalling General Assembly resolution 46/152 of 18 December 1991, Offenders,2 and Crime1 requests; 1. Decides ".utf8)
    var big: [UInt8] = []
    big.reserveCapacity(50_000_000 + paragraph.count)
    while big.count < 50_000_000 { big += paragraph }
    try add("one-line-50mb.txt", big)
    // 1,000,000 short lines.
    var lines: [UInt8] = []
    lines.reserveCapacity(8_000_000)
    for index in 0..<1_000_000 { lines += Array("line \(index % 97)\n".utf8) }
    try add("million-lines.txt", lines)
    try add("invalid-utf8.txt", Array("The General Assembly,\n\n1. Decides \u{FF}".utf8) + [0xFF, 0xFE, 0xC3, 0x28] + [10])
    try add("utf16-bom.txt", [0xFF, 0xFE] + Array("The General Assembly,\n\n1. Decides to act;\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    var generator = SystemRandomNumberGenerator()
    try add("binary.txt", (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0, 0, 0])
    // Deep folders.
    let deep = (1...60).map { "d\($0)" }.joined(separator: "/")
    try add("\(deep)/deep.txt", Array("The General Assembly,\n\n1. Decides deep;\n".utf8))
    // 10,000 files in one folder.
    for index in 0..<10_000 {
      try add("many/r\(index).txt", Array("Title \(index)\n\nThe General Assembly,\n\n1. Decides \(index);\n".utf8))
    }
    // Not files: a folder named like one, a symbolic link loop, a dangling link.
    try FileManager.default.createDirectory(at: root.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop-a.txt").path, withDestinationPath: "loop-b.txt")
    try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop-b.txt").path, withDestinationPath: "loop-a.txt")
    try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere.txt")
    // Unreadable (root reads it anyway, and then it is simply listed).
    let locked = try folder.write("hostile/locked.txt", Array("The General Assembly,\n\n1. Decides locked;\n".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
    var reported = ["empty.txt", "invalid-utf8.txt", "binary.txt", "loop-a.txt", "loop-b.txt", "dangling.txt"]
    if geteuid() == 0 { listed.insert("locked.txt") } else { reported.append("locked.txt") }
    return HostileCorpus(folder: folder, root: root, listed: listed, reported: reported)
  }

  @Test("list, check, index and search: every readable file listed, every problem named, nothing hangs")
  func commandLine() throws {
    let corpus = try Self.makeCorpus()
    let list = try Resolute.run(["list", corpus.root.path, "--json"])
    #expect(list.status == 0, "stderr: \(list.stderr)")
    let rows = try #require(try Resolute.json(list.stdout) as? [[String: Any]])
    let prefix = corpus.root.path + "/"
    let files = Set(rows.compactMap { ($0["file"] as? String).map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 } })
    #expect(files == corpus.listed, "missing: \(corpus.listed.subtracting(files)); unexpected: \(files.subtracting(corpus.listed))")

    let check = try Resolute.run(["check", corpus.root.path])
    for name in corpus.reported {
      #expect(check.stdout.contains(name) || check.stderr.contains(name), "check does not name \(name)")
    }

    let index = try Resolute.run(["index", corpus.root.path, "--json"])
    #expect(index.status == 0, "stderr: \(index.stderr)")
    let report = try #require(try Resolute.json(index.stdout) as? [String: Any])
    #expect(report["resolutions"] as? Int == corpus.listed.count)

    let search = try Resolute.run(["search", "decides", "deep", "--corpus", corpus.root.path, "--json"])
    #expect(search.status == 0, "stderr: \(search.stderr)")
    let hits = try #require(try Resolute.json(search.stdout) as? [[String: Any]])
    #expect(hits.contains { ($0["file"] as? String)?.hasSuffix("deep.txt") == true })

    // The big one-line file is listed with the whole of its text: its paragraphs hold all 50 MB.
    let big = try #require(rows.first { ($0["file"] as? String)?.hasSuffix("one-line-50mb.txt") == true })
    #expect(big["structured"] as? Bool == true, "\(big)")
  }
}
