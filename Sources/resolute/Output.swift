#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ResolutionKit
import ResoluteUI

/// Everything the commands print goes through here, so that text from files reaches a terminal only in visible form
/// and a closed pipe ends the program quietly.
enum Output {
  /// True when standard output is a terminal: text is then sanitized and may be wrapped to its width.
  static let isTerminal = isatty(STDOUT_FILENO) == 1
  static let errorIsTerminal = isatty(STDERR_FILENO) == 1

  /// The terminal's width in columns, or nil when standard output is not a terminal.
  static var terminalWidth: Int? {
    guard isTerminal else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
    return 80
  }

  /// Writes `text` to standard output (no newline added), sanitized wherever it goes: a file or pipe read later with
  /// `cat` is a terminal too. Control characters other than newline and tab, C1 and bidi controls become visible
  /// stand-ins; JSON escapes them itself, so it passes unchanged.
  static func write(_ text: String) {
    writeAll(STDOUT_FILENO, asciiOnly ? TerminalColumns.ascii(VisibleText.sanitize(text)) : VisibleText.sanitize(text))
  }

  /// True under a locale that names a character set other than UTF-8 (`LC_ALL=C`, `LANG=en_US.ISO-8859-1`): text is
  /// then folded to ASCII as the browser folds it, and JSON escapes every non-ASCII character, since bytes such as
  /// 0x9B (inside `ћ`) are CSI to a terminal that honours 8-bit C1. With no locale variable set at all, UTF-8 is
  /// assumed, as most systems are.
  static let asciiOnly: Bool = {
    let variables = ["LC_ALL", "LC_CTYPE", "LANG"]
    guard let value = variables.lazy.compactMap({ getenv($0).map { String(cString: $0) } }).first(where: { !$0.isEmpty })
    else { return false }
    let lowered = value.lowercased()
    return !(lowered.contains("utf-8") || lowered.contains("utf8"))
  }()

  /// Writes one line to standard output.
  static func line(_ text: String = "") {
    write(text + "\n")
  }

  /// Writes one line to standard error, sanitized wherever it goes.
  static func error(_ text: String) {
    writeAll(STDERR_FILENO, (asciiOnly ? TerminalColumns.ascii(VisibleText.sanitize(text)) : VisibleText.sanitize(text)) + "\n")
  }

  private static func writeAll(_ descriptor: Int32, _ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        // The reader went away (`| head`): stop quietly. Anything else (a full disk, /dev/full) is said on standard
        // error, once, and is a failure.
        if errno == EPIPE { exit(0) }
        let reason = String(cString: strerror(errno))
        if descriptor != STDERR_FILENO {
          let message = Array("resolute: cannot write output: \(reason)\n".utf8)
          _ = message.withUnsafeBytes { systemWrite(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        exit(1)
      }
      bytes = bytes.dropFirst(written)
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
