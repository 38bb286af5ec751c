import Foundation
import ResoluteUI

/// Reads the reader's config file (TOML, read with TOMLKit by `ReaderConfig(text:file:)`). A missing file is the standard config; an unreadable
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
    return ReaderConfig(text: text, file: path)
  }
}
