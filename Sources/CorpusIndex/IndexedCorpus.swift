import Foundation
import GRDB
import ResolutionKit

/// A corpus read through a persistent SQLite index, so that a folder of 100,000 files opens at once.
///
/// Opening reads only what the index already holds (the list and the absent resolutions); `update` or
/// `startUpdating` then brings it up to date with the folder, parsing only files whose size, time or catalog entry
/// changed, and the list fills as each batch is committed. Paragraph texts and citations stay on disk; a resolution
/// is parsed from its file when it is opened, so it shows what the file says now.
///
/// Many processes may read one index; a lock file beside it lets one at a time update it.
public final class IndexedCorpus: CorpusSource, @unchecked Sendable {
  public let root: String
  /// The database file.
  public let indexPath: String
  /// The corpus folder with links resolved: what the index is for.
  let canonicalRoot: String
  /// `corpus/`: what stored relative paths are shown under.
  let prefix: String
  let pool: DatabasePool
  let lock: IndexLock
  /// Held by the update running in this instance.
  let updateGate = NSLock()

  /// Everything below is guarded by `mutex`; the database has its own locking.
  private let mutex = NSLock()
  private var snapshot: IndexSnapshot
  private var revisionValue = 0
  private var complete = true
  private var progressText: String?
  private var noticeLines: [String]
  private var warningsCache: (revision: Int, warnings: [ParseWarning])?
  /// `IndexQueries.laterHolders` of a revision: read once, not on every count of citing files.
  private var laterHoldersCache: (revision: Int, rows: Set<Int64>)?
  private var cache = ResolutionCache(capacity: 32)
  private var catalogCache: (stamp: String, entries: [String: [CatalogEntry]])?
  private var updating = false
  private let finished = NSCondition()

  /// Where the index of the corpus in `path` lives unless told otherwise: `$XDG_CACHE_HOME/resolute/<name>-<hash>/`,
  /// else `$HOME/.cache/resolute/…`, named after the folder and a hash of its absolute path. Never inside the corpus.
  public static func defaultIndexPath(
    forCorpus path: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    IndexLocation.defaultPath(forCorpus: path, environment: environment)
  }

  /// Opens the index of the corpus in `corpusPath` (creating it when missing) and reads what it holds; does not look
  /// at the folder. An index that is corrupt, cut short, of another schema or made for another folder is rebuilt
  /// empty, with a line in `notices`. `loadingList: false` leaves the list unread (empty) for a caller that only
  /// searches: at 100,000 files reading it costs more than the search; an update that changes anything reads it.
  /// `firstRows: N` reads only the first N rows of the list (a first screen): the source is then not complete, and
  /// `startUpdating` (or `completeList`) reads the rest before it looks at the folder. Ids and files are looked up in
  /// the database, so those beyond the rows read (`--open`, citations, the last place) are found meanwhile.
  ///
  /// `namedByUser` (for `--index PATH`): an existing file at `indexPath` that is not a Resolute index is refused, never
  /// deleted and overwritten.
  public init(
    corpusPath: String, indexPath: String? = nil, loadingList: Bool = true, firstRows: Int? = nil,
    namedByUser: Bool = false
  ) throws(IndexError) {
    root = corpusPath
    canonicalRoot = IndexLocation.canonicalPath(corpusPath)
    prefix = IndexSnapshot.filePrefix(corpusPath)
    let path = indexPath ?? IndexLocation.defaultPath(forCorpus: corpusPath, environment: ProcessInfo.processInfo.environment)
    self.indexPath = path
    var (pool, notices) = try IndexDatabase.open(path: path, corpus: canonicalRoot, named: namedByUser && indexPath != nil)
    var loaded: IndexSnapshot
    do {
      loaded = try pool.read { db in
        guard loadingList else { return try IndexSnapshot.unloaded(db) }
        if let firstRows { return try IndexSnapshot.loadFirst(db, root: corpusPath, count: firstRows) }
        return try IndexSnapshot.load(db, root: corpusPath)
      }
    } catch {
      // The header looked sound but the content is not (a page cut or overwritten): start again.
      notices.append("the index at \(path) was corrupt (\(IndexDatabase.reason(error))); rebuilding it")
      try? pool.close()
      try IndexDatabase.remove(path)
      (pool, _) = try IndexDatabase.open(path: path, corpus: canonicalRoot)
      loaded = IndexSnapshot()
    }
    self.pool = pool
    snapshot = loaded
    if loaded.isPartial {
      complete = false
      progressText = Self.readingListProgress
    }
    noticeLines = notices
    lock = IndexLock(path: path + ".lock")
  }

