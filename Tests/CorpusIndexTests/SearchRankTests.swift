import Foundation
import GRDB
import ResolutionKit
import Testing

@testable import CorpusIndex

/// Search ranks with StoredLengthRank: `resolute_bm25(paragraphs, lengths.sz)` reads each row's length from a join
/// instead of FTS5's statement per row, and its filter form ranks only rows that can still be among the best. The
/// score must be FTS5's own `bm25(paragraphs)` to the bit on every matching row, and the hits must come in bm25's
/// order at any limit: checked on the bundled corpus and on the real 2025 General Assembly resolutions (skipped,
/// saying so, when that folder is absent).
@Suite("Search rank: the stored-length bm25 is FTS5's bm25 to the bit")
struct SearchRankTests {
  static let queries = [
    "cooperation", "\"united nations\"", "\"general assembly\"", "develop*", "human rights", "decides",
    "\"technical cooperation\" development", "\"the\"", "states members", "report secretary-general",
  ]

  static let ga80: String? = {
    let folder = Workspace.packageRoot.appendingPathComponent("../shared/real/ga80").standardized.path
    return access(folder + "/A_RES_80_1.md", R_OK) == 0 ? folder : nil
  }()

  /// Every row of every query: the score of each, and the first rows in each order.
  func expectEqualRanks(_ index: IndexedCorpus) throws {
    var compared = 0
    var matching = 0
    for text in Self.queries {
      let query = try SearchQuery(parsing: text)
      let match = try #require(IndexSearch.matchExpression(query))
      let rows = try index.pool.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT paragraphs.rowid, bm25(paragraphs), resolute_bm25(paragraphs, lengths.sz),
              resolute_bm25(paragraphs, NULL)
            FROM paragraphs LEFT JOIN paragraphs_docsize lengths ON lengths.id = paragraphs.rowid
            WHERE paragraphs MATCH ?
            """, arguments: [match])
      }
      matching += rows.isEmpty ? 0 : 1
      for row in rows {
        let fts5: Double = row[1], stored: Double = row[2], asked: Double = row[3]
        #expect(fts5.bitPattern == stored.bitPattern, "\(text), row \(row[0] as Int64): \(fts5) vs \(stored)")
        #expect(fts5.bitPattern == asked.bitPattern, "\(text), row \(row[0] as Int64) without a size record")
      }
      compared += rows.count
      // The hits the search returns, in its order, are the first rows by bm25 (ties by row id), whatever the limit
      // (the search leaves out rows that cannot be among the best `limit` before sorting).
      for limit in [1, 7, 25, 400] {
        let expected = try index.pool.read { db in
          try Int64.fetchAll(
            db,
            sql: "SELECT rowid FROM paragraphs WHERE paragraphs MATCH ? ORDER BY bm25(paragraphs), rowid LIMIT ?",
            arguments: [match, limit])
        }
        let prefix = IndexSnapshot.filePrefix(index.root)
        let expectedHits = try index.pool.read { db in
          try expected.map { key -> String in
            let fileID = key >> IndexSchema.paragraphBits
            let relative = try #require(
              try String.fetchOne(db, sql: "SELECT relative FROM files WHERE id = ?", arguments: [fileID]))
            let ordinal = Int(key & (1 << IndexSchema.paragraphBits - 1))
            return prefix + relative + " " + (try ParagraphStore.paragraphs(fileID: fileID, db))[ordinal].ref
          }
        }
        let got = try index.search(query, limit: limit).map { $0.file + " " + $0.ref }
        #expect(got == expectedHits, "\(text), limit \(limit): the hits in bm25's order")
      }
    }
    #expect(compared > 100 && matching >= 6, "enough rows compared (\(compared), \(matching) queries)")
  }

  @Test("on the bundled corpus")
  func bundled() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    try expectEqualRanks(index)
  }

  @Test("on the real 2025 General Assembly resolutions", .enabled(if: ga80 != nil, "../shared/real/ga80 is absent"))
  func realResolutions() throws {
    let workspace = try Workspace(copyingCorpus: false)
    let index = try IndexedCorpus(corpusPath: try #require(Self.ga80), indexPath: workspace.indexPath)
    try index.update()
    try expectEqualRanks(index)
  }
}
