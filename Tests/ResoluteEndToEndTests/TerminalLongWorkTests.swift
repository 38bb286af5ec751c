import Foundation
import Testing

/// Long work runs apart from the key loop (issue 16): while a huge file is opened or a series over 100,000 citations is
/// found, the status line says so, `q` quits at once and Esc cancels, leaving the browser as it was and usable. The
/// work is made long enough (seconds in a debug build) that waiting for it would outlast the waits below.
extension TerminalTests {
  /// A corpus of the two seeds and a file with 100,000 citations in one sentence.
  static func corpusWithManyCitations(in folder: URL) throws -> URL {
    let corpus = folder.appendingPathComponent("citations")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try manyCitationsText(100_000).write(to: corpus.appendingPathComponent("many.txt"), atomically: true, encoding: .utf8)
    return corpus
  }

  /// A resolution whose one preambular sentence cites `count` resolutions, then one operative paragraph.
  static func manyCitationsText(_ count: Int, decides: String = "to remain seized of the matter") -> String {
    "Citations galore\n\nThe General Assembly,\n\nRecalling "
      + (0..<count).map { "its resolution \($0 % 900 + 1)/\($0 % 50 + 10) of 18 December 1991" }.joined(separator: ", ")
      + ",\n\n1. Decides \(decides).\n"
  }

  /// Starts the browser on GA 55/64 beside a big file and asks for the file with `:`; returns the browser's pid.
  static func startOpeningABigFile(_ terminal: TerminalTmux, megabytes: Int = 24) throws -> pid_t {
    let corpus = try corpusWithBigFile(in: terminal.folder, megabytes: megabytes)
    let pid = try startBrowser(
      terminal, corpus: corpus, arguments: "--open 'GA 55/64' --no-index", waitingFor: "GA 55/64 · A/RES/55/64",
      timeout: 180)
    try terminal.press(":")
    try terminal.type("big.txt")
    try terminal.press("Enter")
    return pid
  }

  @Test("q while a huge file is opened or a big series is found quits at once, terminal restored", arguments: [
    "open", "series",
  ])
  func quitDuringLongWork(path: String) throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let pid: pid_t
    if path == "open" {
      pid = try Self.startOpeningABigFile(terminal)
    } else {
      let corpus = try Self.corpusWithManyCitations(in: terminal.folder)
      pid = try Self.startBrowser(
        terminal, corpus: corpus, arguments: "--open many.txt --no-index", waitingFor: "Citations galore",
        timeout: 180)
      try terminal.press("t")
    }
    let busy = try terminal.waitFor("(Esc cancels)", timeout: 30)
    #expect(TerminalTmux.bottomRow(of: busy).contains(path == "open" ? "opening" : "finding the series"))
    try terminal.press("q")
    // The work alone takes far longer than this in a debug build; the browser must not wait for it.
    let screen = try terminal.waitFor("EXITED:0", timeout: 10)
    #expect(!TerminalTmux.isRunning(pid))
    #expect(!screen.contains("(Esc cancels)"), "the alternate screen was not left:\n\(screen)")
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("--open of a huge file: the first screen is drawn while it opens, q quits at once, terminal restored")
  func quitWhileTheStartTargetOpens() throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let corpus = try Self.corpusWithBigFile(in: terminal.folder, megabytes: 24)
    // Before, the file was opened before the first paint: nothing was drawn, and q waited for it.
    let pid = try Self.startBrowser(
      terminal, corpus: corpus, arguments: "--open big.txt --no-index", waitingFor: "(Esc cancels)", timeout: 180)
    let busy = try terminal.screen()
    #expect(TerminalTmux.bottomRow(of: busy).contains("opening"), "\(busy)")
    try terminal.press("q")
    let screen = try terminal.waitFor("EXITED:0", timeout: 10)
    #expect(!TerminalTmux.isRunning(pid))
    #expect(!screen.contains("(Esc cancels)"), "the alternate screen was not left:\n\(screen)")
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("Esc while a huge file is opened cancels: the page shown stays, and the browser goes on")
  func escapeCancelsLongWork() throws {
    let terminal = try TerminalTmux()
    _ = try Self.startOpeningABigFile(terminal)
    _ = try terminal.waitFor("(Esc cancels)", timeout: 30)
    try terminal.press("Escape")
    var screen = try terminal.waitFor("Cancelled opening", timeout: 10)
    #expect(screen.contains("GA 55/64 · A/RES/55/64"))
    // Still usable at once, while the dropped work may still be finishing: open another resolution, then quit.
    try terminal.press(":")
    try terminal.type("CCPCJ 5/2")
    try terminal.press("Enter")
    screen = try terminal.waitFor("Technical cooperation and interregional", timeout: 10)
    #expect(Self.trail(screen).hasSuffix("CCPCJ 5/2"), "\(screen)")
    #expect(!screen.contains("Title of a very long file"))
    try terminal.press("q")
    _ = try terminal.waitFor("EXITED:0", timeout: 10)
  }
}
