import Foundation
import Testing

/// The prompts' history across sessions (issue 14): two browsers open at once, each entering lines, keep both
/// sessions' lines (every save re-reads the file and merges under the lock), on the real binary in tmux.
extension TerminalTests {
  @Test("Two browsers open at once never erase each other's prompt history")
  func promptHistoryOfTwoSessionsMerges() throws {
    let scratch = try TemporaryFolder()
    let state = try scratch.makeFolder("state")
    let prefix = "XDG_STATE_HOME=\(shellQuoted(state.path)) "
    let first = try TerminalTmux()
    let second = try TerminalTmux()
    try first.command(Self.browserCommand("--open 'GA 55/64'", prefix: prefix))
    try first.waitFor("GA 55/64 · A/RES/55/64")
    try second.command(Self.browserCommand("--open 'GA 55/64'", prefix: prefix))
    try second.waitFor("GA 55/64 · A/RES/55/64")

    // Each session enters lines in turn, each save coming after the other session's.
    func enter(_ line: String, in terminal: TerminalTmux) throws {
      try terminal.press(":")
      try terminal.type(line)
      try terminal.press("Enter")
      try terminal.waitForScreen("the jump to \(line)") { Self.trail($0).hasSuffix(line) }
    }
    try enter("CCPCJ 5/2", in: first)
    try enter("ECOSOC 1992/22", in: second)
    try enter("GA 55/64#7", in: first)
    try enter("GA 55/64#5", in: second)
    for terminal in [first, second] {
      try terminal.press("q")
      try terminal.waitFor("EXITED:0")
    }
    let file = state.appendingPathComponent("resolute/prompt-history.json")
    let data = try Data(contentsOf: file)
    let history = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let lines = try #require((history["lines"] as? [String: [String]])?["goto"], "\(String(decoding: data, as: UTF8.self))")
    #expect(lines == ["CCPCJ 5/2", "ECOSOC 1992/22", "GA 55/64#7", "GA 55/64#5"], "\(lines)")

    // A new session brings them back with Up, newest first.
    try first.command("clear; " + Self.browserCommand("--open 'GA 55/64'", prefix: prefix))
    try first.waitFor("GA 55/64 · A/RES/55/64")
    try first.press(":")
    try first.press("Up")
    try first.waitForScreen("the newest line") { TerminalTmux.bottomRow(of: $0).contains("GA 55/64#5") }
    try first.press("Up")
    try first.waitForScreen("the other session's line") { TerminalTmux.bottomRow(of: $0).contains("GA 55/64#7") }
    // Enter jumps to the line brought back: the history's line works as typed.
    try first.press("Enter")
    try first.waitForScreen("the jump") { Self.trail($0).hasSuffix("GA 55/64#7") }
    try first.press("q")
    try first.waitFor("EXITED:0")
  }
}
