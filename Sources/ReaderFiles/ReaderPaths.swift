import Foundation
import ResolutionKit

/// Where the reader's own files live (XDG base directories), never inside a corpus:
/// `$XDG_CONFIG_HOME/resolute/config.toml` (default `~/.config`) and `$XDG_STATE_HOME/resolute/state.json`
/// (default `~/.local/state`). A relative XDG value is invalid by the specification and ignored.
public enum ReaderPaths {
  public static func configFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    folder("XDG_CONFIG_HOME", fallback: ".config", environment: environment) + "/resolute/config.toml"
  }

  public static func stateFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    folder("XDG_STATE_HOME", fallback: ".local/state", environment: environment) + "/resolute/state.json"
  }

  private static func folder(_ variable: String, fallback: String, environment: [String: String]) -> String {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    if let home = environment["HOME"], home.hasPrefix("/") { return home + "/" + fallback }
    return privateFolder(environment: environment) + "/" + fallback
  }

  /// With neither HOME nor XDG set: `$TMPDIR/resolute-<uid>`, a folder of this user's alone (see `PrivateFolder`).
  static func privateFolder(environment: [String: String]) -> String {
    PrivateFolder.path(named: "resolute-\(getuid())", environment: environment)
  }

  /// The key a corpus's state is kept under: its absolute path with links resolved.
  public static func corpusKey(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }
}
