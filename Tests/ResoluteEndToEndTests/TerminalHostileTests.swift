import Foundation
import Testing

/// The browser against files that change under it, a file too big to lay out, resize storms and signals while busy.
extension TerminalTests {
  /// Starts the browser on `corpus` through a wrapper that records its pid, and returns the pid once it has drawn.
  /// Starts the browser and waits for `text`; unless `text` is the busy status itself, also for the start's own work
  /// (opening the `--open` target apart) to be done, so the keys pressed next are not queued behind it.
  static func startBrowser(
    _ terminal: TerminalTmux, corpus: URL, arguments: String, waitingFor text: String, timeout: Double = 60
  ) throws -> pid_t {
    let wrapper = terminal.file("record-pid.sh")
    try "echo $$ > \(shellQuoted(terminal.file("browser.pid").path))\nexec \"$@\"\n"
      .write(to: wrapper, atomically: true, encoding: .utf8)
    try terminal.command(Self.browserCommand(arguments, corpus: corpus, prefix: "sh \(shellQuoted(wrapper.path)) "))
    let busy = "(Esc cancels)"
    try terminal.waitForScreen("'\(text)'", timeout: timeout) { screen in
      screen.contains(text) && (text == busy || !screen.contains(busy))
    }
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
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let pid = try Self.startOpeningABigFile(terminal, megabytes: 6)  // the main loop is now busy laying out 6 MB
    Thread.sleep(forTimeInterval: 0.5)
    #expect(kill(pid, SIGHUP) == 0)
    // The watchdog acts after a second; the layout alone would take much longer in a debug build.
    try terminal.waitFor("EXITED:129", timeout: 30)
    #expect(!TerminalTmux.isRunning(pid))
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("SIGTERM or Ctrl-C while a huge file is being opened ends the browser, terminal restored", arguments: [
    "SIGTERM", "C-c",
  ])
  func interruptWhileOpeningAHugeFile(interrupt: String) throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let pid = try Self.startOpeningABigFile(terminal, megabytes: 6)  // the main loop is now busy laying out 6 MB
    Thread.sleep(forTimeInterval: 0.5)
    try Self.interrupt(terminal, pid: pid, with: interrupt)
    let screen = try Self.waitForEnd(terminal, pid: pid, after: interrupt)
    #expect(!screen.contains("GA 55/64 · A/RES/55/64"), "the alternate screen was not left:\n\(screen)")
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("SIGTERM or Ctrl-C while the series of a file with 100,000 citations is computed ends the browser", arguments: [
    "SIGTERM", "C-c",
  ])
  func interruptWhileComputingASeries(interrupt: String) throws {
    let terminal = try TerminalTmux()
    let corpus = try Self.corpusWithManyCitations(in: terminal.folder)
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let pid = try Self.startBrowser(
      terminal, corpus: corpus, arguments: "--open many.txt --no-index", waitingFor: "Citations galore", timeout: 180)
    try terminal.press("t")  // the series reads every citation: seconds of work in a debug build
    Thread.sleep(forTimeInterval: 0.5)
    try Self.interrupt(terminal, pid: pid, with: interrupt)
    let screen = try Self.waitForEnd(terminal, pid: pid, after: interrupt)
    #expect(!screen.contains("Citations galore"), "the alternate screen was not left:\n\(screen)")
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  /// Sends `SIGTERM`/`SIGHUP` to `pid`, or a key (`C-c`) through the terminal as the reader would.
  static func interrupt(_ terminal: TerminalTmux, pid: pid_t, with interrupt: String) throws {
    switch interrupt {
    case "SIGTERM": #expect(kill(pid, SIGTERM) == 0)
    case "SIGHUP": #expect(kill(pid, SIGHUP) == 0)
    default: try terminal.press(interrupt)
    }
  }

  /// Waits (10 s at most: the watchdog acts after a second, the busy work alone takes far longer in a debug build)
  /// until the shell has the terminal back and the browser is gone; returns the screen then.
  static func waitForEnd(_ terminal: TerminalTmux, pid: pid_t, after interrupt: String) throws -> String {
    let screen: String
    if interrupt == "C-c" {
      // A job killed by SIGINT makes an interactive shell drop the rest of the command line: ask for the status.
      try terminal.waitForScreen("the shell back after Ctrl-C", timeout: 10) { TerminalTmux.bottomLine(of: $0) == "$" }
      try terminal.command("echo STATUS:$?")
      screen = try terminal.waitFor("STATUS:130", timeout: 10)
    } else {
      screen = try terminal.waitFor("EXITED:\(interrupt == "SIGHUP" ? 129 : 143)", timeout: 10)
    }
    #expect(!TerminalTmux.isRunning(pid))
    return screen
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

extension TerminalTests {
  @Test("A read-only corpus with a NUL-laden file: browsed, the controls shown visibly, and nothing written inside it")
  func readOnlyCorpus() throws {
    let terminal = try TerminalTmux()
    let corpus = terminal.folder.appendingPathComponent("read-only")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Resolute.corpus.appendingPathComponent(Seed.ga), to: corpus.appendingPathComponent(Seed.ga))
    try Data(Array("Nul\u{0}title and \u{1B}[2J here\n\nplain text\n".utf8)).write(to: corpus.appendingPathComponent("nul.txt"))
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: corpus.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: corpus.path) }
    let before = try Self.listing(of: corpus)

    try terminal.command(Self.browserCommand("--open 'GA 55/64'", corpus: corpus))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.press(":")
    try terminal.type("nul.txt")
    try terminal.press("Enter")
    let screen = try terminal.waitFor("Nul^@title")
    #expect(screen.contains("^[[2J"), "\(screen)")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
    #expect(try Self.listing(of: corpus) == before, "the browser wrote inside the corpus")
  }

  /// Every entry under `folder` with its size and modification time.
  static func listing(of folder: URL) throws -> [String] {
    let manager = FileManager.default
    return try manager.subpathsOfDirectory(atPath: folder.path).sorted().map { path in
      let attributes = try manager.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
      return "\(path) \(attributes[.size] ?? "") \(attributes[.modificationDate] ?? "")"
    }
  }
}

extension TerminalTests {
  /// Resident memory of `pid` in kB, from /proc.
  static func residentKilobytes(_ pid: pid_t) throws -> Int {
    let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
    return try #require(Int(line.split(separator: " ").dropFirst().first ?? ""))
  }

  @Test("Memory stays bounded: 300 keys of reading, following and going back add no copies of the corpus")
  func memoryStaysBounded() throws {
    let terminal = try TerminalTmux()
    let pid = try Self.startBrowser(
      terminal, corpus: Resolute.corpus, arguments: "--open 'ECOSOC 1992/22'", waitingFor: "ECOSOC 1992/22 · E/RES")
    // One round first, so every resolution has been opened (and cached) once before the measurement starts.
    func round() throws {
      for _ in 0..<20 { try terminal.press("j") }
      try terminal.press("Tab", "Enter", "BSpace", "G", "g", "h", "j", "Enter", "l")
    }
    try round()
    _ = try terminal.settledScreen()
    let before = try Self.residentKilobytes(pid)
    for _ in 0..<10 { try round() }
    _ = try terminal.settledScreen()
    let after = try Self.residentKilobytes(pid)
    print("resident memory over 300 keys: \(before) kB → \(after) kB")
    // A copy of the parsed corpus per key would add megabytes per round; allow for allocator noise only.
    #expect(after - before < 16_000, "resident memory grew from \(before) kB to \(after) kB over 300 keys")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}
