import Foundation
import Testing

/// Memory per file is bounded whatever the folder holds: a file above the per-file limit (a 50 GB sparse file, which
/// takes no disk) is listed, reported by `check` and readable as plain text of its first part; FIFOs and links to
/// devices are never opened.
@Suite("Files above the size limit, FIFOs and devices", .serialized)
struct BoundedFilesTests {
  private func runBounded(_ arguments: [String]) throws -> Resolute.Result {
    // `timeout` ends a run that would read 50 GB; status 124 says it had to.
    try Resolute.runProcess(URL(fileURLWithPath: "/usr/bin/timeout"), ["-k", "5", "120", Resolute.binary!.path] + arguments)
  }

  @Test("a 50 GB sparse file, a FIFO and a link to /dev/zero: list, check, show, index and search finish")
  func hugeSparseFileFifoAndDevice() throws {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds([Seed.ga], to: "c")
    let corpus = scratch.url.appendingPathComponent("c")
    let huge = corpus.appendingPathComponent("huge.txt")
    // A real resolution's text, then a hole: 50 GB long, a few KB on disk.
    try Data(contentsOf: corpus.appendingPathComponent(Seed.ga)).write(to: huge)
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 50 * 1_000_000_000)
    try handle.close()
    #expect(mkfifo(corpus.appendingPathComponent("pipe.txt").path, 0o600) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: corpus.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
    let index = scratch.url.appendingPathComponent("index.sqlite").path

    let list = try runBounded(["list", corpus.path])
    #expect(list.status == 0, "status \(list.status): \(list.stderr)")
    #expect(list.stdout.contains("huge.txt"))
    let check = try runBounded(["check", corpus.path])
    #expect(check.status != 124)
    #expect(check.stdout.contains("huge.txt: warning: larger than the 64 MiB per-file limit"), "\(check.stdout)")
    // Only the first screenful is kept (the 64 MiB read are mostly the hole's NUL bytes, each shown as ^@).
    let show = try Resolute.runProcess(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "timeout -k 5 120 \"$0\" show huge.txt --corpus \"$1\" | head -c 20000", Resolute.binary!.path, corpus.path])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("Strengthening"), "the first part is readable as plain text")
    let built = try runBounded(["index", corpus.path, "--index", index])
    #expect(built.status == 0, "status \(built.status): \(built.stderr)")
    let search = try runBounded(["search", "strengthening", "--corpus", corpus.path, "--index", index])
    #expect(search.status == 0, "status \(search.status): \(search.stderr)")
  }

  @Test("a listed file replaced by a FIFO or a link to /dev/zero is refused when opened, at once")
  func replacedAfterListing() throws {
    let scratch = try TemporaryFolder()
    try scratch.copySeeds([Seed.ga, Seed.ccpcj], to: "c")
    let corpus = scratch.url.appendingPathComponent("c")
    let index = scratch.url.appendingPathComponent("index.sqlite").path
    #expect(try runBounded(["index", corpus.path, "--index", index]).status == 0)
    // The index lists both; now one is a FIFO and the other a link to /dev/zero.
    let ga = corpus.appendingPathComponent(Seed.ga).path
    let ccpcj = corpus.appendingPathComponent(Seed.ccpcj).path
    unlink(ga)
    #expect(mkfifo(ga, 0o600) == 0)
    unlink(ccpcj)
    try FileManager.default.createSymbolicLink(atPath: ccpcj, withDestinationPath: "/dev/zero")
    for id in ["GA 55/64", "CCPCJ 5/2"] {
      let show = try runBounded(["show", id, "--corpus", corpus.path])
      #expect(show.status != 124, "\(id): hung")
    }
    let search = try runBounded(["search", "cooperation", "--corpus", corpus.path, "--index", index])
    #expect(search.status != 124, "search hung")
  }

  @Test("`--corpus /proc` and the like are refused at once, not walked", arguments: ["/proc", "/proc/self", "/sys"])
  func kernelTreesAreNotCorpora(path: String) throws {
    let list = try runBounded(["list", path])
    #expect(list.status == 1, "status \(list.status)")
    #expect(list.stderr.contains("the kernel's view of the system"), "\(list.stderr)")
    let search = try runBounded(["search", "x", "--corpus", path])
    #expect(search.status == 1, "status \(search.status)")
  }
}
