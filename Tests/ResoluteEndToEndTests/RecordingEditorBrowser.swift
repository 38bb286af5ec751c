import Foundation
import Testing

/// The browser in tmux with a `$VISUAL` that only writes down the arguments it was given, and a file to pipe into:
/// what `v` and `|` asked for, read back by the tests of both.
struct RecordingEditorBrowser {
  let scratch: TemporaryFolder
  let terminal: TerminalTmux
  let arguments: URL
  let piped: URL

  /// Starts the browser on the bundled corpus at `target` (`GA 55/64#7`) and waits for `heading`.
  init(open target: String, heading: String) throws {
    scratch = try TemporaryFolder()
    arguments = scratch.url.appendingPathComponent("editor-arguments")
    piped = scratch.url.appendingPathComponent("piped")
    let editor = try scratch.write("editor.sh", "#!/bin/sh\necho \"$@\" > \(shellQuoted(arguments.path))\n")
    chmod(editor.path, 0o755)
    terminal = try TerminalTmux()
    try terminal.command(
      TerminalTests.browserCommand("--open \(shellQuoted(target))", prefix: "VISUAL=\(shellQuoted(editor.path)) "))
    try terminal.waitFor(heading)
  }

  /// Presses `v` and returns what the editor was given once the browser has drawn `screen` again.
  func edit(thenSee screen: String) throws -> String {
    try terminal.press("v")
    try terminal.waitForScreen("back from the editor") {
      FileManager.default.fileExists(atPath: arguments.path) && $0.contains(screen)
    }
    return try String(contentsOf: arguments, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Pipes with `|` into the file and returns what arrived once the browser has drawn `screen` again.
  func pipe(thenSee screen: String) throws -> String {
    try terminal.press("|")
    try terminal.waitForScreen("the pipe prompt") { TerminalTmux.bottomRow(of: $0).hasPrefix("Pipe to:") }
    try terminal.type("cat > \(shellQuoted(piped.path))")
    try terminal.press("Enter")
    try terminal.waitFor("[Enter returns to resolute]")
    try terminal.press("Enter")
    try terminal.waitFor(screen)
    return try String(contentsOf: piped, encoding: .utf8)
  }
}