  /// The writer connection's count of changed rows at the last checkpoint (read and written on the writer's queue).
  private let checkpointed = CheckpointedChanges()

  deinit {
    checkpoint()
    try? pool.close()
  }

  /// Moves the write-ahead log into the database file, so the file alone holds the index (copies, backups) and the
  /// log stays small. Fails harmlessly while another process is reading. Only after this connection changed rows
  /// since the last time: a log emptied here makes the next open write one (GRDB keeps a log present for its
  /// readers), and a command that only read must leave the index as it found it.
  func checkpoint() {
    let checkpointed = self.checkpointed
    _ = try? pool.writeWithoutTransaction { db in
      let changes = db.totalChangesCount
      guard changes != checkpointed.changes else { return }
      try db.checkpoint(.truncate)
      checkpointed.changes = changes
    }
  }

  // MARK: - State

  /// What happened to the index that the user should know: rebuilt indexes, failed background updates.
  public var notices: [String] { locked { noticeLines } }

  public var summaries: [ResolutionSummary] { locked { snapshot.summaries } }
  public var absentSummaries: [AbsentSummary] { locked { snapshot.absent } }
  public var revision: Int { locked { revisionValue } }
  var snapshotGeneration: Int64 { locked { snapshot.generation } }
  /// False while the list was never read (`loadingList: false` and no update that changed anything).
  var isListLoaded: Bool { locked { snapshot.generation >= 0 } }
  public var isComplete: Bool { locked { complete } }
  /// The index's generation now (every committed write bumps it); nil when it cannot be read.
  public var currentGeneration: Int64? { try? pool.read { db in try IndexSnapshot.generation(db) } }
  public var progress: String? { locked { progressText } }

  public var warnings: [ParseWarning] {
    let current = revision
    if let cached = locked({ warningsCache }), cached.revision == current { return cached.warnings }
    let loaded = (try? pool.read { db in try IndexQueries.warnings(db, prefix: prefix) }) ?? []
    locked { warningsCache = (current, loaded) }
    return loaded
  }

  public var unreadableCount: Int { (try? pool.read { db in try IndexQueries.unreadableCount(db) }) ?? 0 }

  func locked<T>(_ body: () throws -> T) rethrows -> T {
    mutex.lock()
    defer { mutex.unlock() }
    return try body()
  }

  func addNotice(_ line: String) { locked { noticeLines.append(line) } }

  func setProgress(_ text: String?) { locked { progressText = text } }

  /// Replaces what the list shows and tells pollers it changed.
  func publish(_ change: (inout IndexSnapshot) -> Void) {
    locked {
      change(&snapshot)
      revisionValue += 1
      cache.removeAll()
    }
  }

  static let readingListProgress = "reading the list"

  /// Reads the rest of a list read in part (`firstRows`), publishing it as a new revision; nothing when it is whole.
  public func completeList() {
    guard locked({ snapshot.isPartial }) else { return }
    reloadIfChanged()
  }

