import Foundation
import Testing

/// Escape sequences in a corpus file, signals, suspend/resume, plain terminals and no terminal at all.
extension TerminalTests {
  /// A copy of CCPCJ 5/2 with escape sequences in its title and first preambular paragraph: clear screen (CSI 2J),
  /// an OSC window title, an OSC 52 clipboard write, BEL, a C1 CSI (U+009B) and a right-to-left override (U+202E).
  static func hostileCorpus(in folder: URL) throws -> URL {
    let corpus = folder.appendingPathComponent("hostile-corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    var text = try String(
      contentsOf: Resolute.corpus.appendingPathComponent("ccpcj-5-2-technical-cooperation.txt"), encoding: .utf8)
    let payload =
      "\u{1B}[2J\u{1B}]0;PWNED-TITLE\u{07}\u{1B}]52;c;SGVsbG8=\u{07}\u{07}\u{9B}31m\u{202E}evil"
      + "\u{1B}P1$qPWNED-DCS\u{1B}\\ back\u{08}\u{08}space"
    let paragraph = "Recalling Economic and Social Council resolution 1995/15"
    let title = "Technical cooperation and interregional advisory services"
    #expect(text.contains(paragraph) && text.contains(title), "the seed file changed: update this test")
    text = text.replacingOccurrences(
      of: paragraph, with: "Recalling \(payload) Economic and Social Council resolution 1995/15")
    text = text.replacingOccurrences(
      of: title, with: "Technical \u{1B}[31mcooperation and interregional advisory services")
    try text.write(to: corpus.appendingPathComponent("ccpcj-5-2-hostile.txt"), atomically: true, encoding: .utf8)
    return corpus
  }

  @Test("Escape sequences in a file are drawn as visible placeholders and never reach the terminal")
  func escapeSequencesStayVisibleAndInert() throws {
    let terminal = try TerminalTmux()
    let corpus = try Self.hostileCorpus(in: terminal.folder)
    let titleBefore = try terminal.paneTitle()
    try terminal.startLoggingOutput()
    try terminal.command(Self.browserCommand("--open 'CCPCJ 5/2'", corpus: corpus))
    let screen = try terminal.waitFor("CCPCJ 5/2", "Economic and Social")
    let text = Self.viewerText(screen)
    let placeholders = [
      "^[[2J", "^[]0;PWNED-", "^G", "^[]52;c;SGVsbG8=", "<U+009B>31m", "<U+202E>evil", "^[[31mcooperation",
      "P1$qPWNED-DCS^[\\", "back^H^Hspace",
    ]
    for placeholder in placeholders {
      #expect(text.contains(placeholder), "placeholder \(placeholder) not on screen:\n\(screen)")
    }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
    #expect(try terminal.paneTitle() == titleBefore, "the OSC title reached the terminal")

    // Everything the program wrote (ncurses output included) must be free of the file's control sequences.
    let bytes = try terminal.waitForLoggedBytes(containing: "EXITED:0")
    let forbidden: [(String, [UInt8])] = [
      ("BEL", [0x07]), ("OSC (ESC ])", [0x1B, 0x5D]), ("CSI 2J", Array("\u{1B}[2J".utf8)),
      ("C1 CSI U+009B", [0xC2, 0x9B]), ("U+202E", [0xE2, 0x80, 0xAE]), ("the title text", Array("PWNED-TITLE".utf8)),
      ("DCS (ESC P)", [0x1B, 0x50]), ("string terminator (ESC \\)", [0x1B, 0x5C]),
    ]
    for (name, sequence) in forbidden {
      #expect(!bytes.containsBytes(sequence), "\(name) was written to the terminal")
    }
    #expect(bytes.count > 1000, "the byte log missed the program's output (\(bytes.count) bytes)")
  }

  /// Runs the browser with its pid saved (a wrapper writes `$$`, then `exec`s it), waits for its first screen, and
  /// returns the pid.
  static func startBrowserWithPID(_ terminal: TerminalTmux) throws -> pid_t {
    let wrapper = terminal.file("record-pid.sh")
    try "echo $$ > \(shellQuoted(terminal.file("browser.pid").path))\nexec \"$@\"\n"
      .write(to: wrapper, atomically: true, encoding: .utf8)
    try terminal.command(Self.browserCommand("--open 'GA 55/64'", prefix: "sh \(shellQuoted(wrapper.path)) "))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    return try #require(pid_t(terminal.waitForFile("browser.pid")))
  }

