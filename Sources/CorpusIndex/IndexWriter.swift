import Foundation
import GRDB
import ResolutionKit

/// The statements that change an index. Callers run them inside write transactions, so a reader sees a batch whole
/// or not at all.
enum IndexWriter {
  /// Changes gathered over a transaction's files and written once at its end (`applyBatchChanges`): the word counts
  /// (a batch of files shares most of its words).
  struct BatchChanges {
    var deltas = WordCounts(capacity: 16_384)
    /// Compresses stored texts against the index's preset dictionary, made at the transaction's first insert.
    var compressor: ParagraphStore.Compressor?
    /// Decompresses the stored texts of deleted files (which are deleted with them), made at the transaction's first delete.
    var decompressor: ParagraphStore.Decompressor?
    /// The champion lists' changes (and what the update has read of them).
    var champions = ChampionLists.Changes()
    mutating func add(_ counts: [(key: Int64, value: Int)], sign: Int) {
      for (key, count) in counts { deltas.add(key, sign * count) }
    }
  }

  /// Makes the index's preset dictionary for stored texts from a batch of files about to be inserted, when it has
  /// none (the first batch of a new index). Call before inserting them.
  static func prepareDictionary(_ files: [PreparedFile], _ db: Database, words: inout BatchChanges) throws {
    guard try ParagraphStore.dictionary(db).isEmpty else { return }
    try ParagraphStore.setDictionaryIfNone(ParagraphStore.makeDictionary(from: files.map(\.storedParagraphs)), db)
    words.compressor = nil
  }

