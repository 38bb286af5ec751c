import Foundation
import ResolutionKit

/// Where an index lives: in the user's cache folder, one folder per corpus, never inside the corpus (which may be
/// read-only, and which the browser never writes into).
enum IndexLocation {
  /// `$XDG_CACHE_HOME/resolute/<name>-<hash>/index.sqlite`, else the same under `$HOME/.cache`, else under
  /// `$TMPDIR/resolute-cache-<uid>` (a private folder, see `PrivateFolder`).
  static func defaultPath(forCorpus path: String, environment: [String: String]) -> String {
    let canonical = canonicalPath(path)
    let cache: String
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      // The XDG specification says a relative value is invalid and must be ignored.
      cache = xdg
    } else if let home = environment["HOME"], !home.isEmpty {
      cache = join(home, ".cache")
    } else {
      // Shared temporary folder: only a folder of this user's alone (0700, owned, not a link) is used.
      cache = PrivateFolder.path(named: "resolute-cache-\(getuid())", environment: environment)
    }
    let base = canonical.split(separator: "/").last.map(String.init) ?? "root"
    let name = String(base.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(40))
    return join(join(join(cache, "resolute"), "\(name)-\(shortHash(canonical))"), "index.sqlite")
  }

  /// The absolute path with links resolved; for a folder that does not exist, the absolute path as written.
  static func canonicalPath(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    var absolute = path.hasPrefix("/") ? path : join(FileManager.default.currentDirectoryPath, path)
    while absolute.count > 1 && absolute.hasSuffix("/") { absolute.removeLast() }
    return absolute
  }

  /// 12 hex digits of FNV-1a 64: stable across runs and machines, unlike `Hasher`.
  static func shortHash(_ text: String) -> String {
    let hash = FNV1a.hash(text.utf8)
    let hex = String(hash, radix: 16)
    return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
