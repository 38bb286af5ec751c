#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ResolutionKit

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

  /// Writes `text` to standard output as it is (no newline added); sanitized when it is a terminal.
  static func write(_ text: String) {
    writeAll(STDOUT_FILENO, isTerminal ? VisibleText.sanitize(text) : text)
  }

  /// Writes one line to standard output.
  static func line(_ text: String = "") {
    write(text + "\n")
  }

  /// Writes one line to standard error; sanitized when it is a terminal.
  static func error(_ text: String) {
    writeAll(STDERR_FILENO, (errorIsTerminal ? VisibleText.sanitize(text) : text) + "\n")
  }

  private static func writeAll(_ descriptor: Int32, _ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        // The reader went away (`| head`) or the disk is full: nothing more can be said; stop quietly.
        exit(errno == EPIPE ? 0 : 1)
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
