/// One `name = value` of the config file, as ReaderFiles read it (with TOMLKit): its section, its values as text
/// (a string, or each string of an array; integers as written) and its line, for problems.
public struct ConfigEntry: Hashable, Sendable {
  public var section: String
  public var name: String
  public var values: [String]
  public var line: Int

  public init(section: String, name: String, values: [String], line: Int) {
    self.section = section
    self.name = name
    self.values = values
    self.line = line
  }

  /// How names are compared: case-insensitive, `_` the same as `-` (`next_link`, `Next-Link`, `next-link`).
  static func normalizedName(_ name: String) -> String { String(name.lowercased().map { $0 == "_" ? "-" : $0 }) }
}
