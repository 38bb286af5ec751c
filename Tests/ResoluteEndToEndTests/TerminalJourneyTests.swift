import Foundation
import Testing

/// The real `resolute` binary in a real terminal (tmux): the reader's journey from the browser issue, resizing,
/// hostile file contents, signals, suspend/resume, and the fallbacks for plain terminals. One suite, run serially:
/// each test owns a tmux server, and the machine has two cores.
@Suite("Terminal (tmux)", .serialized)
struct TerminalTests {
  /// `resolute corpus …` as typed into the pane, followed by a marker with its exit status.
  static func browserCommand(_ arguments: String, corpus: URL = Resolute.corpus, prefix: String = "") throws -> String {
    let binary = try #require(Resolute.binary, "resolute executable not found; run `swift build` first")
    return "\(Resolute.shellEnvironment)\(prefix)\(shellQuoted(binary.path)) \(shellQuoted(corpus.path)) \(arguments); echo EXITED:$?"
  }

  /// The history trail: the status line up to the key hints (separated by two spaces).
  static func trail(_ screen: String) -> String {
    let status = TerminalTmux.bottomRow(of: screen)
    let end = status.range(of: "  ")?.lowerBound ?? status.endIndex
    return String(status[..<end]).trimmingCharacters(in: .whitespaces)
  }

  /// The text right of the list pane (after the first vertical rule on each row), rows joined by spaces and runs of
  /// spaces collapsed, so wrapped sentences can be searched whole.
  static func viewerText(_ screen: String, rule: Character = "│") -> String {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    let pieces = rows.map { row -> Substring in
      guard let bar = row.firstIndex(of: rule) else { return "" }
      return row[row.index(after: bar)...]
    }
    return pieces.joined(separator: " ").split(separator: " ").joined(separator: " ")
  }

  /// Saves `stty -g` into `name` inside the pane and returns it.
  static func terminalModes(_ terminal: TerminalTmux, into name: String) throws -> String {
    try terminal.command("stty -g > \(shellQuoted(terminal.file(name).path))")
    return try terminal.waitForFile(name)
  }

  @Test("The reader's journey: GA 55/64 → absent GA 46/152 → ECOSOC 1992/22, back twice, :CCPCJ 5/2, help, quit")
  func readersJourney() throws {
    let terminal = try TerminalTmux()
    let modesBefore = try Self.terminalModes(terminal, into: "modes-before")
    try terminal.command(Self.browserCommand("--open 'GA 55/64'"))
    var screen = try terminal.waitFor("GA 55/64 · A/RES/55/64")
    #expect(Self.trail(screen) == "GA 55/64")

    // Tab to the first link of the text: GA 46/152 in the first preambular paragraph; the notes pane explains it.
    try terminal.press("Tab")
    screen = try terminal.waitForScreen("the notes for the link to GA 46/152") {
      Self.viewerText($0).contains("GA 46/152 not in corpus")
    }
    try terminal.press("Enter")
    screen = try terminal.waitFor("GA 46/152 (absent)", "not in this corpus")
    // The trail names the paragraph going back returns to: the one whose link was followed.
    #expect(Self.trail(screen) == "GA 55/64#PP1 › GA 46/152 (absent)")
    let page = Self.viewerText(screen)
    let citedBy = try #require(page.range(of: "Cited by 3 resolutions:"), "absent page:\n\(screen)")
    let citers = page[citedBy.upperBound...]
    for citer in ["ECOSOC 1992/22", "CCPCJ 5/2", "GA 55/64"] {
      #expect(citers.contains(citer), "\(citer) missing from the citing resolutions:\n\(screen)")
    }

    // Its citing paragraphs are links: the first leads to ECOSOC 1992/22.
    try terminal.press("Tab")
    try terminal.press("Enter")
    screen = try terminal.waitFor("ECOSOC 1992/22 · E/RES/1992/22")
    #expect(Self.trail(screen) == "GA 55/64#PP1 › GA 46/152 (absent) › ECOSOC 1992/22")

    try terminal.press("BSpace")
    screen = try terminal.waitForScreen("back on the absent page") { Self.trail($0) == "GA 55/64#PP1 › GA 46/152 (absent)" }
    #expect(screen.contains("GA 46/152 (absent)"))
    try terminal.press("BSpace")
    screen = try terminal.waitForScreen("back on GA 55/64") { Self.trail($0) == "GA 55/64#PP1" }
    #expect(screen.contains("GA 55/64 · A/RES/55/64"))

    try terminal.press(":")
    try terminal.type("CCPCJ 5/2")
    try terminal.press("Enter")
    screen = try terminal.waitForScreen("CCPCJ 5/2 opened by id") { Self.trail($0) == "GA 55/64#PP1 › CCPCJ 5/2" }
    #expect(Self.viewerText(screen).contains("Technical cooperation and interregional advisory"))

    try terminal.press("?")
    screen = try terminal.waitFor("back in history", "forward in history")
    try terminal.press("q")  // closes the help overlay
    try terminal.waitForScreen("help closed") {
      !$0.contains("forward in history") && Self.trail($0) == "GA 55/64#PP1 › CCPCJ 5/2"
    }
    try terminal.press("q")
    screen = try terminal.waitFor("EXITED:0")
    #expect(!screen.contains("Resolutions 5"), "the alternate screen was not left:\n\(screen)")
    #expect(try Self.terminalModes(terminal, into: "modes-after") == modesBefore)
  }

  @Test("Resizing while reading redraws the whole screen for the new size, as a fresh start at that size would")
  func resizeWhileReading() throws {
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64#3'"))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    for (width, height) in [(120, 40), (50, 20), (20, 6), (80, 24)] {
      // A fresh browser started at the new size shows what the resized one must show once both are at the top of
      // GA 55/64: nothing from the old size left behind, nothing new left unpainted.
      let fresh = try TerminalTmux(width: width, height: height)
      try fresh.command(Self.browserCommand("--open 'GA 55/64'"))
      let expected = try fresh.waitForScreen("a fresh start at \(width)×\(height)") { Self.trail($0) == "GA 55/64" }
      try terminal.resize(width: width, height: height)
      do {
        // At the top the trail names no paragraph: the whole screen, status line included, must be a fresh start's.
        try terminal.press("g")
        try terminal.waitForScreen("the resized screen to match a fresh start at \(width)×\(height)", timeout: 20) {
          $0 == expected
        }
      } catch let failure as TerminalTmux.Failure {
        Issue.record("\(failure)\nfresh start at \(width)×\(height):\n\(expected)")
      }
      try terminal.press("G")  // read on elsewhere before the next resize
    }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}

extension TerminalTests {
  @Test("Scrolling the text by a line writes a fraction of what repainting the screen writes")
  func oneLineScrollDoesNotRepaint() throws {
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64'"))
    let top = try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.startLoggingOutput()
    let start = terminal.settledLogSize()

    try terminal.press("C-e")  // scroll the clause viewer by one line
    try terminal.waitForScreen("the text scrolled by a line") { $0 != top }
    let afterScroll = terminal.settledLogSize()

    try terminal.press("C-l")  // repaint everything: the cost a one-line scroll must stay far below
    let afterRepaint = terminal.settledLogSize()

    let scroll = afterScroll - start
    let repaint = afterRepaint - afterScroll
    #expect(scroll > 0 && repaint > 0, "nothing logged: scroll \(scroll) bytes, repaint \(repaint) bytes")
    #expect(scroll * 2 < repaint, "a one-line scroll wrote \(scroll) bytes; a full repaint \(repaint) bytes")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}
