import Foundation
import GRDB

/// A one-term search (a word, or a phrase of two words) answered from the champion lists (ChampionLists) instead of
/// FTS5's every matching row: the rows kept for the term are ranked with the key FTS5's ranking gives them
/// (StoredLengthRank's filter key: bm25 without the IDF, which one term shares with every row), in the same order
/// (key, then row id).
///
/// Why the kept rows hold the best `count`: under one term a row's key does not fall as its length grows (each step of
/// the computation is monotone). For a cut bucket whose last kept row has length L, every row left out has length
/// L or more and, if L, a larger row id, so when a row of length L + 1 keys strictly after one of length L, every
/// kept row ranks before every row left out. With `count` kept rows in each cut bucket, a row left out has `count`
/// rows before it and cannot be among the best `count`. Otherwise the lists cannot answer and the search asks FTS5.
enum ChampionSearch {
  /// The best `count` rows for the single term `text` with their keys, best first; nil when the lists cannot say
  /// (`text` is not one or two tokens of a listed term, `count` is beyond the lists' depth, or a cut bucket is too
  /// short).
  static func bestRows(term text: String, count: Int, _ db: Database) throws -> [(row: Int64, key: Double)]? {
    guard count > 0, count <= ChampionLists.depth else { return nil }
    var tokens: [[UInt8]] = []
    try ParagraphTokenizer(db).forEachToken(in: text) { tokens.append([UInt8]($0)) }
    // A word, or a phrase of two words (listed as the words joined by a space).
    guard tokens.count == 1 || tokens.count == 2,
      let term = String(bytes: tokens.joined(separator: [ChampionLists.phraseSeparator]), encoding: .utf8),
      try Int.fetchOne(db, sql: "SELECT 1 FROM champion_terms WHERE term = ?", arguments: [term]) != nil,
      let average = try averageLength(db)
    else { return nil }
    var ranked: [(row: Int64, key: Double)] = []
    // Per tf: how many rows are kept and the length of the last (rows come in (tf, length, row) order).
    var buckets: [Int64: (count: Int, last: Int64)] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT tf, length, row FROM champions WHERE term = ? ORDER BY tf, length, row", arguments: [term])
    {
      let tf: Int64 = row[0], length: Int64 = row[1]
      let key = StoredLengthRank.singlePhraseKey(
        frequency: Double(tf), length: Double(length), averageLength: average)
      ranked.append((row[2], key))
      buckets[tf] = ((buckets[tf]?.count ?? 0) + 1, length)
    }
    for tf in try Int64.fetchAll(db, sql: "SELECT tf FROM champion_cuts WHERE term = ?", arguments: [term]) {
      guard let bucket = buckets[tf], bucket.count >= count else { return nil }
      let last = StoredLengthRank.singlePhraseKey(
        frequency: Double(tf), length: Double(bucket.last), averageLength: average)
      let beyond = StoredLengthRank.singlePhraseKey(
        frequency: Double(tf), length: Double(bucket.last + 1), averageLength: average)
      guard last < beyond else { return nil }
    }
    ranked.sort { $0.key != $1.key ? $0.key < $1.key : $0.row < $1.row }
    return Array(ranked.prefix(count))
  }

  /// The average row length as FTS5's ranking computes it (`xColumnTotalSize` over `xRowCount`), from FTS5's
  /// averages record (`paragraphs_data` row 1: the row count, then each column's token count, as varints).
  static func averageLength(_ db: Database) throws -> Double? {
    guard let record = try Data.fetchOne(db, sql: "SELECT block FROM paragraphs_data WHERE id = 1") else {
      return nil
    }
    let bytes = [UInt8](record)
    var offset = 0
    guard let rows = varint(bytes, &offset), rows > 0 else { return nil }
    // `paragraphs` has one column.
    guard let tokens = varint(bytes, &offset) else { return nil }
    return Double(tokens) / Double(rows)
  }

  /// SQLite's varint (7 bits a byte, high bit set on all but the last; a ninth byte gives 8) at `offset`.
  static func varint(_ bytes: [UInt8], _ offset: inout Int) -> Int64? {
    var number: UInt64 = 0
    for used in 1...9 {
      guard offset < bytes.count else { return nil }
      let byte = bytes[offset]
      offset += 1
      if used == 9 { return Int64(bitPattern: number << 8 | UInt64(byte)) }
      number = number << 7 | UInt64(byte & 0x7F)
      if byte & 0x80 == 0 { return Int64(bitPattern: number) }
    }
    return nil
  }
}
