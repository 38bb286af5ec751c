/// Something wrong in the config file, with where it is. The browser shows the first on its status line and the
/// executable prints them all after the session; the rest of the file still applies.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}
