import Foundation
import Testing

/// The keystroke measurement of issue 14: a less user's ten-step reading task (open, find, follow, back, mark,
/// return) typed into the real binary, each step checked on the screen, the keys counted and printed.
///
/// The figure before this work is counted from the keymap of commit 6667303 (the same steps, typed by the same
/// habits): `:7` was not a paragraph there (`“7” is neither in the corpus…`, then `:#7` Enter: 3 + 4 keys) and
/// digits were not counts (`5j` moved one paragraph, `1`-`3` switched panes: 5j then jjjj, 6 keys), every other step
/// took the same keys: 40 keys before, 32 after. Rerun: `swift test --filter TerminalTests/lessUsersReadingTask`.
extension TerminalTests {
  @Test("A less user's ten-step reading task: keys counted on the real binary")
  func lessUsersReadingTask() throws {
    // A state folder of its own: the task starts at the list, not where another test's session stopped.
    let scratch = try TemporaryFolder()
    let state = try scratch.makeFolder("state")
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("", prefix: "XDG_STATE_HOME=\(shellQuoted(state.path)) "))
    try terminal.waitFor("Resolutions 5")
    var keys = 0
    /// Sends each key (tmux key names, or single characters) and counts it.
    func press(_ sequence: [String]) throws {
      for key in sequence {
        if key.count == 1 { try terminal.type(key) } else { try terminal.press(key) }
        keys += 1
      }
    }
    func typing(_ text: String) -> [String] { text.map { String($0) } }
    func step(_ name: String, _ sequence: [String], until check: @escaping (String) -> Bool) throws {
      try press(sequence)
      try terminal.waitForScreen(name) { check($0) }
    }
    let status = { (screen: String) in TerminalTmux.bottomRow(of: screen) }

    // 1. Open GA 55/64 from the list: filter, then open.
    try step("1 open", typing("/55/64") + ["Enter", "Enter"]) { Self.trail($0).hasSuffix("GA 55/64") }
    // 2. Find a word.
    try step("2 find", typing("/Centre") + ["Enter"]) { status($0).contains("Match 1 of ") }
    // 3. The next match.
    try step("3 next", ["n"]) { status($0).contains("Match 2 of ") }
    // 4. Paragraph 7, as vim's :7.
    try step("4 paragraph 7", typing(":7") + ["Enter"]) { Self.trail($0).hasSuffix("GA 55/64#7") }
    // 5. Mark it.
    try step("5 mark", ["m", "a"]) { status($0).contains("Mark a: ") }
    // 6. Follow the first citation from the top.
    try step("6 follow", ["g", "Tab", "Enter"]) { Self.trail($0).hasSuffix("GA 46/152 (absent)") }
    // 7. Back.
    try step("7 back", ["BSpace"]) { Self.trail($0).hasSuffix("GA 55/64#PP1") }
    // 8. Five paragraphs down, as 5j.
    try step("8 five down", ["5", "j"]) { Self.trail($0).hasSuffix("GA 55/64#PP6") }
    // 9. Return to the mark.
    try step("9 mark", ["'", "a"]) { Self.trail($0).hasSuffix("GA 55/64#7") }
    // 10. Return to where that jump started.
    try step("10 return", ["'", "'"]) { Self.trail($0).hasSuffix("GA 55/64#PP6") }
    print("keystrokes for the ten-step reading task: \(keys) (40 with the keymap before issue 14)")
    #expect(keys == 32)
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}
