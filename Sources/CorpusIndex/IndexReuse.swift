import GRDB
import ResolutionKit

/// Reused language read from the index: `reuse_fingerprints` for the fingerprints, `paragraph_terms` (FTS5's vocabulary)
/// for the rarity of words, `paragraphs` for the texts. The query itself is `ReuseQuery`, as for a loaded corpus.
enum IndexReuse {
  /// What the writer stores for a file's paragraphs (those it keeps): the fingerprints of each reusable one, by
  /// ordinal, and how many of them hold each word (as a list: a build holds three batches of files at a time, and a
  /// counting table of a file keeps three arrays of twice as many slots as it has words); with a `counter`, their
  /// champion-list counts too, made from the same reading of each paragraph where it can be
  /// (`ChampionLists.Counter`).
  static func entries(
    of paragraphs: [SearchableParagraph], counter: ChampionLists.Counter? = nil, worker: Int = 0
  ) -> (
    fingerprints: [(ordinal: Int, fingerprints: [Int64])], wordCounts: [(key: Int64, value: Int)],
    championCounts: ChampionLists.FileCounts?
  ) {
    var fingerprints: [(ordinal: Int, fingerprints: [Int64])] = []
    var wordCounts = WordCounts()
    var rows: [(text: String, words: LanguageFingerprint.ASCIIWords?)] = []
    for (ordinal, paragraph) in paragraphs.prefix(IndexSchema.maxParagraphsPerFile).enumerated() {
      let entries = LanguageFingerprint.indexEntries(of: paragraph.text, keepingASCIIWords: counter != nil)
      // A paragraph counts each of its words once.
      for hash in entries.wordHashes { wordCounts.addOnce(Int64(bitPattern: hash), mark: Int32(ordinal)) }
      if counter != nil { rows.append((paragraph.text, entries.asciiWords)) }
      if paragraph.isReusable, !entries.fingerprints.isEmpty {
        fingerprints.append((ordinal, entries.fingerprints))
      }
    }
    return (fingerprints, wordCounts.entries, counter?.counts(of: rows, worker: worker))
  }

  /// The matches of paragraph `ref` of the file with row id `fileID`, best first, at most `limit`.
  static func matches(ref: String, fileID: Int64, limit: Int, prefix: String, _ db: Database) throws -> [ReuseMatch] {
    let first = fileID << IndexSchema.paragraphBits
    let store = try Store(db)
    guard
      let ordinal = try store.texts.paragraphs(fileID: fileID, db).firstIndex(where: { $0.ref == ref }),
      let anchor = store.paragraph(first | Int64(ordinal))
    else { return [] }
    let hits = ReuseQuery.run(anchorKey: first | Int64(ordinal), anchorText: anchor.text, store: store)
    if let failure = store.failure.error { throw failure }

    var summaries: [Int64: ResolutionSummary] = [:]
    let fileStatement = try db.cachedStatement(
      sql: "SELECT relative, id_body, id_number, body, adopted FROM files WHERE id = ?")
    var ranked: [(match: ReuseMatch, ordinal: Int)] = []
    for hit in hits {
      let fileID = hit.key >> IndexSchema.paragraphBits
      if summaries[fileID] == nil {
        guard let row = try Row.fetchOne(fileStatement, arguments: [fileID]) else { continue }
        let id = IndexSchema.resolutionID(body: row[1], number: row[2])
        summaries[fileID] = ResolutionSummary(
          file: prefix + (row[0] as String), id: id, body: (row[3] as String?).flatMap(Body.init(rawValue:)),
          number: nil, title: nil, adopted: IndexSchema.date(row[4]), isStructured: true)
      }
      guard let summary = summaries[fileID] else { continue }
      let match = ReuseMatch(
        file: summary.file, displayID: summary.displayID, adopted: summary.adopted, ref: hit.ref, text: hit.text,
        similarity: hit.similarity, sharedPhrase: hit.sharedPhrase)
      ranked.append((match, hit.ordinal))
    }
    return ranked.sorted(by: ReuseMatch.precedes).prefix(limit).map(\.match)
  }

  /// The first database error met while `ReuseQuery` read the store (its reads cannot throw).
  final class Failure {
    var error: (any Error)?
  }

  struct Store: ReuseStore {
    let db: Database
    let paragraphCount: Int
    let failure = Failure()
    let texts = ParagraphCache()

    init(_ db: Database) throws {
      self.db = db
      paragraphCount =
        try String.fetchOne(
          db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [IndexSchema.paragraphCountKey]
        ).flatMap { Int($0) } ?? 0
    }

    private func attempt<T>(_ fallback: T, _ body: () throws -> T) -> T {
      do {
        return try body()
      } catch {
        if failure.error == nil { failure.error = error }
        return fallback
      }
    }

    func documentFrequency(_ wordKey: Int64) -> Int {
      attempt(0) {
        try Int.fetchOne(
          db.cachedStatement(sql: "SELECT paragraphs FROM word_frequencies WHERE word = ?"), arguments: [wordKey]) ?? 0
      }
    }

    func postingCount(_ fingerprint: Int64, limit: Int) -> Int {
      attempt(0) {
        try Int.fetchOne(
          db.cachedStatement(
            sql: "SELECT count(*) FROM (SELECT 1 FROM reuse_fingerprints WHERE reuse_fingerprints MATCH ? LIMIT ?)"),
          arguments: [Store.match(fingerprint), limit]) ?? 0
      }
    }

    func postings(_ fingerprint: Int64, limit: Int) -> [Int64] {
      attempt([]) {
        try Int64.fetchAll(
          db.cachedStatement(
            sql: "SELECT rowid FROM reuse_fingerprints WHERE reuse_fingerprints MATCH ? ORDER BY rowid LIMIT ?"),
          arguments: [Store.match(fingerprint), limit])
      }
    }

    /// A fingerprint's token as an FTS5 string (quoted: a token such as `and` must not read as syntax).
    static func match(_ fingerprint: Int64) -> String { "\"" + IndexSchema.fingerprintToken(fingerprint) + "\"" }

    /// How many (fingerprint, paragraph) postings the index holds.
    static func postingTotal(_ db: Database) throws -> Int {
      try Int.fetchOne(db, sql: "SELECT coalesce(sum(doc), 0) FROM reuse_fingerprint_counts") ?? 0
    }

    func paragraph(_ key: Int64) -> (ref: String, text: String)? {
      attempt(nil) {
        let paragraphs = try texts.paragraphs(fileID: key >> IndexSchema.paragraphBits, db)
        let ordinal = Int(key & Int64(IndexSchema.maxParagraphsPerFile - 1))
        return ordinal < paragraphs.count ? (paragraphs[ordinal].ref, paragraphs[ordinal].text) : nil
      }
    }
  }
}
