import Foundation
import GRDB
import GRDBSQLite
import ResolutionKit

/// Opens the database of an index, and deletes and recreates it when it cannot be trusted: not a database, cut short,
/// another schema version, another version of the parser (its files would keep the old reading), or made for another
/// corpus folder. An index is only a cache, so starting again is always
/// safe; answering from a bad one never is.
enum IndexDatabase {
  static let corpusKey = "corpus"
  static let generationKey = "generation"
  /// `ResolutionParser.version` of the parser that read every file the index holds.
  static let parserKey = "parser"
  /// How long any connection to an index waits for a lock before failing: schema creation can race, and a connection
  /// that opens a log first rebuilds its shared index while the others wait (a read-only look too).
  static let busyTimeout: TimeInterval = 10
  /// The writer's `wal_autocheckpoint`: 4,096 pages of 8 KB.
  static let walCheckpointPages = 4_096

  /// The open database, and a line for the user for each index that had to be thrown away.
  ///
  /// `named` is true for a path the user gave (`--index PATH`): an existing file there is used only when it is a
  /// Resolute index, never deleted and overwritten. Any path must be absent or a regular file (a FIFO would block).
  static func open(path: String, corpus: String, named: Bool = false) throws(IndexError) -> (DatabasePool, [String]) {
    try refuseForeign(path, named: named)
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cacheNotWritable(folder: folder, reason: reason(error))
    }
    guard access(folder, W_OK) == 0 else {
      throw .cacheNotWritable(folder: folder, reason: String(cString: strerror(errno)))
    }
    var notices: [String] = []
    if let problem = headerProblem(path) {
      notices.append("the index at \(path) was \(problem); rebuilding it")
      try remove(path)
    }
    do {
      let pool = try DatabasePool(path: path, configuration: configuration())
      if let problem = try validate(pool, corpus: corpus) {
        try? pool.close()
        notices.append("the index at \(path) \(problem); rebuilding it")
        try remove(path)
        return (try create(path: path, corpus: corpus), notices)
      }
      return (pool, notices)
    } catch let error as IndexError {
      throw error
    } catch {
      notices.append("the index at \(path) was corrupt (\(reason(error))); rebuilding it")
      try remove(path)
      return (try create(path: path, corpus: corpus), notices)
    }
  }

  /// Throws unless `path` is absent, empty, or a regular file that is (when `named`) a Resolute index: has the SQLite
  /// header and a `meta` table naming a corpus. Looks with `O_NONBLOCK`, so a FIFO never blocks.
  static func refuseForeign(_ path: String, named: Bool) throws(IndexError) {
    let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    if descriptor < 0 {
      if errno == ENOENT { return }
      if errno == EACCES || errno == EPERM { return }  // Reported by SQLite when opening, with its own words.
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      throw .cannotOpen(path: path, reason: "it is not a regular file (a FIFO, device or folder), so it is not used")
    }
    guard named, status.st_size > 0 else { return }
    var header = [UInt8](repeating: 0, count: 16)
    let count = header.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, 16) }
    let notIndex = IndexError.notAnIndex(path: path)
    guard count == 16, header == Array("SQLite format 3\0".utf8) else { throw notIndex }
    do {
      var configuration = Configuration()
      configuration.readonly = true
      configuration.busyMode = .timeout(busyTimeout)
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      let owner = try queue.read { db in
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [corpusKey])
      }
      guard owner != nil else { throw notIndex }
    } catch {
      throw notIndex
    }
  }

  /// Deletes the database and its WAL and shared-memory files.
  static func remove(_ path: String) throws(IndexError) {
    for file in [path, path + "-wal", path + "-shm", FolderCheck.path(forIndex: path)]
    where unlink(file) != 0 && errno != ENOENT {
      throw .cannotOpen(path: path, reason: "it cannot be deleted: \(String(cString: strerror(errno)))")
    }
  }

  private static func create(path: String, corpus: String) throws(IndexError) -> DatabasePool {
    do {
      let pool = try DatabasePool(path: path, configuration: configuration())
      if let problem = try validate(pool, corpus: corpus) {
        throw IndexError.cannotOpen(path: path, reason: "a new index \(problem)")
      }
      return pool
    } catch let error as IndexError {
      throw error
    } catch {
      throw .cannotOpen(path: path, reason: reason(error))
    }
  }

  private static func configuration() -> Configuration {
    var configuration = Configuration()
    // Only one process writes (the lock file sees to that), but schema creation can race: wait rather than fail.
    configuration.busyMode = .timeout(busyTimeout)
    configuration.prepareDatabase { db in
      // Before the first table of a new index (no-ops on an existing one; GRDB turns on WAL after this, which fixes
      // the page size): 8 KB pages hold several compressed paragraph blobs where a 4 KB page held one or two and
      // wasted its tail, and incremental auto-vacuum lets an update give back the pages FTS5's merges free
      // (`IndexWriter.releaseFreePages`).
      // (The writer's connection only: a reader's is read-only, and auto_vacuum on it is an error.) Only on an empty
      // file: on an existing index `auto_vacuum = INCREMENTAL` still writes the header page, so every command that
      // merely reads (a search) committed a write and a checkpoint.
      if !db.configuration.readonly, try Int.fetchOne(db, sql: "PRAGMA page_count") == 0 {
        try db.execute(sql: "PRAGMA page_size = 8192")
        try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
      }
      // WAL with NORMAL sync is durable enough for a cache and much faster to build.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // The log is copied into the index (and both synced) once it holds 32 MB, not SQLite's 8 MB (1,000 pages): FTS5's
      // merges rewrite the same pages again and again, and each is copied once per checkpoint. A 100,000-file build
      // took 36.7 s where it took 39.4 s (medians of 4 interleaved builds, `scripts/bench/index-build-ab.sh`); an
      // update still ends with an empty log (`IndexedCorpus.checkpoint`).
      if !db.configuration.readonly { try db.execute(sql: "PRAGMA wal_autocheckpoint = \(walCheckpointPages)") }
      // The log is kept when the last connection closes: GRDB writes a transaction into an absent or empty log on
      // every open (its readers need one), so without this every search wrote, synced twice and checkpointed. An
      // update still empties the log after writing (`IndexedCorpus.checkpoint`).
      var persist: Int32 = 1
      _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
      StoredLengthRank.register(db)
    }
    return configuration
  }

  /// Creates the schema in an empty database; returns why an existing one cannot be used, or nil. Looks first with a
  /// read, so opening never waits for another process that is writing.
  private static func validate(_ pool: DatabasePool, corpus: String) throws -> String? {
    // One read for an existing index (every command opens one); nil for an empty one.
    let found: String?? = try pool.read { db in try isEmpty(db) ? nil : .some(problem(db, corpus: corpus)) }
    if let found { return found }
    try pool.write { db in
      // Another process may have created it meanwhile: the statements are idempotent.
      try IndexSchema.create(db)
      try db.execute(sql: "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", arguments: [corpusKey, corpus])
      try db.execute(sql: "INSERT OR IGNORE INTO meta(key, value) VALUES (?, '0')", arguments: [generationKey])
      try db.execute(
        sql: "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", arguments: [parserKey, ResolutionParser.version])
      try db.execute(sql: "PRAGMA user_version = \(IndexSchema.userVersion)")
    }
    return try pool.read { db in try problem(db, corpus: corpus) }
  }

  private static func isEmpty(_ db: Database) throws -> Bool {
    try Int32.fetchOne(db, sql: "PRAGMA user_version") == 0
      && Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0
  }

  /// Why the existing index cannot be used, or nil.
  static func problem(_ db: Database, corpus: String) throws -> String? {
    let version = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    guard version == IndexSchema.userVersion else {
      return "was made by another version of Resolute (schema \(version), this one reads \(IndexSchema.userVersion))"
    }
    let owner = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [corpusKey])
    guard owner == corpus else { return "was made for another corpus (\(owner ?? "unknown"))" }
    let parser = try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [parserKey])
    guard parser == ResolutionParser.version else {
      return "was read by another version of the parser (\(parser.map(String.init) ?? "unknown"), this one is "
        + "\(ResolutionParser.version)), so every file is read again"
    }
    return nil
  }

  /// Why the file cannot be an intact SQLite database, judged from its 100-byte header, or nil when it may be.
  /// Plain POSIX calls: every command opens an index, and Foundation's file attributes look up the owner's name
  /// (the password and group files) and cast each attribute from `Any`.
  static func headerProblem(_ path: String) -> String? {
    let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
    let size = Int(status.st_size)
    var header = [UInt8](repeating: 0, count: 100)
    let count = header.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, 100) }
    header.removeLast(100 - max(0, count))
    if header.count < 100 || !header.starts(with: Array("SQLite format 3\0".utf8)) {
      return "corrupt (file is not a database)"
    }
    func integer(_ offset: Int, _ count: Int) -> Int {
      header[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }
    let rawPageSize = integer(16, 2)
    let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
    // The page count in the header is valid only when the "version valid for" number matches the change counter.
    // While a write-ahead log holds pages (a checkpoint cut short, by a full disk for one), the file may be shorter
    // than its header says and still be sound: SQLite reads those pages from the log. So the file is judged cut
    // short only when more pages are missing than the log has frames (32 bytes of header, then 24 and a page a
    // frame): the log is kept between commands, so it is seldom empty.
    var logStatus = stat()
    let log = stat(path + "-wal", &logStatus) == 0 ? Int(logStatus.st_size) : 0
    let frames = max(0, log - 32) / (24 + pageSize)
    if integer(92, 4) == integer(24, 4) {
      let pages = integer(28, 4)
      let missing = pages - size / pageSize
      if pages > 0, size < pages * pageSize, missing > frames {
        return "corrupt (file is truncated: \(size) of \(pages * pageSize) bytes)"
      }
    }
    return nil
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    if let error = error as? CocoaError, let underlying = error.underlying { return underlying.localizedDescription }
    return error.localizedDescription
  }
}

extension CocoaError {
  fileprivate var underlying: (any Error)? { userInfo[NSUnderlyingErrorKey] as? any Error }
}