  /// Chooses the terms that get champion lists, and lists the rows stored so far, when the index has none and will
  /// hold at least `threshold` paragraphs once this update is done (estimated from this batch, one of
  /// `remainingFiles` still to write); forgets the lists of an index emptied. Call before inserting the batch.
  static func prepareChampions(
    _ files: [PreparedFile], remainingFiles: Int, threshold: Int, _ db: Database, words: inout BatchChanges
  ) throws {
    let stored = Int(
      try String.fetchOne(
        db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [IndexSchema.paragraphCountKey]) ?? "0") ?? 0
    var chosen =
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [ChampionLists.chosenKey]) == "1"
    if chosen && stored == 0 {
      try ChampionLists.forget(db, changes: &words.champions)
      chosen = false
    }
    guard !chosen, !files.isEmpty else { return }
    let paragraphs = files.flatMap { $0.paragraphs.prefix(IndexSchema.maxParagraphsPerFile).map(\.text) }
    guard !paragraphs.isEmpty, stored + paragraphs.count * max(remainingFiles, files.count) / files.count >= threshold
    else { return }
    try ChampionLists.choose(from: paragraphs, db, changes: &words.champions)
    if stored > 0 { try ChampionLists.addStoredRows(db, changes: &words.champions) }
  }

  /// Removes a file and everything stored for it.
  static func delete(fileID: Int64, _ db: Database, words: inout BatchChanges) throws {
    let first = fileID << IndexSchema.paragraphBits
    // Contentless FTS5 rows are deleted with the text they were made from; the postings with the fingerprints of
    // that text; both are computed again from the stored paragraphs.
    let stored = try ParagraphStore.paragraphs(
      fileID: fileID, db, decompressor: ParagraphStore.decompressor(db, keptIn: &words.decompressor))
    let paragraph = try db.cachedStatement(
      sql: "INSERT INTO paragraphs(paragraphs, rowid, text) VALUES ('delete', ?, ?)")
    let posting = try db.cachedStatement(
      sql: "INSERT INTO reuse_fingerprints(reuse_fingerprints, rowid, fingerprints) VALUES ('delete', ?, ?)")
    var removedWords = WordCounts()
    for (ordinal, row) in stored.enumerated() {
      let rowID = first | Int64(ordinal)
      try paragraph.execute(arguments: [rowID, row.text])
      try words.champions.remove(text: row.text, row: rowID, db)
      let entries = LanguageFingerprint.indexEntries(of: row.text)
      for word in entries.wordKeys { removedWords.add(word, 1) }
      // The writer stores a row only for a reusable paragraph with fingerprints: delete exactly what it stored.
      guard ReuseQuery.isReusable(ref: row.ref), !entries.fingerprints.isEmpty else { continue }
      try posting.execute(arguments: [rowID, IndexSchema.fingerprintTokens(entries.fingerprints)])
    }
    words.add(removedWords.entries, sign: -1)
    try db.cachedStatement(sql: "DELETE FROM file_texts WHERE file_id = ?").execute(arguments: [fileID])
    try addParagraphs(-stored.count, db)
    try db.cachedStatement(sql: "DELETE FROM citations WHERE file_id = ?").execute(arguments: [fileID])
    try db.cachedStatement(sql: "DELETE FROM file_warnings WHERE file_id = ?").execute(arguments: [fileID])
    try db.cachedStatement(sql: "DELETE FROM files WHERE id = ?").execute(arguments: [fileID])
  }

  /// Inserts a parsed file with its paragraphs, citations and warnings; returns its row id.
  static func insert(_ file: PreparedFile, _ db: Database, words: inout BatchChanges) throws -> Int64 {
    let summary = file.summary
    try db.cachedStatement(
      sql: """
        INSERT INTO files(relative, size, modified, catalog, sort_key, res_id, id_body, id_number, body, number, title,
          title_line, adopted, year, structured, outline, meeting, catalogued)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      file.listed.relative, file.listed.size, file.listed.modified, file.catalog, Data(file.key),
      summary.id?.description, summary.id?.body.rawValue, summary.id?.number, summary.body?.rawValue, summary.number,
      summary.title, file.titleLine, IndexSchema.dateValue(summary.adopted), file.year, summary.isStructured,
      file.outline, summary.meeting, summary.catalogued,
    ])
    let fileID = db.lastInsertedRowID
    let paragraphStatement = try db.cachedStatement(sql: "INSERT INTO paragraphs(rowid, text) VALUES (?, ?)")
    let stored = file.paragraphs.prefix(IndexSchema.maxParagraphsPerFile)
    for (ordinal, paragraph) in stored.enumerated() {
      let rowID = fileID << IndexSchema.paragraphBits | Int64(ordinal)
      try RowInsert.run(paragraphStatement, rowID: rowID, text: paragraph.text, db)
      try words.champions.add(
        text: paragraph.text, row: rowID, counted: file.championCounts?.rows[ordinal],
        identity: file.championCounts?.identity, db)
    }
    let compressor = try words.compressor ?? ParagraphStore.Compressor(dictionary: ParagraphStore.dictionary(db))
    words.compressor = compressor
    let texts =
      file.compressedTexts.flatMap { $0.dictionaryID == compressor.dictionaryID ? ($0.paragraphs, $0.sentences) : nil }
      ?? (compressor.compress(file.storedParagraphs), compressor.compress(file.storedSentences))
    try db.cachedStatement(sql: "INSERT INTO file_texts(file_id, paragraphs, sentences) VALUES (?, ?, ?)")
      .execute(arguments: [fileID, texts.0, texts.1])
    try addParagraphs(stored.count, db)
    words.add(file.wordCounts, sign: 1)
    let postingStatement = try db.cachedStatement(
      sql: "INSERT INTO reuse_fingerprints(rowid, fingerprints) VALUES (?, ?)")
    var tokens: [UInt8] = []
    for (ordinal, fingerprints) in file.fingerprints where ordinal < IndexSchema.maxParagraphsPerFile {
      IndexSchema.fingerprintTokens(fingerprints, into: &tokens)
      try tokens.withUnsafeBufferPointer { tokens in
        try RowInsert.run(
          postingStatement, rowID: fileID << IndexSchema.paragraphBits | Int64(ordinal), utf8: tokens, db)
      }
    }
    let citationStatement = try db.cachedStatement(
      sql: """
        INSERT INTO citations(file_id, ordinal, target, ref, text, pinpoint, date, subject, line, start, end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for stored in file.citations {
      let citation = stored.citation
      try citationStatement.execute(arguments: [
        fileID, stored.ordinal, stored.target.description, citation.ref.description, citation.text, citation.pinpoint?.description,
        IndexSchema.dateValue(citation.date), citation.subject, citation.line, citation.range.lowerBound,
        citation.range.upperBound,
      ])
    }
    let warningStatement = try db.cachedStatement(
      sql: "INSERT INTO file_warnings(file_id, ordinal, line, severity, message) VALUES (?, ?, ?, ?, ?)")
    for (ordinal, warning) in file.warnings.enumerated() {
      try warningStatement.execute(arguments: [fileID, ordinal, warning.line, warning.severity.rawValue, warning.message])
    }
    return fileID
  }

  /// Replaces the folder-wide warnings. `late` ones (duplicate ids) sort after a file's own warnings.
  static func replaceCorpusWarnings(
    _ warnings: [(warning: ParseWarning, late: Bool)], prefix: String, _ db: Database
  ) throws {
    try db.execute(sql: "DELETE FROM corpus_warnings")
    let statement = try db.cachedStatement(
      sql: "INSERT INTO corpus_warnings(ordinal, file, in_root, line, severity, message, late) VALUES (?, ?, ?, ?, ?, ?, ?)")
    for (ordinal, (warning, late)) in warnings.enumerated() {
      // Stored relative to the folder when inside it, so another spelling of the folder shows its own paths.
      let inRoot = !prefix.isEmpty && warning.file.hasPrefix(prefix)
      let file = inRoot ? String(warning.file.dropFirst(prefix.count)) : warning.file
      try statement.execute(arguments: [
        ordinal, file, inRoot || prefix.isEmpty, warning.line, warning.severity.rawValue, warning.message, late,
      ])
    }
  }

  /// Recomputes the cited-but-absent resolutions from the citations table. `secondFiles` are the files whose id an
  /// earlier file in reading order also has: as in `CitationGraph`, only the first file's citations count. `only`:
  /// the ids whose rows to recompute (an update that changed a few files: see `absentKeys`); nil: every row. Each id's
  /// citations are read through the `citations_target` index: for all 26,030 absent ids of synth-100000 that is
  /// quicker (0.14 s to find them, 0.54 s to read them) than one query ordering every citation (0.96 s).
  static func recomputeAbsent(secondFiles: Set<Int64>, only ids: Set<String>? = nil, _ db: Database) throws {
    let targets: [String]
    if let ids {
      let delete = try db.cachedStatement(sql: "DELETE FROM absent WHERE res_id = ?")
      for id in ids { try delete.execute(arguments: [id]) }
      let present = try db.cachedStatement(sql: "SELECT 1 FROM files WHERE res_id = ? LIMIT 1")
      targets = try ids.sorted().filter { try Int.fetchOne(present, arguments: [$0]) == nil }
    } else {
      try db.execute(sql: "DELETE FROM absent")
      targets = try String.fetchAll(
        db,
        sql: """
          SELECT DISTINCT target FROM citations
          WHERE target NOT IN (SELECT res_id FROM files WHERE res_id IS NOT NULL)
          """)
    }
    let citing = try db.cachedStatement(
      sql: """
        SELECT c.date, c.subject, c.file_id, f.res_id, f.relative FROM citations c
        JOIN files f ON f.id = c.file_id
        WHERE c.target = ?
        ORDER BY f.sort_key, c.ordinal
        """)
    let insert = try db.cachedStatement(
      sql: "INSERT INTO absent(res_id, sort_key, date, subject, citing) VALUES (?, ?, ?, ?, ?)")
    for target in targets {
      guard let id = ResolutionID(target) else { continue }
      var dates: [Int] = []
      var subjects: [String] = []
      var citingResolutions: Set<String> = []
      let rows = try Row.fetchCursor(citing, arguments: [target])
      while let row = try rows.next() {
        let fileID: Int64 = row[2]
        if secondFiles.contains(fileID) { continue }
        if let date: Int = row[0] { dates.append(date) }
        if let subject: String = row[1] { subjects.append(subject) }
        // Distinct citing resolutions: by id, or by file for one without a number.
        citingResolutions.insert((row[3] as String?) ?? "\u{1}" + (row[4] as String))
      }
      // Cited only by files whose id an earlier file has: not counted.
      guard !citingResolutions.isEmpty else { continue }
      try insert.execute(arguments: [
        target, Data(ReadingOrderKey.make(id: id)), Frequency.ranked(dates).first, Frequency.ranked(subjects).first,
        citingResolutions.count,
      ])
    }
  }

  /// The ids whose absent row a change to a file can change: the resolutions it cites and its own id. Read before its
  /// rows are deleted and after they are inserted.
  static func absentKeys(ofFile fileID: Int64, _ db: Database) throws -> Set<String> {
    let cited = try db.cachedStatement(sql: "SELECT DISTINCT target FROM citations WHERE file_id = ?")
    var keys = Set(try String.fetchAll(cited, arguments: [fileID]))
    let own = try db.cachedStatement(sql: "SELECT res_id FROM files WHERE id = ?")
    if let id = try String.fetchOne(own, arguments: [fileID]) { keys.insert(id) }
    return keys
  }

  /// Writes the word counts a transaction changed (words no paragraph holds any more are dropped) and the champion
  /// lists' changes.
  static func applyBatchChanges(_ words: inout BatchChanges, _ db: Database) throws {
    try words.champions.write(db)
    let upsert = try db.cachedStatement(
      sql: """
        INSERT INTO word_frequencies(word, paragraphs) VALUES (?, ?)
        ON CONFLICT(word) DO UPDATE SET paragraphs = paragraphs + excluded.paragraphs
        """)
    let dropEmpty = try db.cachedStatement(sql: "DELETE FROM word_frequencies WHERE word = ? AND paragraphs <= 0")
    for (word, delta) in words.deltas.entries where delta != 0 {
      try upsert.execute(arguments: [word, delta])
      if delta < 0 { try dropEmpty.execute(arguments: [word]) }
    }
  }

  /// Keeps the paragraph count in `meta` (for word rarity) in step with the paragraphs table.
  static func addParagraphs(_ count: Int, _ db: Database) throws {
    guard count != 0 else { return }
    try db.cachedStatement(sql: "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + ? AS TEXT) WHERE key = ?")
      .execute(arguments: [count, IndexSchema.paragraphCountKey])
  }

  /// Returns the free pages to the file system (FTS5's segment merges leave a few MB free after a build).
  static func releaseFreePages(_ db: Database) throws {
    try db.execute(sql: "PRAGMA incremental_vacuum")
  }

  static func setMeta(_ key: String, _ value: String, _ db: Database) throws {
    try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
  }

  /// Tells readers in other processes that the index changed.
  static func bumpGeneration(_ db: Database) throws -> Int64 {
    try db.execute(
      sql: "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = ?",
      arguments: [IndexDatabase.generationKey])
    return try IndexSnapshot.generation(db)
  }
}

/// The ranking `CitationGraph` uses too (`CorpusFinish.ranked`).
enum Frequency {
  static func ranked<T: Hashable>(_ values: [T]) -> [T] { CorpusFinish.ranked(values) }
}
