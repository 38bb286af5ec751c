import GRDB
import ResolutionKit

/// Reused language read from the index: `reuse_postings` for the fingerprints, `paragraph_terms` (FTS5's vocabulary)
/// for the rarity of words, `paragraphs` for the texts. The query itself is `ReuseQuery`, as for a loaded corpus.
enum IndexReuse {
  /// What the writer stores for a file's paragraphs (those it keeps): the fingerprints of each reusable one, by
  /// ordinal, and how many of them hold each word.
  static func entries(
    of paragraphs: [SearchableParagraph]
  ) -> (fingerprints: [(ordinal: Int, fingerprints: [Int64])], wordCounts: [Int64: Int]) {
    var fingerprints: [(ordinal: Int, fingerprints: [Int64])] = []
    var wordCounts: [Int64: Int] = [:]
    for (ordinal, paragraph) in paragraphs.prefix(IndexSchema.maxParagraphsPerFile).enumerated() {
      let entries = LanguageFingerprint.indexEntries(of: paragraph.text)
      for word in entries.wordKeys { wordCounts[word, default: 0] += 1 }
      if ReuseQuery.isReusable(ref: paragraph.ref), !entries.fingerprints.isEmpty {
        fingerprints.append((ordinal, entries.fingerprints))
      }
    }
    return (fingerprints, wordCounts)
  }

  /// The matches of paragraph `ref` of the file with row id `fileID`, best first, at most `limit`.
  static func matches(ref: String, fileID: Int64, limit: Int, prefix: String, _ db: Database) throws -> [ReuseMatch] {
    let first = fileID << IndexSchema.paragraphBits
    guard
      let anchor = try Row.fetchOne(
        db,
        sql: "SELECT rowid, text FROM paragraphs WHERE rowid BETWEEN ? AND ? AND ref = ? ORDER BY rowid LIMIT 1",
        arguments: [first, first + Int64(IndexSchema.maxParagraphsPerFile) - 1, ref])
    else { return [] }
    let store = try Store(db)
    let hits = ReuseQuery.run(anchorKey: anchor[0], anchorText: anchor[1], store: store)
    if let failure = store.failure.error { throw failure }

    var summaries: [Int64: ResolutionSummary] = [:]
    let fileStatement = try db.cachedStatement(
      sql: "SELECT relative, id_body, id_number, body, adopted FROM files WHERE id = ?")
    var ranked: [(match: ReuseMatch, ordinal: Int)] = []
    for hit in hits {
      let fileID = hit.key >> IndexSchema.paragraphBits
      if summaries[fileID] == nil {
        guard let row = try Row.fetchOne(fileStatement, arguments: [fileID]) else { continue }
        let id = (row[1] as String?).flatMap(Body.init(rawValue:)).flatMap { body in
          (row[2] as String?).map { ResolutionID(body: body, number: $0) }
        }
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
            sql: "SELECT count(*) FROM (SELECT 1 FROM reuse_postings WHERE fingerprint = ? LIMIT ?)"),
          arguments: [fingerprint, limit]) ?? 0
      }
    }

    func postings(_ fingerprint: Int64, limit: Int) -> [Int64] {
      attempt([]) {
        try Int64.fetchAll(
          db.cachedStatement(
            sql: "SELECT paragraph FROM reuse_postings WHERE fingerprint = ? ORDER BY paragraph LIMIT ?"),
          arguments: [fingerprint, limit])
      }
    }

    func paragraph(_ key: Int64) -> (ref: String, text: String)? {
      attempt(nil) {
        try Row.fetchOne(
          db.cachedStatement(sql: "SELECT ref, text FROM paragraphs WHERE rowid = ?"), arguments: [key]
        ).map { ($0[0], $0[1]) }
      }
    }
  }
}
