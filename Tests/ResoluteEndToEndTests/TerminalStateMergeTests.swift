import Foundation
import Testing

/// Issue 14's loss, on the real binary: a browser open, `resolute marks set` from a shell, then `m` in the browser:
/// both marks are kept (every save re-reads the file and merges under the lock).
extension TerminalTests {
  @Test("A mark set by the CLI while a browser is open survives the browser's next save, and the reverse")
  func browserAndCommandLineMerge() throws {
    let scratch = try TemporaryFolder()
    let state = try scratch.makeFolder("state")
    let environment = ["XDG_STATE_HOME": state.path]
    let corpus = Resolute.corpus.path
    let terminal = try TerminalTmux()
    try terminal.command(Self.browserCommand("--open 'GA 55/64#7'", prefix: "XDG_STATE_HOME=\(shellQuoted(state.path)) "))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")

    let set = try Resolute.run(["marks", "set", "1", "GA 55/64#2", "--corpus", corpus], environment: environment)
    #expect(set.status == 0, "\(set.stderr)")
    try terminal.press("m", "x")
    try terminal.waitForScreen("the mark set") { TerminalTmux.bottomRow(of: $0).contains("Mark x:") }
    var list = try Resolute.run(["marks", "--corpus", corpus], environment: environment)
    #expect(list.stdout.contains("1  GA 55/64#2"), "the CLI's mark was erased:\n\(list.stdout)")
    #expect(list.stdout.contains("x  GA 55/64#7"), "\(list.stdout)")

    // The CLI removes its mark and sets another while the browser is still open; the browser saves again.
    #expect(try Resolute.run(["marks", "remove", "1", "--corpus", corpus], environment: environment).status == 0)
    #expect(try Resolute.run(["marks", "set", "q", "GA 55/64#3", "--corpus", corpus], environment: environment).status == 0)
    try terminal.press("m", "r")
    try terminal.waitForScreen("the second mark set") { TerminalTmux.bottomRow(of: $0).contains("Mark r:") }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
    list = try Resolute.run(["marks", "--corpus", corpus], environment: environment)
    let names = Set(list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
    #expect(names == ["q", "r", "x"], "\(list.stdout)")
  }
}
