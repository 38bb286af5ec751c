#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A folder of this user's alone under the temporary folder, for when HOME and XDG are unset: the reader's state and
/// the index cache go there, and nobody else may plant a file or a link in it.
public enum PrivateFolder {
  /// `$TMPDIR/<name>` (else `/tmp/<name>`) when it is a real folder (not a link) owned by this user with mode 0700,
  /// made so when absent. When the name is taken by anything else (another user's folder, a link, a folder others can
  /// write), a fresh private folder `<name>-XXXXXX` is made instead (`mkdtemp`), so nothing is ever written where
  /// another user can plant files.
  public static func path(named name: String, environment: [String: String]) -> String {
    var temporary = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
    while temporary.count > 1, temporary.hasSuffix("/") { temporary.removeLast() }
    let folder = (temporary == "/" ? "" : temporary) + "/" + name
    mkdir(folder, 0o700)
    if isPrivate(folder) { return folder }
    var template = Array((folder + "-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    return made.map { String(cString: $0) } ?? folder
  }

  /// A folder (not a link to one) of this user's that nobody else can read or write.
  static func isPrivate(_ folder: String) -> Bool {
    var status = stat()
    return lstat(folder, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR && status.st_uid == getuid()
      && status.st_mode & 0o077 == 0
  }
}