  @Test("SIGINT, SIGTERM and SIGHUP restore the terminal and end the browser", arguments: [SIGINT, SIGTERM, SIGHUP])
  func terminatingSignalsRestoreTheTerminal(signal: Int32) throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    let pid = try Self.startBrowserWithPID(terminal)
    #expect(kill(pid, signal) == 0)
    let screen: String
    if signal == SIGINT {
      // A job killed by SIGINT makes an interactive shell drop the rest of the command line (as after Ctrl-C): the
      // status is asked for separately.
      try terminal.waitForScreen("the shell back after SIGINT") { TerminalTmux.bottomLine(of: $0) == "$" }
      try terminal.command("echo STATUS:$?")
      screen = try terminal.waitFor("STATUS:130")
    } else {
      screen = try terminal.waitFor("EXITED:\(128 + signal)")
    }
    #expect(!screen.contains("Resolutions 5"), "the alternate screen was not left:\n\(screen)")
    #expect(!TerminalTmux.isRunning(pid))
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("Ctrl-C quits and restores the terminal")
  func controlCQuits() throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    try terminal.command(Self.browserCommand("--open 'GA 55/64'"))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.press("C-c")
    try terminal.waitForScreen("the shell back after Ctrl-C") { TerminalTmux.bottomLine(of: $0) == "$" }
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("Ctrl-Z gives the shell a sane terminal, and fg redraws the browser as it was")
  func suspendAndResume() throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    try terminal.command(Self.browserCommand("--open 'GA 55/64#3'"))
    try terminal.waitFor("GA 55/64 · A/RES/55/64", "3. Also reaffirms")
    let reading = try terminal.settledScreen()
    try terminal.press("C-z")
    try terminal.waitFor("Stopped")
    #expect(try Self.terminalModes(terminal, into: "modes-suspended") == modesBefore)
    try terminal.command("clear; fg")
    try terminal.waitForScreen("the browser redrawn after fg") { $0 == reading }
    try terminal.press("q")
    // bash drops the rest of a command list once a job in it is stopped: ask for the status separately.
    try terminal.waitForScreen("the shell back after q") { TerminalTmux.bottomLine(of: $0) == "$" }
    try terminal.command("echo STATUS:$?")
    try terminal.waitFor("STATUS:0")
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("Without a UTF-8 locale (LANG=C) the screen is plain ASCII")
  func asciiFallbackUnderLangC() throws {
    let terminal = try TerminalTmux(environment: ["LANG": "C"])
    try terminal.command(Self.browserCommand("--open 'GA 55/64'"))
    let screen = try terminal.waitFor("GA 55/64 - A/RES/55/64")
    #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII characters under LANG=C:\n\(screen)")
    #expect(Self.viewerText(screen, rule: "|").contains("Strengthening of the United Nations Crime"))
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }

  /// The SGR parameters that set a colour (30–37, 38, 40–47, 48, 90–97, 100–107) in a `capture-pane -e` screen.
  static func colourParameters(in screen: String) -> [Int] {
    var found: [Int] = []
    var rest = Substring(screen)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "m") else { break }
      let parameters = rest[..<end].split(separator: ";").compactMap { Int($0) }
      found += parameters.filter { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
      rest = rest[rest.index(after: end)...]
    }
    return found
  }

  @Test(
    "TERM=vt100 and NO_COLOR=1 render monochrome, with reverse video where colour would be",
    arguments: [("vt100", ""), ("tmux-256color", "1")])
  func monochrome(terminalType: String, noColor: String) throws {
    let terminal = try TerminalTmux(terminalType: terminalType, environment: ["NO_COLOR": noColor])
    try terminal.command(Self.browserCommand("--open 'GA 55/64'"))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    let coloured = try terminal.colouredScreen()
    #expect(Self.colourParameters(in: coloured).isEmpty, "colours in a monochrome rendering:\n\(coloured)")
    #expect(coloured.contains("\u{1B}[7m") || coloured.contains(";7m"), "no reverse video in:\n\(coloured)")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }

  @Test("With colours available the same screen is coloured (so the monochrome check can fail)")
  func coloursWhenAvailable() throws {
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64'"))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    #expect(!Self.colourParameters(in: try terminal.colouredScreen()).isEmpty)
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }

  @Test("Without a terminal the browser explains itself instead of drawing")
  func noTerminal() throws {
    let result = try Resolute.run([Resolute.corpus.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("needs a terminal"), "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }
}
