import Foundation
import Testing
import ResolutionKit

/// The habits of less and vim, and history you can trust, in the real binary in tmux (issue 14).
extension TerminalTests {
  @Test("The status line shows the keys as bound; Alt-1 and Alt-3 switch panes; counts, = and :q work")
  func keysAsBoundAndLessHabits() throws {
    let scratch = try TemporaryFolder()
    try scratch.write("config/resolute/config.toml", "[keys]\nquit = \"Q\"\n")
    let environment = "XDG_CONFIG_HOME=\(shellQuoted(scratch.url.appendingPathComponent("config").path)) "
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64'", prefix: environment))
    var screen = try terminal.waitFor("GA 55/64 · A/RES/55/64")
    let status = TerminalTmux.bottomRow(of: screen)
    #expect(status.contains("Q quit") && !status.contains("q quit"), "\(screen)")
    try terminal.resize(width: 50, height: 20)
    try terminal.waitForScreen("the narrow layout") { !$0.contains("Resolutions 5") }
    // Alt-1: the list fills the narrow screen; Alt-3 the notes; w the next pane.
    try terminal.press("M-1")
    screen = try terminal.waitFor("Resolutions 5")
    try terminal.press("M-3")
    try terminal.waitFor("Notes")
    try terminal.press("w")
    try terminal.waitFor("Resolutions 5")
    try terminal.press("M-2")
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    // A count: 5j from the title lands on PP5; = says where that is.
    try terminal.type("5j")
    try terminal.press("=")
    screen = try terminal.waitForScreen("where am I") { TerminalTmux.bottomRow(of: $0).contains("line ") }
    #expect(TerminalTmux.bottomRow(of: screen).contains("GA 55/64"), "\(screen)")
    try terminal.type(":q")
    try terminal.press("Enter")
    try terminal.waitFor("EXITED:0")
  }

  @Test("A restart resumes at the last place and paragraph; an automatic opening keeps what was saved")
  func restartResumes() throws {
    let scratch = try TemporaryFolder()
    let state = try scratch.makeFolder("state")
    let environment = "XDG_STATE_HOME=\(shellQuoted(state.path)) "
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("", prefix: environment))
    try terminal.waitFor("Resolutions 5")
    try terminal.type(":ECOSOC 1992/22#iv.3 (h)")
    try terminal.press("Enter")
    // The list opened its first row, ECOSOC 1992/22, at the start: the jump within it is one step of the trail.
    try terminal.waitForScreen("the paragraph") { Self.trail($0) == "ECOSOC 1992/22 › ECOSOC 1992/22#IV.3(h)" }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
    for _ in 0..<2 {
      // Started with no target: at the last place, then quit at once, which must not overwrite it.
      try terminal.command("clear; " + Self.browserCommand("", prefix: environment))
      let screen = try terminal.waitForScreen("the resumed place") { Self.trail($0) == "ECOSOC 1992/22#IV.3(h)" }
      #expect(screen.contains("(h)"), "\(screen)")
      try terminal.press("q")
      try terminal.waitFor("EXITED:0")
    }
  }

  @Test("History: opening from the list keeps the trail; a failed jump stays put; search says match n of m")
  func historyAndSearchMessages() throws {
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64#3'"))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.type(":CCPCJ 5/2#999")
    try terminal.press("Enter")
    var screen = try terminal.waitForScreen("the failed jump") {
      TerminalTmux.bottomRow(of: $0).contains("CCPCJ 5/2 has no paragraph 999")
    }
    #expect(Self.trail(screen) == "GA 55/64#3", "\(screen)")
    // From the list (Alt-1), open the row below: the trail keeps GA 55/64#3.
    try terminal.press("M-1")
    try terminal.press("g")
    try terminal.press("Enter")
    screen = try terminal.waitForScreen("the list's first row opened") { Self.trail($0).hasPrefix("GA 55/64#3 › ") }
    try terminal.press("BSpace")
    try terminal.waitForScreen("back") { Self.trail($0) == "GA 55/64#3" }
    try terminal.type("/Centre")
    try terminal.press("Enter")
    screen = try terminal.waitForScreen("the match count") { 
      let status = TerminalTmux.bottomRow(of: $0)
      return status.contains("Match ") && status.contains(" of ")
    }
    try terminal.type("/no such words")
    try terminal.press("Enter")
    try terminal.waitForScreen("not found") { TerminalTmux.bottomRow(of: $0).contains("Pattern not found") }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}

