import Foundation
import GRDB
import ResolutionKit

/// A search of a corpus's index as it stands, on a read-only connection of its own, asked before the index is opened
/// for use. Opening it (the writer's connection, write-ahead log set-up, the lock, validation) costs more than the
/// query, so `resolute search` first asks here, with the freshness check an update would begin with: when the folder
/// is as the index's freshness record says and no hit's file changed, the answer is final and the index is never
/// opened for writing. Otherwise the caller opens it, brings it up to date, and keeps these hits only when the index
/// still has the generation they came from.
public enum ReadOnlySearch {
  /// What the search found, and whether it can be trusted as it is.
  public struct Answer: Sendable {
    public var hits: [SearchHit]
    /// The index's generation the hits were read at.
    public var generation: Int64
    /// The index was complete, the folder as recorded, and every hit's file as the index holds it: an update would
    /// change nothing these hits depend on.
    public var isUpToDate: Bool
    /// When the folder check trusted an earlier comparison of every file (see `IndexedCorpus.update`): how many
    /// seconds ago that was.
    public var secondsSinceFilesCompared: Double?
  }

  /// The hits for `query` from the index of `corpusPath` (at `indexPath`, else where the corpus's index lives), checked
  /// against the folder as `IndexedCorpus.update(trustingFilesComparedWithin:)` would check it; nil when there is no
  /// such index, it is not a regular file, it is of another schema, corpus or parser, or it cannot be read. Never
  /// writes to the index, never waits for a lock, never blocks on a FIFO.
  public static func search(
    _ query: SearchQuery, limit: Int, corpusPath: String, indexPath: String?,
    trustingFilesComparedWithin window: Double? = nil
  ) -> Answer? {
    let path =
      indexPath ?? IndexLocation.defaultPath(forCorpus: corpusPath, environment: ProcessInfo.processInfo.environment)
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
      IndexDatabase.headerProblem(path) == nil
    else { return nil }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(IndexDatabase.busyTimeout)
    configuration.prepareDatabase { db in StoredLengthRank.register(db) }
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db in
        guard try IndexDatabase.problem(db, corpus: IndexLocation.canonicalPath(corpusPath)) == nil else {
          return nil
        }
        let prefix = IndexSnapshot.filePrefix(corpusPath)
        let generation = try IndexSnapshot.generation(db)
        var answer = Answer(
          hits: try IndexSearch.search(query, limit: limit, prefix: prefix, db), generation: generation,
          isUpToDate: false)
        // Within this read the index stays at `generation`, the one the record must have been written for.
        guard try IndexSnapshot.isComplete(db),
          let found = FolderCheck.unchanged(
            root: corpusPath, indexPath: path, owner: FolderCheck.owner(indexPath: path, generation: generation),
            threads: ProcessInfo.processInfo.activeProcessorCount,
            trustingFilesComparedWithin: window.map { Int64($0 * 1e9) })
        else { return answer }
        // Only the folders were compared: a hit's file rewritten in place since must not be shown as it was.
        if found.filesComparedAt != nil,
          !(try IndexSnapshot.changedFiles(among: answer.hits.map(\.file), prefix: prefix, root: corpusPath, db))
            .isEmpty
        {
          return answer
        }
        answer.isUpToDate = true
        answer.secondsSinceFilesCompared = found.secondsSinceFilesCompared
        return answer
      }
    } catch {
      return nil
    }
  }
}