  /// Reads the index again when another process changed it since we last did, or when only its head was read.
  func reloadIfChanged() {
    guard let generation = try? pool.read({ db in try IndexSnapshot.generation(db) }),
      generation != locked({ snapshot.generation }) || locked({ snapshot.isPartial })
    else { return }
    guard let loaded = try? pool.read({ db in try IndexSnapshot.load(db, root: root) }) else { return }
    publish { $0 = loaded }
  }

  // MARK: - Updating

  /// Brings the index up to date with the folder, on this thread. When another process is updating it, only reads
  /// what that process has committed so far (`updatedElsewhere` in the report).
  ///
  /// `trustingFilesComparedWithin`: when every file was compared with the index less than this many seconds ago,
  /// compare only the folders and the catalog (added, removed and renamed files are seen; a file rewritten in place
  /// is not), and say how long ago in the report (`secondsSinceFilesCompared`). Nil: compare every file.
  @discardableResult
  public func update(
    threads: Int = ProcessInfo.processInfo.activeProcessorCount, trustingFilesComparedWithin window: Double? = nil
  ) throws(IndexError) -> IndexUpdateReport {
    completeList()
    return try IndexUpdate(
      corpus: self, threads: threads, trustingFilesComparedWithin: window.map { Int64($0 * 1e9) }
    ).run(waitForLock: false)
  }

  /// `update()`, making champion lists from `championThreshold` paragraphs, not `ChampionLists.minimumParagraphs`.
  @discardableResult
  func update(championThreshold: Int) throws(IndexError) -> IndexUpdateReport {
    completeList()
    var update = IndexUpdate(corpus: self, threads: ProcessInfo.processInfo.activeProcessorCount)
    update.championThreshold = championThreshold
    return try update.run(waitForLock: false)
  }

  /// The files among `files` (as hits name them) whose size or time differ from what the index holds, or that are
  /// gone or not in the index: one `stat` each.
  public func changedFiles(among files: [String]) -> [String] {
    (try? pool.read { db in try IndexSnapshot.changedFiles(among: files, prefix: prefix, root: root, db) })
      ?? Array(Set(files)).sorted()
  }

  /// Updates on a background thread: `isComplete` is false and `progress` says how far it is until it ends. When
  /// another process holds the lock, waits for it to finish, then updates (usually finding nothing to do). Errors go
  /// to `notices`.
  public func startUpdating() {
    let alreadyRunning = locked {
      if updating { return true }
      updating = true
      complete = false
      progressText = snapshot.isPartial ? Self.readingListProgress : "opening the index"
      return false
    }
    guard !alreadyRunning else { return }
    let thread = Thread { [self] in
      // The list first (a first screen read only its head), then the folder: the reader sees every row sooner.
      completeList()
      setProgress("opening the index")
      do {
        _ = try IndexUpdate(corpus: self, threads: ProcessInfo.processInfo.activeProcessorCount).run(waitForLock: true)
      } catch {
        addNotice("the index could not be updated: \(error)")
      }
      // The pages the list and the folder check read stay cached in every connection otherwise (a few MB).
      pool.releaseMemory()
      finished.lock()
      locked {
        updating = false
        complete = true
        progressText = nil
        revisionValue += 1
      }
      finished.broadcast()
      finished.unlock()
    }
    thread.name = "resolute-index-update"
    thread.start()
  }

  /// Blocks until a background update started by `startUpdating` has ended (at once when none is running).
  public func waitUntilComplete() {
    finished.lock()
    while locked({ updating }) { finished.wait() }
    finished.unlock()
  }

  // MARK: - Reading resolutions