extension TerminalTests {
  @Test("v opens $VISUAL at the paragraph's line; | pipes the paragraph with its reference; the browser comes back")
  func editorAndPipe() throws {
    let browser = try RecordingEditorBrowser(open: "GA 55/64#7", heading: "GA 55/64 · A/RES/55/64")
    let terminal = browser.terminal
    // The editor ran and the browser drew itself again.
    let given = try browser.edit(thenSee: "GA 55/64 · A/RES/55/64")
    let corpus = try CorpusLoader.load(path: Resolute.corpus.path)
    let resolution = try #require(corpus.resolutions.first { $0.displayID == "GA 55/64" })
    let line = try #require(resolution.operative.first { $0.ref == "7" }?.line)
    #expect(given == "+\(line) \(resolution.file)", "\(given)")

    let text = try browser.pipe(thenSee: "GA 55/64 · A/RES/55/64")
    #expect(text.hasPrefix("Invites all States to support"), "\(text)")
    #expect(text.hasSuffix("General Assembly resolution 55/64 of 4 December 2000, para. 7\n"), "\(text)")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}

extension TerminalTests {
  @Test("Prompt history outlives the session (Up at :); Tab completes ids; c lists what cites a resolution")
  func promptHistoryAndCitedBy() throws {
    let scratch = try TemporaryFolder()
    let state = try scratch.makeFolder("state")
    let corpus = try scratch.makeFolder("corpus")
    try FileManager.default.copyItem(
      at: Resolute.corpus.appendingPathComponent("ga-55-64-strengthening-the-programme.txt"),
      to: corpus.appendingPathComponent("ga-55-64.txt"))
    try scratch.write(
      "corpus/ga-60-1.txt",
      """
      Resolution 60/1. Follow-up

      The General Assembly,

      Recalling its resolution 55/64 of 4 December 2000,

      1. Decides to continue its consideration of the question.
      """)
    let environment = "XDG_STATE_HOME=\(shellQuoted(state.path)) "
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--no-index --open 'GA 55/64'", corpus: corpus, prefix: environment))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.type(":ga 60")
    try terminal.press("Tab")
    try terminal.waitForScreen("the id completed") { TerminalTmux.bottomRow(of: $0).hasPrefix(":GA 60/1") }
    try terminal.press("Enter")
    try terminal.waitForScreen("GA 60/1") { Self.trail($0).hasSuffix("GA 60/1") }
    try terminal.type(":GA 55/64")
    try terminal.press("Enter")
    try terminal.press("c")
    var screen = try terminal.waitFor("Cited by 1 resolution: GA 60/1")
    #expect(Self.trail(screen).hasSuffix("Cited by: GA 55/64"), "\(screen)")
    try terminal.press("Tab", "Enter")
    screen = try terminal.waitForScreen("the citing paragraph") { Self.trail($0).hasSuffix("GA 60/1#PP1") }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
    // A new session: Up at : brings back the last lines typed there.
    try terminal.command("clear; " + Self.browserCommand("--no-index --open 'GA 55/64'", corpus: corpus, prefix: environment))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.press(":", "Up")
    try terminal.waitForScreen("the last : line") { TerminalTmux.bottomRow(of: $0).hasPrefix(":GA 55/64") }
    try terminal.press("Up")
    try terminal.waitForScreen("the one before") { TerminalTmux.bottomRow(of: $0).hasPrefix(":GA 60/1") }
    // Esc alone (Esc then a key at once is read as Alt and that key, as terminals send Alt).
    try terminal.press("Escape")
    try terminal.waitForScreen("the prompt closed") { !TerminalTmux.bottomRow(of: $0).hasPrefix(":") }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}
