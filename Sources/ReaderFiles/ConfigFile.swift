import Foundation
import ResoluteUI
import ResolutionKit

/// Reads the reader's config file with TOMLKit (`TOMLDocument`). A missing file is the standard config; an unreadable
/// one, a syntax error or a value of the wrong kind is a problem naming its line; the rest still applies.
public enum ConfigFile {
  public static func load(path: String) -> ReaderConfig {
    guard FileManager.default.fileExists(atPath: path) else {
      var config = ReaderConfig()
      config.file = path
      return config
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      var config = ReaderConfig()
      config.file = path
      config.problems = [ConfigProblem(file: path, line: 0, message: "cannot be read")]
      return config
    }
    guard let text = String(data: data, encoding: .utf8) else {
      var config = ReaderConfig()
      config.file = path
      config.problems = [ConfigProblem(file: path, line: 0, message: "is not UTF-8 text")]
      return config
    }
    return read(text, file: path)
  }

  /// The config in `text`, read as TOML: `[keys]` and `[colors]` of strings, arrays of strings, or integers.
  public static func read(_ text: String, file: String) -> ReaderConfig {
    let document = TOMLDocument(text)
    var problems = document.problems.map { ConfigProblem(file: file, line: $0.line, message: $0.message) }
    var entries: [ConfigEntry] = []
    for entry in document.entries {
      let line = entry.line ?? 0
      guard entry.table.count <= 1 else {
        problems.append(
          ConfigProblem(file: file, line: line, message: "“\(entry.key)” is in a nested table; use [keys] or [colors]"))
        continue
      }
      let values: [String]?
      switch entry.value {
      case .string(let text): values = [text]
      case .integer(let number): values = [String(number)]
      case .array(let items):
        let texts = items.compactMap { item -> String? in
          switch item {
          case .string(let text): text
          case .integer(let number): String(number)
          default: nil
          }
        }
        values = texts.count == items.count ? texts : nil
      default: values = nil
      }
      guard let values else {
        problems.append(
          ConfigProblem(
            file: file, line: line,
            message: "“\(entry.key)” is \(entry.value.typeName); write a string (\"o\") or an array ([\"u\", \"Backspace\"])"))
        continue
      }
      entries.append(
        ConfigEntry(section: entry.table.first?.lowercased() ?? "", name: entry.key, values: values, line: line))
    }
    return ReaderConfig(entries: entries, problems: problems, file: file)
  }
}
