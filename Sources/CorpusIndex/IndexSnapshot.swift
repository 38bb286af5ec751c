import Foundation
import GRDB
import GRDBSQLite
import ResolutionKit

/// What an `IndexedCorpus` keeps in memory: the list, read in one transaction so it is never half a batch. Paragraph
/// texts, citations and the maps from ids and files to rows stay in the database (at 100,000 files the maps took
/// 14 MB and were asked a few times per key at most).
struct IndexSnapshot: Sendable {
  var summaries: [ResolutionSummary] = []
  var absent: [AbsentSummary] = []
  /// The database's generation when read; a writer bumps it with every commit.
  var generation: Int64 = -1
  /// True when only the head of the list was read (`loadFirst`): the absent resolutions are not read yet either.
  var isPartial = false

  /// Reads everything the list needs. `root` is the corpus folder as given (file paths are shown under it).
  static func load(_ db: Database, root: String) throws -> IndexSnapshot {
    var snapshot = IndexSnapshot()
    snapshot.generation = try generation(db)
    snapshot.summaries = try loadSummaries(db, root: root)
    snapshot.absent = try loadAbsent(db)
    return snapshot
  }

  /// The head of the list only: what a first screen shows, read in milliseconds where the whole list of 100,000
  /// takes most of a second. The browser lists by year, and an undated file whose number states a year is listed in
  /// that year, while reading order puts undated files last: so the head is the first `count` dated files (the
  /// `files_order` index answers it without reading the rest) and the undated files of the years before the last of
  /// them. Sorted by date, those rows begin as the whole list begins.
  static func loadFirst(_ db: Database, root: String, count: Int) throws -> IndexSnapshot {
    var snapshot = IndexSnapshot()
    snapshot.generation = try generation(db)
    // Dated keys start with byte 0, undated ones with 1 (ReadingOrderKey).
    var files = try loadSummaries(db, root: root, where: "sort_key < x'01'", limit: count)
    if files.count == count, let lastYear = files.last?.adopted?.year {
      files += try loadSummaries(db, root: root, where: "sort_key >= x'01' AND year < \(lastYear)")
    } else {
      files += try loadSummaries(db, root: root, where: "sort_key >= x'01'")  // every dated file was read
    }
    snapshot.summaries = files
    snapshot.isPartial = true
    return snapshot
  }

  /// No list: what a caller that only searches holds. Reads the generation, so a damaged file is still noticed.
  static func unloaded(_ db: Database) throws -> IndexSnapshot {
    _ = try generation(db)
    return IndexSnapshot()
  }

