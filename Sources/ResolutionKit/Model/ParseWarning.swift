/// Something the parser or loader noticed and the user may want to fix; never fatal.
public struct ParseWarning: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable { case error, warning, note }

  public var file: String
  /// 1-based line, when the problem has one.
  public var line: Int?
  public var severity: Severity
  public var message: String

  public init(file: String, line: Int?, severity: Severity = .warning, message: String) {
    self.file = file
    self.line = line
    self.severity = severity
    self.message = message
  }

  /// `corpus/x.txt:12: warning: …`, the form compilers use so editors can jump to it.
  public var description: String {
    // One line, always: a newline in a file name or a message must not forge another finding.
    let place = line.map { "\(file):\($0)" } ?? file
    return VisibleText.oneLine("\(place): \(severity.rawValue): \(message)")
  }
}
