/// Why the browser could not take over the terminal. Each message says what to do instead.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Standard input or output is a pipe or a file, so there is no one to read keys from or draw for.
  case notATerminal(stream: String)
  /// `/dev/tty` could not be opened (no controlling terminal, e.g. under cron or CI).
  case noControllingTerminal(reason: String)
  /// ncurses has no terminfo entry for `$TERM`.
  case unknownTerminalType(String)
  /// The terminal cannot move its cursor (e.g. `TERM=dumb`), so a full-screen program cannot draw on it.
  case cannotAddressCursor(String)

  public var description: String {
    switch self {
    case .notATerminal(let stream):
      "the browser needs a terminal, but \(stream) is not one; "
        + "to print resolutions in a script use `resolute list`, `resolute show` or `resolute search`"
    case .noControllingTerminal(let reason):
      "the browser needs a terminal, but /dev/tty cannot be opened (\(reason)); "
        + "run it from an interactive shell, or use `resolute list`/`show` in scripts"
    case .unknownTerminalType(let name):
      "the terminal type '\(name)' is unknown to ncurses; try `TERM=xterm-256color resolute …` or `TERM=vt100`"
    case .cannotAddressCursor(let name):
      "the terminal type '\(name)' cannot move the cursor, so the full-screen browser cannot run on it; "
        + "use `resolute show` to print a resolution, or set TERM to your real terminal (e.g. `TERM=vt100`)"
    }
  }
}
