import Foundation
import Testing

/// Reading across resolutions in the real binary in tmux: compare (`d`) on the bundled corpus's GA/ECOSOC pair on
/// strengthening technical cooperation, the reused language of the Fund paragraph (`r`), and the series (`t`).
extension TerminalTests {
  @Test("d compares ECOSOC 2004 with GA 55/64, its predecessor; r finds the Fund paragraph elsewhere; t shows the series")
  func compareReuseAndSeries() throws {
    let terminal = try TerminalTmux(width: 120, height: 40)
    try terminal.command(Self.browserCommand("--open ecosoc-2004-technical-cooperation-capacity.txt"))
    try terminal.waitFor("Strengthening the technical cooperation capacity")
    try terminal.press("d")
    try terminal.waitForScreen("the predecessor proposed") {
      TerminalTmux.bottomRow(of: $0).hasPrefix("Compare with: GA 55/64")
    }
    try terminal.press("Enter")
    var screen = try terminal.waitFor("PREAMBLE", "unchanged,")
    #expect(Self.trail(screen).hasSuffix("GA 55/64 → ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]"))
    // The one paragraph the two texts share, side by side at this width: old left, new right.
    try terminal.press("/")
    try terminal.type("PP7 → PP3")
    try terminal.press("Enter")
    screen = try terminal.waitForScreen("the changed row") { $0.contains("changed PP7 → PP3") }
    let sideBySide = screen.split(separator: "\n").filter { $0.contains("- PP7 ") && $0.contains("+ PP3 ") }
    #expect(!sideBySide.isEmpty, "old and new are not side by side:\n\(screen)")
    try terminal.press("BSpace")
    try terminal.waitForScreen("back on ECOSOC 2004") { !Self.trail($0).contains("→") }

    // The Fund paragraph of GA 55/64 and where its language recurs.
    try terminal.press(":")
    try terminal.type("GA 55/64#14")
    try terminal.press("Enter")
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.press("r")
    screen = try terminal.waitFor("Reused language of GA 55/64 · 14")
    #expect(Self.viewerText(screen).contains("Criminal Justice Fund"), "\(screen)")
    // The Commission's Fund paragraph is among the matches: find it, and follow it.
    try terminal.press("/")
    try terminal.type("CCPCJ 5/2 · 12")
    try terminal.press("Enter")
    screen = try terminal.waitForScreen("the CCPCJ match") { Self.viewerText($0).contains("CCPCJ 5/2 · 12") }
    #expect(Self.viewerText(screen).contains("earmarked contributions to the United Nations Crime Prevention"), "\(screen)")
    try terminal.press("Enter")
    screen = try terminal.waitForScreen("the match opened") { Self.trail($0).hasSuffix("Reuse GA 55/64#14 › CCPCJ 5/2#12") }
    try terminal.press("BSpace")
    try terminal.waitForScreen("back on the reuse page") { Self.trail($0).hasSuffix("› Reuse GA 55/64#14") }

    try terminal.press("BSpace", "t")
    screen = try terminal.waitFor("Series:", "GA 58/140")
    #expect(Self.viewerText(screen).contains("cited only"))
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}
