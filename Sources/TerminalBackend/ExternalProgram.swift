import Foundation
import ResoluteUI

/// Runs what the browser asks for outside the screen (`ExternalCommand`): the reader's editor, a pipe. The caller has left curses mode (`endwin`) and redraws everything afterwards.
enum ExternalProgram {
  /// Runs `action` with the terminal, and waits for it. A pipe's output stays on the screen until Enter.
  static func run(_ action: ExternalCommand.Action) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let environment = ProcessInfo.processInfo.environment
    var input: Data?
    var waitForEnter = false
    switch action {
    case .edit(let file, let line):
      // The file and the line are arguments, never spliced into the script: nothing in a path is run.
      process.arguments = ["-c", "exec ${VISUAL:-${EDITOR:-vi}} +\"$1\" \"$2\"", "sh", String(line), file]
    case .pipe(let command, let text):
      process.arguments = ["-c", command]
      input = Data(text.utf8)
      waitForEnter = true
    }
    process.environment = environment
    let pipe = Pipe()
    if input != nil { process.standardInput = pipe }
    do {
      try process.run()
    } catch {
      FileHandle.standardError.write(Data("resolute: could not start /bin/sh: \(error)\n".utf8))
      waitForReturn()
      return
    }
    if let input {
      // Written from another thread: a command that reads little (`head -1`) must not block the browser.
      let handle = pipe.fileHandleForWriting
      Thread.detachNewThread {
        try? handle.write(contentsOf: input)
        try? handle.close()
      }
    }
    process.waitUntilExit()
    if process.terminationStatus != 0 {
      FileHandle.standardOutput.write(Data("\nresolute: the command ended with status \(process.terminationStatus)\n".utf8))
      waitForEnter = true
    }
    if waitForEnter { waitForReturn() }
  }

  private static func waitForReturn() {
    FileHandle.standardOutput.write(Data("\n[Enter returns to resolute]".utf8))
    _ = readLine()
  }
}
