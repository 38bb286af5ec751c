/// Where a command finds its corpus when the user does not name one.
public enum CorpusLocation {
  /// The environment variable that names a default corpus folder.
  public static let environmentVariable = "RESOLUTE_CORPUS"
  /// The folder looked for in the current directory.
  public static let defaultFolder = "corpus"

  /// The folder to load: `explicit` when given, else `./corpus` when it exists, else `$RESOLUTE_CORPUS`.
  public static func resolve(explicit: String?) throws(CorpusError) -> String {
    try resolve(
      explicit: explicit, environment: FileSystem.environment(environmentVariable),
      exists: { if case .success = FileSystem.status($0, followingLinks: true) { true } else { false } })
  }

  /// The same decision with the environment and file system passed in (for tests).
  public static func resolve(
    explicit: String?, environment: String?, exists: (String) -> Bool
  ) throws(CorpusError) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if exists(defaultFolder) { return defaultFolder }
    if let environment, !environment.isEmpty { return environment }
    throw .noCorpusGiven
  }
}
