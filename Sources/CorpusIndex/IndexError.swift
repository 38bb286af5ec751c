/// Why the index could not be opened or brought up to date. Each message names the path and what the user can do.
public enum IndexError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder meant to hold the index cannot be created or written.
  case cacheNotWritable(folder: String, reason: String)
  /// The index file cannot be opened, even after deleting and recreating it.
  case cannotOpen(path: String, reason: String)
  /// Writing to the index failed (disk full, permissions changed, file removed under it).
  case writeFailed(path: String, reason: String)
  /// The corpus folder itself cannot be read.
  case corpusUnreadable(path: String, reason: String)
  /// `--index PATH` names an existing file that is not a Resolute index: it is left alone.
  case notAnIndex(path: String)

  public var description: String {
    switch self {
    case .cacheNotWritable(let folder, let reason):
      "cannot write the index folder \(folder): \(reason); set XDG_CACHE_HOME to a writable folder or name an index "
        + "file with --index PATH"
    case .cannotOpen(let path, let reason):
      "cannot open the index at \(path): \(reason); delete the file (it is only a cache) or name another with --index PATH"
    case .writeFailed(let path, let reason):
      "cannot write the index at \(path): \(reason); check the free space and permissions there, or name another "
        + "index file with --index PATH"
    case .corpusUnreadable(let path, let reason):
      "cannot index the corpus \(path): \(reason)"
    case .notAnIndex(let path):
      "\(path) exists and is not a Resolute index; it is left as it is: name a new file or an existing index with "
        + "--index PATH"
    }
  }
}
