import Foundation
import Testing

/// What `--index PATH` may touch, and what a full disk leaves: a file that is not a Resolute index is never deleted
/// or overwritten, a FIFO never blocks, and an update that fails leaves the last good index.
@Suite("The index file: foreign files, FIFOs, a full disk")
struct IndexFileSafetyTests {
  @Test("`--index` at a text file, another program's database or a corpus file: refused, the file unchanged")
  func foreignFilesAreRefused() throws {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds(Seed.all, to: "corpus")
    let corpus = scratch.url.appendingPathComponent("corpus")
    let text = try scratch.write("notes.txt", "my notes, not an index\n")
    var targets = [text, corpus.appendingPathComponent(Seed.ga)]
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
      let database = scratch.url.appendingPathComponent("other.sqlite")
      let made = try Resolute.runProcess(
        URL(fileURLWithPath: "/usr/bin/sqlite3"), [database.path, "CREATE TABLE t(x); INSERT INTO t VALUES (42);"])
      #expect(made.status == 0)
      targets.append(database)
    }
    for target in targets {
      let before = try Data(contentsOf: target)
      for command in [["index", corpus.path], ["search", "cooperation", "--corpus", corpus.path]] {
        let result = try Resolute.run(command + ["--index", target.path])
        #expect(result.status == 1, "\(command) \(target.lastPathComponent): \(result.stderr)")
        #expect(result.stderr.contains("is not a Resolute index"), "\(result.stderr)")
        #expect(try Data(contentsOf: target) == before, "\(target.lastPathComponent) was changed")
      }
    }
    // An index Resolute made is still used through --index.
    let own = scratch.url.appendingPathComponent("own.sqlite")
    #expect(try Resolute.run(["index", corpus.path, "--index", own.path]).status == 0)
    let again = try Resolute.run(["index", corpus.path, "--index", own.path])
    #expect(again.status == 0, "\(again.stderr)")
  }

  @Test("an index file that is a FIFO is refused at once, by index, search and reuse, never waited on")
  func fifoIndexIsRefused() throws {
    let scratch = try TemporaryFolder()
    let fifo = scratch.url.appendingPathComponent("index.sqlite")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    for command in [
      ["index", Resolute.corpus.path], ["search", "cooperation", "--corpus", Resolute.corpus.path],
      ["reuse", "GA 55/64", "7", "--corpus", Resolute.corpus.path],
    ] {
      let result = try Resolute.runProcess(
        URL(fileURLWithPath: "/usr/bin/timeout"), ["-k", "5", "30", Resolute.binary!.path] + command + ["--index", fifo.path])
      #expect(result.status == 1, "\(command): status \(result.status) (124 is a hang): \(result.stderr)")
      #expect(result.stderr.contains("not a regular file"), "\(result.stderr)")
    }
  }

  @Test("an update cut short by a full disk leaves the last good index: every resolution still listed")
  func fullDiskKeepsTheLastGoodIndex() throws {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds(Seed.all, to: "corpus")
    let corpus = scratch.url.appendingPathComponent("corpus")
    let index = scratch.url.appendingPathComponent("cache/index.sqlite")
    try FileManager.default.createDirectory(at: index.deletingLastPathComponent(), withIntermediateDirectories: true)
    let built = try Resolute.run(["index", corpus.path, "--index", index.path, "--json"])
    #expect(built.status == 0, "\(built.stderr)")
    // New files: the update fits in the write-ahead log, but moving it into the database file (the checkpoint)
    // needs the file to grow past the limit below: the disk fills half-way through the checkpoint.
    let ga = try String(contentsOf: corpus.appendingPathComponent(Seed.ga), encoding: .utf8)
    for number in 1...10 {
      try scratch.write(
        "corpus/extra-\(number).txt", ga.replacingOccurrences(of: "55/64", with: "55/\(100 + number)"))
    }
    // A full disk, made with the file size limit: writes past it fail with EFBIG (the signal is ignored).
    let size = (try FileManager.default.attributesOfItem(atPath: index.path)[.size] as? Int) ?? 0
    _ = try Resolute.runProcess(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "trap '' XFSZ; ulimit -f \(size / 512 + 1); exec \"$0\" \"$@\"", Resolute.binary!.path, "index",
       corpus.path, "--index", index.path])
    // The disk has room again: the next run uses the index it has (nothing called corrupt, nothing deleted: the
    // five files indexed before are unchanged) and brings it up to date.
    let again = try Resolute.run(["index", corpus.path, "--index", index.path, "--json"])
    #expect(again.status == 0, "\(again.stderr)")
    let report = try #require(try Resolute.json(again.stdout) as? [String: Any])
    let notices = report["notices"] as? [String] ?? []
    #expect(!notices.contains { $0.contains("corrupt") || $0.contains("rebuilding") }, "\(notices)")
    #expect(report["resolutions"] as? Int == 15)
    #expect((report["unchanged"] as? Int ?? 0) >= 5, "\(again.stdout)")
  }
}
