import Foundation
import Testing

extension TerminalTests {
  /// What the terminal receives for one key, once the screen has changed and the output has stopped.
  static func bytesWritten(
    by key: String, in terminal: TerminalTmux, waitingFor what: String
  ) throws -> Int {
    let before = try terminal.settledScreen()
    let start = terminal.settledLogSize()
    try terminal.press(key)
    try terminal.waitForScreen(what) { $0 != before }
    return terminal.settledLogSize() - start
  }

  @Test("Reading mode scrolls with the terminal's own scrolling; bytes per line and page compared with less")
  func readingModeScrollsCheaply() throws {
    let less = try #require(TerminalTmux.findExecutable("less"), "less is needed as the yardstick")
    let file = Resolute.corpus.appendingPathComponent("ga-55-64-strengthening-the-programme.txt")
    let terminal = try TerminalTmux()
    try terminal.startLoggingOutput()

    // The browser, split: the list beside the text.
    try terminal.command(Self.browserCommand("--open 'GA 55/64'"))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    let splitLine = try Self.bytesWritten(by: "C-e", in: terminal, waitingFor: "a one-line scroll beside the list")
    try terminal.press("C-y")

    // Reading mode: the text alone on the whole screen, so the terminal scrolls all of it with one newline. The keys
    // are said once, on the last row; the first line scrolled takes them away.
    try terminal.press("z")
    try terminal.waitForScreen("reading mode") { !$0.contains("│") && $0.contains("Reading mode: z leaves") }
    try terminal.press("C-e")
    try terminal.waitForScreen("the message gone") { !$0.contains("Reading mode: z leaves") }
    let readingLine = try Self.bytesWritten(by: "C-e", in: terminal, waitingFor: "a one-line scroll in reading mode")
    let readingPage = try Self.bytesWritten(by: "Space", in: terminal, waitingFor: "a page in reading mode")
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")

    // less on the same file, same keys, same terminal.
    try terminal.command("clear; \(shellQuoted(less)) \(shellQuoted(file.path)); echo LESS-EXITED:$?")
    try terminal.waitFor("Strengthening of the United Nations Crime Prevention")
    let lessLine = try Self.bytesWritten(by: "C-e", in: terminal, waitingFor: "less scrolling one line")
    let lessPage = try Self.bytesWritten(by: "Space", in: terminal, waitingFor: "less paging")
    try terminal.press("q")
    try terminal.waitFor("LESS-EXITED:0")

    let report =
      "one line: reading \(readingLine) B, split \(splitLine) B, less \(lessLine) B; "
      + "one page: reading \(readingPage) B, less \(lessPage) B"
    print("bytes on the wire at 80×24 — \(report)")
    #expect(readingLine > 0 && readingPage > 0 && lessLine > 0 && lessPage > 0, "nothing logged: \(report)")
    // Hardware scrolling: the shifted rows are not sent again, only the new line (and what changed around it).
    #expect(readingLine * 2 < splitLine, "\(report)")
    // Against less's own cost the figures are printed, not asserted: they are benchmark figures (scripts/bench.sh).
  }
}