  public func resolution(file: String) -> Resolution? {
    let revision = locked { revisionValue }
    let ids = idLookup()
    guard file.hasPrefix(prefix), rowID(file: file) != nil else { return nil }
    let relative = String(file.dropFirst(prefix.count))
    let path = IndexLocation.join(root, relative)
    let stamp = CorpusLoader.fileStamp(path)
    let cacheKey = ResolutionCache.Key(file: file, size: stamp?.size, modified: stamp?.modified, revision: revision)
    if let cached = locked({ cache.value(for: cacheKey) }) { return cached }

    let listed = CorpusLoader.ListedFile(
      path: path, file: file, relative: relative, size: stamp?.size ?? 0, modified: stamp?.modified ?? 0)
    var resolution: Resolution
    switch CorpusLoader.parseFile(listed, catalogEntries: catalogEntries()[relative] ?? []) {
    case .unreadable(let warning):
      // Listed when indexed, unreadable now: show why rather than pretend the file is not there.
      resolution = Resolution(file: file, plainText: "")
      resolution.warnings = [warning]
    case .parsed(let parsed):
      resolution = parsed
    }
    CitationResolution.resolve(
      &resolution, fileWithID: { ids($0).first }, outline: { [self] target in outline(file: target) })
    if let id = resolution.id, case let files = ids(id), files.count > 1, files.contains(file) {
      resolution.warnings.append(
        CorpusLoader.duplicateWarning(
          file: file, line: resolution.titleLine, id: id, group: files))
    }
    // A parse cut short by cancelled work is partial: never kept for the next open.
    if !WorkCancellation.isCurrentCancelled { locked { cache.insert(resolution, for: cacheKey) } }
    return resolution
  }

  /// The catalog's entries, read again only when the catalog file changed.
  private func catalogEntries() -> [String: [CatalogEntry]] {
    let catalog = IndexLocation.join(root, Catalog.defaultFileName)
    let stamp = CorpusLoader.fileStamp(catalog).map { "\($0.size):\($0.modified)" } ?? "none"
    if let cached = locked({ catalogCache }), cached.stamp == stamp { return cached.entries }
    let entries = CorpusLoader.catalogEntries(path: root)
    locked { catalogCache = (stamp, entries) }
    return entries
  }

  private func outline(file: String) -> ParagraphOutline? {
    guard let rowID = rowID(file: file) else { return nil }
    return try? pool.read { db in try IndexQueries.outline(fileID: rowID, db) }
  }

  public func files(withID id: ResolutionID) -> [String] { idLookup()(id) }

  /// The files holding an id, asked of the database (by its `res_id` index), each id once per lookup made.
  private func idLookup() -> (ResolutionID) -> [String] {
    let known = FilesByID()
    return { [self] id in
      if let files = known.files[id] { return files }
      let files = (try? pool.read { db in try IndexQueries.files(withID: id, db, prefix: prefix) }) ?? []
      known.files[id] = files
      return files
    }
  }

  /// The index row of a listed file.
  private func rowID(file: String) -> Int64? {
    guard file.hasPrefix(prefix) else { return nil }
    let relative = String(file.dropFirst(prefix.count))
    return try? pool.read { db in try IndexQueries.rowID(relative: relative, db) }
  }

  // MARK: - Citation graph

  public func citations(of id: ResolutionID) -> [CitationEdge] {
    guard var edges = try? pool.read({ db in try IndexQueries.edges(citing: id, db, prefix: prefix) }) else { return [] }
    if let target = files(withID: id).first {
      let outline = outline(file: target)
      for index in edges.indices {
        edges[index].citation.resolved = target
        edges[index].citation.resolvedParagraph = edges[index].citation.pinpoint.flatMap { outline?.paragraph(named: $0) }
      }
    }
    return edges
  }

  /// From the `citations` table's index alone: no sentence is read, so a resolution cited from 30,000 files is
  /// counted in a few milliseconds where `citations(of:)` takes seconds.
  public func citingFileCount(of id: ResolutionID, excluding file: String?) -> Int {
    let revision = locked { revisionValue }
    let excluded = file.flatMap(rowID(file:))
    let count = try? pool.read { db -> Int in
      let later: Set<Int64>
      if let cached = locked({ laterHoldersCache }), cached.revision == revision {
        later = cached.rows
      } else {
        later = try IndexQueries.laterHolders(db)
        locked { laterHoldersCache = (revision, later) }
      }
      return try IndexQueries.citingFileIDs(of: id, db).count { $0 != excluded && !later.contains($0) }
    }
    return count ?? 0
  }

