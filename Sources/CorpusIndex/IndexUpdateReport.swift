/// What one `IndexedCorpus.update` did.
public struct IndexUpdateReport: Hashable, Sendable {
  /// Files new to the index, files whose size, time or catalog entry changed, files gone from the folder, and files
  /// left as they were.
  public var added: Int
  public var changed: Int
  public var removed: Int
  public var unchanged: Int
  /// Wall-clock time the update took.
  public var seconds: Double
  /// Problems the index holds after the update (as `IndexedCorpus.warnings.count`).
  public var warnings: Int
  /// True when another process was updating the index, so this one only re-read what that process had committed.
  public var updatedElsewhere: Bool
  /// Set when this update compared only the folders, trusting the last comparison of every file (within the window
  /// its caller allowed): how long ago that was. A file rewritten in place since may not be reflected. Nil when every
  /// file was compared.
  public var secondsSinceFilesCompared: Double?

  public init(
    added: Int = 0, changed: Int = 0, removed: Int = 0, unchanged: Int = 0, seconds: Double = 0, warnings: Int = 0,
    updatedElsewhere: Bool = false
  ) {
    self.added = added
    self.changed = changed
    self.removed = removed
    self.unchanged = unchanged
    self.seconds = seconds
    self.warnings = warnings
    self.updatedElsewhere = updatedElsewhere
  }
}
