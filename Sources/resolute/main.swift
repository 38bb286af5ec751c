#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser

// A closed pipe (`resolute list | head -1`) must end the program quietly: with SIGPIPE ignored, writes fail with
// EPIPE and `Output` exits with status 0 instead of the process being killed.
signal(SIGPIPE, SIG_IGN)
// The argument parser's own messages (errors, help) go through `Output` like everything else: sanitized (a bad
// value such as `--format $'\e]0;X\a'` is echoed as `^[]0;X^G`), and a failed write (`--help > /dev/full`) is an
// error with a message, not a silent success.
do {
  var command = try Resolute.parseAsRoot()
  try command.run()
} catch {
  let code = Resolute.exitCode(for: error)
  let message = Resolute.fullMessage(for: error)
  if code == .success {
    if !message.isEmpty { Output.line(message) }
  } else if !message.isEmpty {
    Output.error(message)
  }
  exit(code.rawValue)
}