  /// From the list, the absent resolutions and the `citations` table, without reading any file.
  public func citationNetwork() -> CitationNetwork? {
    let (summaries, absent) = locked { (snapshot.summaries, snapshot.absent) }
    let prefix = self.prefix
    guard let counts = try? pool.read({ db in try IndexQueries.citationCounts(db, prefix: prefix) }) else { return nil }
    return CitationNetwork(summaries: summaries, absent: absent.map(\.id), citationsByFile: counts)
  }

  public func absentResolution(_ id: ResolutionID) -> AbsentResolution? {
    guard files(withID: id).isEmpty else { return nil }
    let edges = citations(of: id)
    guard !edges.isEmpty else { return nil }
    return AbsentResolution(
      id: id, citedBy: edges, dates: Frequency.ranked(edges.compactMap(\.citation.date)),
      subjects: Frequency.ranked(edges.compactMap(\.citation.subject)))
  }

  // MARK: - Search

  public func search(_ query: SearchQuery, limit: Int) throws(SearchError) -> [SearchHit] {
    try searchWithGeneration(query, limit: limit).hits
  }

  /// The search, with the generation of the index it read (in the same transaction): an answer is current when
  /// `currentGeneration` is still that number.
  public func searchWithGeneration(
    _ query: SearchQuery, limit: Int
  ) throws(SearchError) -> (hits: [SearchHit], generation: Int64) {
    do {
      return try pool.read { db in
        (try IndexSearch.search(query, limit: limit, prefix: prefix, db), try IndexSnapshot.generation(db))
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
      // Should not happen (every term is quoted); if it does, the user can still rephrase.
      throw .invalidQuery(
        (query.phrases.map { "\"\($0)\"" } + query.words).joined(separator: " "),
        reason: error.message ?? "the index could not read it")
    } catch {
      throw .indexUnavailable(reason: "the index at \(indexPath) could not be read (\(IndexDatabase.reason(error)))")
    }
  }
}

extension IndexedCorpus {
  // MARK: - Reused language

  /// Read from the fingerprint postings the index keeps (see `IndexReuse`); empty when the index cannot be read.
  public func reusedLanguage(ref: String, inFile file: String, limit: Int) -> [ReuseMatch] {
    guard limit > 0, ReuseQuery.isReusable(ref: ref), let fileID = rowID(file: file) else {
      return []
    }
    return (try? pool.read { db in try IndexReuse.matches(ref: ref, fileID: fileID, limit: limit, prefix: prefix, db) })
      ?? []
  }
}

/// The files of the ids one lookup has asked for.
private final class FilesByID {
  var files: [ResolutionID: [String]] = [:]
}

/// The last few resolutions opened, so moving back and forth does not parse again. An entry is used only while its
/// file's size and time and the index revision are what they were.
struct ResolutionCache {
  struct Key: Hashable {
    var file: String
    var size: Int?
    var modified: Int64?
    var revision: Int
  }

  let capacity: Int
  private var entries: [(key: Key, value: Resolution)] = []

  init(capacity: Int) {
    self.capacity = capacity
  }

  mutating func value(for key: Key) -> Resolution? {
    guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
    let entry = entries.remove(at: index)
    entries.append(entry)
    return entry.value
  }

  mutating func insert(_ value: Resolution, for key: Key) {
    entries.removeAll { $0.key.file == key.file }
    entries.append((key, value))
    if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
  }

  mutating func removeAll() { entries.removeAll() }
}

/// Rows the writer connection had changed when the log was last emptied. Touched only inside the pool's writer
/// (serialized), hence unchecked.
private final class CheckpointedChanges: @unchecked Sendable {
  var changes = 0
}
