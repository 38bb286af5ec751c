import ResolutionKit

/// The source while it fills (an index being built): whether it had finished at the last look, its progress line, how
/// long since the list was rebuilt from it, and an `--open` target not listed yet (BrowserSession+Filling.swift).
struct SourceFilling: Hashable, Sendable {
  /// Whether the source had finished filling at the last look; ticks are wanted until it has.
  var isComplete: Bool
  /// The progress line while it fills (`indexing 3,200 of 10,000 files`).
  var progress: String?
  /// Ticks since the list was last rebuilt from the source (big lists are rebuilt every few ticks only).
  var ticksSinceListRebuild = 0
  /// An `--open` target not in the source yet: opened when the source lists it, unless the reader moved on.
  var pendingOpen: String?
  /// `G` was pressed while the list fills: the selection stays on the last row as rows arrive (the end the reader
  /// asked for is the whole list's), until the next key.
  var followsEnd = false

  /// The source as it is now. Completeness first: a source that completes while the list is read is then looked at
  /// again on the next tick.
  init(lookingAt source: any CorpusSource) {
    isComplete = source.isComplete
    progress = isComplete ? nil : source.progress
  }
}
