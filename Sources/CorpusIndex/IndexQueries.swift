import GRDB
import ResolutionKit

/// The questions a browser asks the index on demand (never at startup): warnings, citations, outlines.
enum IndexQueries {
  /// Every warning, ordered as `CorpusLoader` orders them: by file and line, folder-wide ones before a file's own,
  /// duplicate-id notes last.
  static func warnings(_ db: Database, prefix: String) throws -> [ParseWarning] {
    var early: [ParseWarning] = []
    var late: [ParseWarning] = []
    let corpusRows = try Row.fetchCursor(
      db, sql: "SELECT file, in_root, line, severity, message, late FROM corpus_warnings ORDER BY ordinal")
    while let row = try corpusRows.next() {
      let file: String = row[0]
      let inRoot: Bool = row[1]
      let warning = ParseWarning(
        file: inRoot ? prefix + file : file, line: row[2],
        severity: ParseWarning.Severity(rawValue: row[3]) ?? .warning, message: row[4])
      if row[5] as Bool { late.append(warning) } else { early.append(warning) }
    }
    let fileRows = try Row.fetchCursor(
      db,
      sql: """
        SELECT f.relative, w.line, w.severity, w.message FROM file_warnings w JOIN files f ON f.id = w.file_id
        ORDER BY f.relative, w.ordinal
        """)
    while let row = try fileRows.next() {
      early.append(
        ParseWarning(
          file: prefix + (row[0] as String), line: row[1],
          severity: ParseWarning.Severity(rawValue: row[2]) ?? .warning, message: row[3]))
    }
    let all = early + late
    return all.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.file, lhs.element.line ?? 0), right = (rhs.element.file, rhs.element.line ?? 0)
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// How many warnings `warnings` would return, counted without reading them.
  static func warningCount(_ db: Database) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT (SELECT count(*) FROM corpus_warnings) + (SELECT count(*) FROM file_warnings)") ?? 0
  }

  /// The folder-wide warnings of the walk and catalog (not the duplicate-id notes), in the order they were stored.
  static func folderWarnings(_ db: Database, prefix: String) throws -> [ParseWarning] {
    let rows = try Row.fetchCursor(
      db, sql: "SELECT file, in_root, line, severity, message FROM corpus_warnings WHERE late = 0 ORDER BY ordinal")
    var warnings: [ParseWarning] = []
    while let row = try rows.next() {
      let file: String = row[0]
      warnings.append(
        ParseWarning(
          file: row[1] as Bool ? prefix + file : file, line: row[2],
          severity: ParseWarning.Severity(rawValue: row[3]) ?? .warning, message: row[4]))
    }
    return warnings
  }

  /// Every citation of `id`, in reading order of the citing files. `resolved` and `resolvedParagraph` are left for
  /// the caller, who knows which file holds the target now.
  static func edges(citing id: ResolutionID, _ db: Database, prefix: String) throws -> [CitationEdge] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT f.relative, f.id_body, f.id_number, c.ref, c.text, c.pinpoint, c.date, c.subject, c.line, c.start, c.end,
          c.file_id, c.target, c.ordinal
        FROM citations c JOIN files f ON f.id = c.file_id
        WHERE c.target = ? AND \(holdsItsIDFirst) ORDER BY f.sort_key, c.ordinal
        """, arguments: [id.description])
    var edges: [CitationEdge] = []
    var sentences: (fileID: Int64, byOrdinal: [Int: String])?
    var decompressor: ParagraphStore.Decompressor?
    while let row = try rows.next() {
      let fileID: Int64 = row[11]
      if sentences?.fileID != fileID {
        let byOrdinal = try ParagraphStore.sentences(
          fileID: fileID, db, decompressor: ParagraphStore.decompressor(db, keptIn: &decompressor))
        sentences = (fileID, byOrdinal)
      }
      guard let sentence = sentences?.byOrdinal[row[13] as Int] else { throw ParagraphStore.Damaged(fileID: fileID) }
      let sourceID = IndexSchema.resolutionID(body: row[1], number: row[2])
      let start: Int = row[9], end: Int = row[10]
      // Stored as `ParagraphRef` prints it, read back by its grammar.
      guard let ref = ParagraphRef(row[3] as String) else { throw ParagraphStore.Damaged(fileID: fileID) }
      let citation = Citation(
        ref: ref, text: row[4], target: .resolution(id), pinpoint: (row[5] as String?).flatMap(Pinpoint.init), kind: .resolution,
        date: IndexSchema.date(row[6]), subject: row[7], line: row[8], range: start..<max(start, end))
      edges.append(
        CitationEdge(sourceFile: prefix + (row[0] as String), sourceID: sourceID, citation: citation, sentence: sentence))
    }
    return edges
  }

  /// The rows of the files with a citation of `id`, each once (from the `citations_target` index alone).
  static func citingFileIDs(of id: ResolutionID, _ db: Database) throws -> [Int64] {
    let statement = try db.cachedStatement(sql: "SELECT DISTINCT file_id FROM citations WHERE target = ?")
    return try Int64.fetchAll(statement, arguments: [id.description])
  }

  /// The rows of the files that hold an id a file before them in reading order also holds: they cite nothing in the
  /// citation graph (`holdsItsIDFirst`). Few or none; one pass over the files.
  static func laterHolders(_ db: Database) throws -> Set<Int64> {
    Set(
      try Int64.fetchAll(
        db,
        sql: """
          SELECT f.id FROM files f
          WHERE f.res_id IN (SELECT res_id FROM files WHERE res_id IS NOT NULL GROUP BY res_id HAVING count(*) > 1)
            AND NOT \(holdsItsIDFirst)
          """))
  }

  /// Of the files `f` holding one resolution, only the first in reading order is its node in the citation graph (as
  /// in `CitationGraph`): another file with that id cites nothing. A file without an id always counts.
  private static let holdsItsIDFirst =
    "NOT EXISTS (SELECT 1 FROM files other WHERE other.res_id = f.res_id AND other.sort_key < f.sort_key)"

  /// How many times each file cites each resolution, by display path: the citation network's edges.
  static func citationCounts(_ db: Database, prefix: String) throws -> [String: [ResolutionID: Int]] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT f.relative, c.target, count(*) FROM citations c JOIN files f ON f.id = c.file_id
        GROUP BY c.file_id, c.target
        """)
    var counts: [String: [ResolutionID: Int]] = [:]
    while let row = try rows.next() {
      guard let target = ResolutionID(row[1] as String) else { continue }
      counts[prefix + (row[0] as String), default: [:]][target, default: 0] += row[2] as Int
    }
    return counts
  }

  /// What `IndexSchema.unreadableCountKey` holds; 0 before the first update.
  static func unreadableCount(_ db: Database) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", arguments: [IndexSchema.unreadableCountKey])
      ?? 0
  }

  static func outline(fileID: Int64, _ db: Database) throws -> ParagraphOutline? {
    try String.fetchOne(db, sql: "SELECT outline FROM files WHERE id = ?", arguments: [fileID]).map(OutlineCoding.decode)
  }

  /// The files holding `id`, in reading order, as listed (under `prefix`): what a list read only in part asks the
  /// database instead of its map.
  static func files(withID id: ResolutionID, _ db: Database, prefix: String) throws -> [String] {
    // Cached: a resolution's citations are resolved one id at a time, and preparing the statement cost more than
    // running it.
    let statement = try db.cachedStatement(sql: "SELECT relative FROM files WHERE res_id = ? ORDER BY sort_key")
    return try String.fetchAll(statement, arguments: [id.description]).map { prefix + $0 }
  }

  /// The row of the file stored at `relative`.
  static func rowID(relative: String, _ db: Database) throws -> Int64? {
    try Int64.fetchOne(db, sql: "SELECT id FROM files WHERE relative = ?", arguments: [relative])
  }
}
