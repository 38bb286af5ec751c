/// Why a corpus could not be loaded at all. Problems with single files are never errors: they become warnings.
public enum CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The folder does not exist.
  case folderMissing(path: String)
  /// The path exists but is a file or something else, not a folder.
  case notAFolder(path: String)
  /// The folder exists but cannot be listed (permissions, I/O error).
  case unreadable(path: String, reason: String)
  /// A single file to show cannot be read.
  case fileUnreadable(path: String, reason: String)
  /// No folder was given and none could be found by default.
  case noCorpusGiven

  public var description: String {
    switch self {
    case .folderMissing(let path):
      return "corpus folder '\(path)' does not exist; check the path, or pass the folder that holds the resolution files"
    case .notAFolder(let path):
      return "'\(path)' is not a folder; pass the folder that holds the resolution files "
        + "(to read one file, use `resolute show \(path)`)"
    case .unreadable(let path, let reason):
      return "cannot read corpus folder '\(path)': \(reason); check its permissions"
    case .fileUnreadable(let path, let reason):
      return "cannot read '\(path)': \(reason)"
    case .noCorpusGiven:
      return "no corpus folder: pass one (e.g. `resolute list PATH` or `--corpus PATH`), "
        + "run from a directory that has a `corpus/` folder, or set RESOLUTE_CORPUS=/path/to/folder"
    }
  }
}
