import Foundation
import Testing

/// The reader's own, in the real binary in tmux: marks and visited places kept across sessions, `y` copying a
/// paragraph's reference to the terminal's clipboard (OSC 52, which tmux turns into a paste buffer), and config.toml.
extension TerminalTests {
  @Test("Marks outlive the session, B lists them, and y puts the paragraph's reference on the clipboard")
  func marksPersistAndReferencesCopy() throws {
    let scratch = try TemporaryFolder()
    let state = try scratch.makeFolder("state")
    let environment = "XDG_STATE_HOME=\(shellQuoted(state.path)) "
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64#7'", prefix: environment))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.press("m", "a")
    try terminal.waitForScreen("the mark set") {
      TerminalTmux.bottomRow(of: $0).contains("Mark a: GA resolution 55/64, para. 7")
    }
    try terminal.press("y")
    try terminal.waitForScreen("the reference copied") {
      TerminalTmux.bottomRow(of: $0).contains("Copied: General Assembly resolution 55/64 of 4 December 2000, para. 7")
    }
    #expect(terminal.pasteBuffer() == "General Assembly resolution 55/64 of 4 December 2000, para. 7")
    try terminal.press("y")
    try terminal.waitForScreen("the short form copied") {
      TerminalTmux.bottomRow(of: $0).contains("Copied: GA resolution 55/64, para. 7")
    }
    #expect(terminal.pasteBuffer() == "GA resolution 55/64, para. 7")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")

    // A new session: ' a goes to the mark set in the last one.
    try terminal.command("clear; " + Self.browserCommand("--open 'CCPCJ 5/2'", prefix: environment))
    try terminal.waitFor("CCPCJ 5/2")
    try terminal.press("'", "a")
    var screen = try terminal.waitForScreen("mark a opened") { Self.trail($0) == "CCPCJ 5/2 › GA 55/64#7" }
    #expect(Self.viewerText(screen).contains("Invites all States to support"), "\(screen)")
    try terminal.press("B")
    screen = try terminal.waitFor("Marks", "Recent")
    let page = Self.viewerText(screen)
    #expect(page.contains("a GA 55/64 · 7"), "\(screen)")
    #expect(page.contains("1 GA 55/64"), "the visit is listed newest first:\n\(screen)")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
    let saved = try String(contentsOf: state.appendingPathComponent("resolute/state.json"), encoding: .utf8)
    #expect(saved.contains("ga-55-64-strengthening-the-programme.txt"))
  }

  @Test("config.toml: an added key works, a bad line is named on the first screen and again after quitting, colours change")
  func configFileKeysAndColours() throws {
    let scratch = try TemporaryFolder()
    try scratch.write(
      "config/resolute/config.toml",
      """
      [keys]
      quit = "Q"
      series = "none"
      bogus = "x"
      [colors]
      title = "red on blue"
      """)
    let environment = "XDG_CONFIG_HOME=\(shellQuoted(scratch.url.appendingPathComponent("config").path)) "
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64'", prefix: environment))
    let screen = try terminal.waitFor("GA 55/64 · A/RES/55/64")
    #expect(TerminalTmux.bottomRow(of: screen).contains("config.toml line 4: no command “bogus”"), "\(screen)")
    // The title is drawn red on blue (SGR 31 and 44), as the file asks.
    let coloured = try terminal.colouredScreen()
    #expect(coloured.contains("\u{1B}[31m\u{1B}[44m") || coloured.contains("\u{1B}[31;44m"), "\(coloured)")
    // `t` was unbound: nothing happens; Q quits.
    try terminal.press("t")
    try terminal.press("Q")
    let after = try terminal.waitFor("EXITED:0")
    #expect(!after.contains("Series"))
    #expect(after.contains("config: ") && after.contains("config.toml:4: no command “bogus”"), "\(after)")
  }
}