  /// The size, time and catalog fingerprint of every indexed file, by relative path: all an update needs to see
  /// that nothing changed. Stepped through the C API (as `loadFiles`), without building the list.
  static func loadStamps(_ db: Database) throws -> [String: FileStamp] {
    let statement = try db.makeStatement(sql: "SELECT id, relative, size, modified, catalog FROM files")
    let handle = statement.sqliteStatement
    func text(_ column: Int32) -> String {
      guard let pointer = sqlite3_column_text(handle, column) else { return "" }
      let count = Int(sqlite3_column_bytes(handle, column))
      return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
    var stamps: [String: FileStamp] = [:]
    // Sized once: growing a dictionary of 100,000 paths step by step cost as much as reading them.
    stamps.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0)
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
      }
      stamps[text(1)] = FileStamp(
        rowID: sqlite3_column_int64(handle, 0), size: Int(sqlite3_column_int64(handle, 2)),
        modified: sqlite3_column_int64(handle, 3), catalog: text(4))
    }
    return stamps
  }

  static func generation(_ db: Database) throws -> Int64 {
    try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", arguments: [IndexDatabase.generationKey])
      ?? 0
  }

  /// Whether the last update of the index ran to its end (an update sets this false before it writes its first batch).
  static func isComplete(_ db: Database) throws -> Bool {
    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'complete'") == "1"
  }

  /// The files among `files` (as hits name them, under `prefix`, the corpus folder `root`) whose size or time differ
  /// from what the index holds, or that are gone or not in the index: one `stat` each.
  static func changedFiles(among files: [String], prefix: String, root: String, _ db: Database) throws -> [String] {
    let unique = Array(Set(files)).sorted()
    let stamp = try db.cachedStatement(sql: "SELECT size, modified FROM files WHERE relative = ?")
    return try unique.filter { file in
      guard file.hasPrefix(prefix) else { return true }
      let relative = String(file.dropFirst(prefix.count))
      guard
        let row = try Row.fetchOne(stamp, arguments: [relative]),
        let now = CorpusLoader.fileStamp(IndexLocation.join(root, relative))
      else { return true }
      let known: (size: Int, modified: Int64) = (row[0], row[1])
      return known != now
    }
  }

  /// Takes the list from files already in reading order (mapped once: no list of pairs in between).
  mutating func setFiles(_ files: [IndexedFile]) {
    summaries = files.map(\.summary)
    isPartial = false
  }

  /// Every file in reading order. Read with one statement stepped by hand through the C API: at 100,000 rows, GRDB's
  /// row decoding would cost more than the query.
  static func loadFiles(_ db: Database, root: String, withStamps: Bool) throws -> [IndexedFile] {
    let prefix = filePrefix(root)
    var files: [IndexedFile] = []
    try step(
      db,
      sql: """
        SELECT id, relative, id_body, id_number, body, number, title, adopted, structured, size, modified, catalog, \
        \(withStamps ? "sort_key" : "NULL"), title_line, meeting, catalogued FROM files ORDER BY sort_key
        """
    ) { row in
      var key: [UInt8] = []
      if withStamps, let blob = sqlite3_column_blob(row.handle, 12) {
        key = Array(UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(row.handle, 12))))
      }
      let relative = row.text(1) ?? ""
      files.append(
        IndexedFile(
          rowID: Int64(row.integer(0) ?? 0), relative: relative, size: row.integer(9) ?? 0,
          modified: Int64(row.integer(10) ?? 0), catalog: row.text(11) ?? "", key: key, titleLine: row.integer(13),
          summary: summary(row, file: prefix + relative, meetingColumn: 14)))
    }
    return files
  }

  /// What the list needs of every file, in reading order: the same rows as `loadFiles` without the stamps, which
  /// the browser's first screen would read and drop (100,000 catalog and path strings). Read straight into the list
  /// (a list of row ids beside it, then mapped, held the 100,000 summaries twice at the peak), with equal titles and
  /// meetings sharing one string (see `SharedStrings`).
  /// `condition` (SQL) and `limit` read some rows only.
  static func loadSummaries(
    _ db: Database, root: String, where condition: String? = nil, limit: Int? = nil
  ) throws -> [ResolutionSummary] {
    let prefix = filePrefix(root)
    var files: [ResolutionSummary] = []
    if condition == nil { files.reserveCapacity(try limit ?? Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0) }
    var shared = SharedStrings()
    try step(
      db,
      sql: """
        SELECT id, relative, id_body, id_number, body, number, title, adopted, structured, meeting, catalogued \
        FROM files \(condition.map { "WHERE \($0) " } ?? "")ORDER BY sort_key\(limit.map { " LIMIT \(max(0, $0))" } ?? "")
        """
    ) { row in
      var summary = summary(row, file: prefix + (row.text(1) ?? ""), meetingColumn: 9)
      summary.title = summary.title.map { shared.one($0) }
      summary.meeting = summary.meeting.map { shared.one($0) }
      files.append(summary)
    }
    return files
  }

  /// The summary in columns 2...8 of a `files` row (id_body, id_number, body, number, title, adopted, structured),
  /// with meeting and catalogued in `meetingColumn` and the next.
  private static func summary(_ row: SteppedRow, file: String, meetingColumn: Int32) -> ResolutionSummary {
    let idNumber = row.text(3)
    let number = row.text(5)
    // Share one string when the number and the id's number are the same (they almost always are).
    let sharedNumber = number == idNumber ? number : idNumber
    let id = IndexSchema.resolutionID(body: row.text(2), number: sharedNumber)
    return ResolutionSummary(
      file: file, id: id, body: row.text(4).flatMap(Body.init(rawValue:)), number: number, title: row.text(6),
      adopted: IndexSchema.date(row.integer(7)), isStructured: row.integer(8) == 1, meeting: row.text(meetingColumn),
      catalogued: row.integer(meetingColumn + 1) == 1)
  }

  /// Runs `sql`, calling `body` with each row.
  private static func step(_ db: Database, sql: String, _ body: (SteppedRow) -> Void) throws {
    let statement = try db.makeStatement(sql: sql)
    let row = SteppedRow(handle: statement.sqliteStatement)
    while true {
      let code = sqlite3_step(row.handle)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
      }
      body(row)
    }
  }

  static func loadAbsent(_ db: Database) throws -> [AbsentSummary] {
    let rows = try Row.fetchCursor(db, sql: "SELECT res_id, date, subject, citing FROM absent ORDER BY sort_key")
    var absent: [AbsentSummary] = []
    var shared = SharedStrings()  // citing texts name an absent resolution's subject in a few words, often the same
    while let row = try rows.next() {
      guard let id = ResolutionID(row[0] as String) else { continue }
      let subject = (row[2] as String?).map { shared.one($0) }
      absent.append(
        AbsentSummary(id: id, date: IndexSchema.date(row[1]), subject: subject, citingResolutionCount: row[3]))
    }
    return absent
  }

  /// `corpus/` for a folder given as `corpus` or `./corpus/`; nothing for `.`.
  static func filePrefix(_ root: String) -> String {
    let folder = CorpusLoader.displayFolder(root)
    if folder == "." { return "" }
    return folder.hasSuffix("/") ? folder : folder + "/"
  }
}

/// The current row of a statement stepped through the C API.
private struct SteppedRow {
  let handle: OpaquePointer

  func text(_ column: Int32) -> String? {
    guard let pointer = sqlite3_column_text(handle, column) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  func integer(_ column: Int32) -> Int? {
    sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
  }
}

/// One string for equal texts read in one pass. Meetings (`61st plenary meeting`) and many titles (an agenda item's
/// title comes back every session) repeat across a corpus; each copy of a long text is a heap object of its own.
private struct SharedStrings {
  private var seen = Set<String>()

  /// The string equal to `text` met first (or `text`, now met), whose storage copies share. Short texts are stored
  /// inline in a `String`, so only the longer ones are kept.
  mutating func one(_ text: String) -> String {
    guard text.utf8.count > 15 else { return text }
    return seen.insert(text).memberAfterInsert
  }
}

/// What tells an update whether an indexed file changed.
struct FileStamp: Sendable {
  var rowID: Int64
  var size: Int
  var modified: Int64
  var catalog: String
}
