import Foundation
import Testing

@Suite("resolute check and bad input")
struct CheckCommandTests {
  /// `FILE[:LINE]: severity: message` lines of `check`, without the summary.
  func findings(_ output: String) -> [String] {
    output.split(separator: "\n").map(String.init).dropLast()
  }

  @Test("the bundled corpus reads cleanly: exit 0 and a summary line")
  func bundledCorpus() throws {
    let result = try Resolute.run(["check", Resolute.corpus.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let summary = try #require(result.stdout.split(separator: "\n").last)
    #expect(summary.hasPrefix("5 resolutions in \(Resolute.corpus.path): 0 errors"))
    for finding in findings(result.stdout) {
      #expect(finding.hasPrefix(Resolute.corpus.path + "/"), "every finding names its file: \(finding)")
    }
  }

  @Test("empty, binary and invalid UTF-8 files are listed and reported; exit stays 0 when everything was read")
  func readableButBad() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ga], to: "c")
    try folder.write("c/empty.txt", "")
    try folder.write("c/blank.txt", "  \n\n")
    try folder.write("c/scan.pdf", [0x25, 0x50, 0x44, 0x46, 0x0A, 0x0A, 0x00, 0x01, 0x02])
    try folder.write("c/latin1.txt", Array("The General Assembly,\n\nNoting the r".utf8) + [0xE9] + Array("le,\n".utf8))
    try folder.write("c/.hidden.txt", "never read")
    let corpus = folder.url.appendingPathComponent("c").path

    let result = try Resolute.run(["check", corpus])
    #expect(result.status == 0, "nothing was unreadable: \(result.stdout)")
    let lines = findings(result.stdout)
    #expect(lines.contains { $0.hasPrefix("\(corpus)/empty.txt: warning: empty file") })
    #expect(lines.contains("\(corpus)/blank.txt: warning: file holds only blank space: listed with no text"))
    #expect(lines.contains { $0.hasPrefix("\(corpus)/scan.pdf:3: warning: binary file") })
    #expect(lines.contains { $0.hasPrefix("\(corpus)/latin1.txt:3: warning: invalid UTF-8") })
    #expect(!result.stdout.contains(".hidden"))

    let list = try Resolute.run(["list", corpus, "--json"])
    let files = Set((try Resolute.json(list.stdout) as? [[String: Any]] ?? []).compactMap { $0["file"] as? String })
    #expect(files == Set(["empty.txt", "blank.txt", "scan.pdf", "latin1.txt", Seed.ga].map { "\(corpus)/\($0)" }))
    let replaced = try Resolute.run(["show", "latin1.txt", "--corpus", corpus])
    #expect(replaced.stdout.contains("\u{FFFD}"), "undecodable bytes become replacement characters")
  }

  @Test("files that cannot be read are reported as errors and make check exit 1")
  func unreadable() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ccpcj], to: "c")
    let corpus = folder.url.appendingPathComponent("c").path
    let manager = FileManager.default
    try manager.createSymbolicLink(atPath: corpus + "/dangling.txt", withDestinationPath: "no-such-file.txt")
    try manager.createSymbolicLink(atPath: corpus + "/self.txt", withDestinationPath: "self.txt")
    try folder.makeFolder("c/sub")
    try manager.createSymbolicLink(atPath: corpus + "/sub/up", withDestinationPath: "..")
    #expect(mkfifo(corpus + "/pipe", 0o644) == 0)

    let result = try Resolute.run(["check", corpus])
    #expect(result.status == 1)
    let lines = findings(result.stdout)
    #expect(lines.contains("\(corpus)/dangling.txt: error: dangling symbolic link: its target does not exist"))
    #expect(lines.contains("\(corpus)/self.txt: error: symbolic link loop: not followed"))
    #expect(lines.contains("\(corpus)/pipe: error: is a named pipe (FIFO), not a regular file: not read"))
    #expect(lines.contains { $0.hasPrefix("\(corpus)/sub/up: warning: folder already read") })
    #expect(result.stdout.split(separator: "\n").last?.hasSuffix("; 3 could not be read.") == true)

    // The readable file is still there.
    let list = try Resolute.run(["list", corpus, "--json"])
    #expect((try Resolute.json(list.stdout) as? [[String: Any]])?.count == 1)
  }

  @Test("a file or folder without read permission is reported (root reads everything, so then it is simply read)")
  func permissions() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ccpcj], to: "c")
    let locked = try folder.write("c/locked.txt", "The General Assembly,\n")
    try folder.write("c/closed/inner.txt", "The General Assembly,\n")
    let corpus = folder.url.appendingPathComponent("c").path
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: corpus + "/closed")
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: corpus + "/closed") }

    let result = try Resolute.run(["check", corpus])
    if geteuid() == 0 {
      #expect(result.status == 0)
      #expect(!result.stdout.contains("cannot read"))
    } else {
      #expect(result.status == 1)
      #expect(result.stdout.contains("\(corpus)/locked.txt: error: cannot read file: Permission denied"))
      #expect(result.stdout.contains("\(corpus)/closed: error: cannot read folder: Permission denied"))
    }
  }

  @Test("two files with the same id are both kept and both reported")
  func duplicates() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ecosoc2002], to: "c")
    try FileManager.default.copyItem(
      at: Resolute.corpus.appendingPathComponent(Seed.ecosoc2002),
      to: folder.url.appendingPathComponent("c/again.txt"))
    let corpus = folder.url.appendingPathComponent("c").path
    let result = try Resolute.run(["check", corpus])
    #expect(result.status == 0)
    let duplicateLines = findings(result.stdout).filter { $0.contains("duplicate id ECOSOC 2002/17") }
    #expect(duplicateLines.count == 2)
    #expect(duplicateLines.contains { $0.hasPrefix("\(corpus)/again.txt") && $0.contains("\(corpus)/\(Seed.ecosoc2002)") })
    let list = try Resolute.run(["list", corpus])
    #expect(list.stdout.split(separator: "\n").filter { $0.hasPrefix("ECOSOC 2002/17 ") }.count == 2)
  }
}
