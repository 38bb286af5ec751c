import Foundation
import Testing

/// The browser against files that change under it, a file too big to lay out, resize storms and signals while busy.
extension TerminalTests {
  /// Starts the browser on `corpus` through a wrapper that records its pid, and returns the pid once it has drawn.
  static func startBrowser(
    _ terminal: TerminalTmux, corpus: URL, arguments: String, waitingFor text: String, timeout: Double = 60
  ) throws -> pid_t {
    let wrapper = terminal.file("record-pid.sh")
    try "echo $$ > \(shellQuoted(terminal.file("browser.pid").path))\nexec \"$@\"\n"
      .write(to: wrapper, atomically: true, encoding: .utf8)
    try terminal.command(Self.browserCommand(arguments, corpus: corpus, prefix: "sh \(shellQuoted(wrapper.path)) "))
    _ = try terminal.waitFor(text, timeout: timeout)
    return try #require(pid_t(terminal.waitForFile("browser.pid")))
  }

  /// Two seeds and `big.txt`: a real paragraph repeated on one line up to `megabytes`.
  static func corpusWithBigFile(in folder: URL, megabytes: Int) throws -> URL {
    let corpus = folder.appendingPathComponent("big-corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    for seed in [Seed.ga, Seed.ccpcj] {
      try FileManager.default.copyItem(
        at: Resolute.corpus.appendingPathComponent(seed), to: corpus.appendingPathComponent(seed))
    }
    let paragraph = Array("Recalling General Assembly resolution 46/152 of 18 December 1991 and Offenders,2 ".utf8)
    var big = Array("Title of a very long file\n\nThe General Assembly,\n\n".utf8)
    while big.count < megabytes * 1_000_000 { big += paragraph }
    try Data(big).write(to: corpus.appendingPathComponent("big.txt"))
    return corpus
  }

  @Test("A file deleted, then rewritten, while the browser is open: it says why it cannot show it, then shows the new text")
  func fileChangesUnderTheBrowser() throws {
    let terminal = try TerminalTmux()
    let corpus = terminal.folder.appendingPathComponent("changing")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    for seed in [Seed.ga, Seed.ccpcj] {
      try FileManager.default.copyItem(
        at: Resolute.corpus.appendingPathComponent(seed), to: corpus.appendingPathComponent(seed))
    }
    let file = corpus.appendingPathComponent(Seed.ccpcj)
    try terminal.command(Self.browserCommand("--open 'CCPCJ 5/2'", corpus: corpus))
    try terminal.waitFor("CCPCJ 5/2", "Technical cooperation and interregional")
    try FileManager.default.removeItem(at: file)
    try terminal.press(":")
    try terminal.type("GA 55/64")
    try terminal.press("Enter")
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.press("BSpace")
    let gone = try terminal.waitFor("This file cannot be read now")
    #expect(Self.viewerText(gone).contains("No such file or directory"), "\(gone)")

    try "Rewritten title\n\nThe General Assembly,\n\n1. Decides to begin anew;\n".write(to: file, atomically: true, encoding: .utf8)
    try terminal.press(":")
    try terminal.type("GA 55/64")
    try terminal.press("Enter")
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.press("BSpace")
    try terminal.waitFor("Rewritten title", "Decides to begin anew")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }

  @Test("A 6 MB one-line file: the viewer lays out its first 2 MB, says what it left out, and stays responsive")
  func bigFileIsBounded() throws {
    let terminal = try TerminalTmux()
    let corpus = try Self.corpusWithBigFile(in: terminal.folder, megabytes: 6)
    try terminal.command(Self.browserCommand("--open 'GA 55/64' --no-index", corpus: corpus))
    try terminal.waitFor("GA 55/64 · A/RES/55/64", timeout: 180)
    try terminal.press(":")
    try terminal.type("big.txt")
    try terminal.press("Enter")
    try terminal.waitFor("Title of a very long file", timeout: 180)
    try terminal.press("G")
    let bottom = try terminal.waitFor("The viewer stops after 2 MB", timeout: 60)
    #expect(Self.viewerText(bottom).contains("resolute show"), "\(bottom)")
    // Still answering keys: back to the resolution before it.
    try terminal.press("BSpace")
    try terminal.waitFor("GA 55/64 · A/RES/55/64", timeout: 60)
    try terminal.press("q")
    try terminal.waitFor("EXITED:0", timeout: 60)
  }

  @Test("SIGHUP while the browser is busy laying out a huge file ends it promptly, terminal restored")
  func hangupWhileBusy() throws {
    let terminal = try TerminalTmux()
    let corpus = try Self.corpusWithBigFile(in: terminal.folder, megabytes: 6)
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let pid = try Self.startBrowser(
      terminal, corpus: corpus, arguments: "--open 'GA 55/64' --no-index", waitingFor: "GA 55/64 · A/RES/55/64",
      timeout: 180)
    try terminal.press(":")
    try terminal.type("big.txt")
    try terminal.press("Enter")  // the main loop is now busy laying out 6 MB
    Thread.sleep(forTimeInterval: 0.5)
    #expect(kill(pid, SIGHUP) == 0)
    // The watchdog acts after a second; the layout alone would take much longer in a debug build.
    try terminal.waitFor("EXITED:129", timeout: 30)
    #expect(!TerminalTmux.isRunning(pid))
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("A storm of 100 SIGWINCH and 20 real resizes: the browser survives, draws the final size, and restores the terminal")
  func resizeStorm() throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let pid = try Self.startBrowser(
      terminal, corpus: Resolute.corpus, arguments: "--open 'GA 55/64#3'", waitingFor: "GA 55/64 · A/RES/55/64")
    for round in 0..<100 {
      #expect(kill(pid, SIGWINCH) == 0)
      if round % 5 == 0 { try terminal.resize(width: 20 + (round * 7) % 120, height: 6 + (round * 3) % 40) }
    }
    try terminal.resize(width: 80, height: 24)
    #expect(TerminalTmux.isRunning(pid))
    try terminal.press("g")
    let screen = try terminal.waitForScreen("the browser at 80×24 after the storm") { screen in
      Self.trail(screen) == "GA 55/64" && screen.contains("GA 55/64 · A/RES/55/64")
        && screen.split(separator: "\n", omittingEmptySubsequences: false).count >= 24
    }
    #expect(screen.contains("Resolutions 5"), "\(screen)")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }
}
