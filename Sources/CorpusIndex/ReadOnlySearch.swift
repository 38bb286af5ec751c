import Foundation
import GRDB
import ResolutionKit

/// A search of a corpus's index as it stands, on a read-only connection of its own, asked before the index is opened
/// for use: opening it (the writer's connection, write-ahead log set-up, validation) costs about what the query does,
/// so `resolute search` runs the two side by side. The answer comes with the index's generation, and the caller keeps
/// it only when the opened index, brought up to date, still has that generation; otherwise it searches again.
public enum ReadOnlySearch {
  /// The hits for `query` and the index's generation, from the index of `corpusPath` (at `indexPath`, else where the
  /// corpus's index lives); nil when there is no such index, it is not a regular file, it is of another schema, corpus
  /// or parser, or it cannot be read. Never writes, never waits for a lock, never blocks on a FIFO.
  public static func search(
    _ query: SearchQuery, limit: Int, corpusPath: String, indexPath: String?
  ) -> (hits: [SearchHit], generation: Int64)? {
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
        return (try IndexSearch.search(query, limit: limit, prefix: prefix, db), try IndexSnapshot.generation(db))
      }
    } catch {
      return nil
    }
  }
}
