import Foundation
import Testing

/// A first index build that fails (the cache disk fills) must not leave the reader with "The corpus has no
/// resolutions": the browser reads the folder into memory instead, as the README promises.
@Suite("The browser when the index cannot be built", .serialized)
struct TerminalFallbackTests {
  @Test("a full cache disk during the first build: the folder is read into memory and listed")
  func fullDiskFallsBackToMemory() throws {
    let terminal = try TerminalTmux()
    let corpus = terminal.folder.appendingPathComponent("forty")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let ga = try String(contentsOf: Resolute.corpus.appendingPathComponent(Seed.ga), encoding: .utf8)
    for number in 1...40 {
      try Data(ga.replacingOccurrences(of: "55/64", with: "55/\(100 + number)").utf8)
        .write(to: corpus.appendingPathComponent("r\(number).txt"))
    }
    let cache = terminal.folder.appendingPathComponent("small-cache")
    // 100 KB per file: enough to create the empty index, not to fill it (writes past it fail with EFBIG).
    let binary = try #require(Resolute.binary)
    try terminal.command(
      "(trap '' XFSZ; ulimit -f 200; \(Resolute.shellEnvironment)XDG_CACHE_HOME=\(shellQuoted(cache.path)) exec "
        + "\(shellQuoted(binary.path)) \(shellQuoted(corpus.path))); echo EXITED:$?")
    let screen = try terminal.waitFor("GA 55/101", timeout: 60)
    #expect(!screen.contains("no resolutions"), "\(screen)")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}
