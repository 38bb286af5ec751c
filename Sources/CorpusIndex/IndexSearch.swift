import Foundation
import GRDB
import ResolutionKit

/// Full-text search with FTS5: the query becomes a MATCH expression in which every user term is a quoted string, so
/// no input can be read as FTS5 syntax (`NEAR(`, `AND`, `*`, stray quotes).
enum IndexSearch {
  /// The MATCH expression for `query`: phrases and words AND-ed, `word*` a prefix. Nil when no term holds a character
  /// the tokenizer indexes (a query of punctuation alone), so there is nothing to look for.
  static func matchExpression(_ query: SearchQuery) -> String? {
    var terms: [String] = []
    for phrase in query.phrases where hasToken(phrase) { terms.append(quoted(phrase)) }
    for word in query.words {
      let stem = stem(word)
      let isPrefix = word.hasSuffix("*")
      guard hasToken(stem) else { continue }
      terms.append(quoted(stem) + (isPrefix ? "*" : ""))
    }
    return terms.isEmpty ? nil : terms.joined(separator: " AND ")
  }

  /// The best `limit` paragraphs for `query` by bm25 (ties in index order), with snippets. `prefix` is prepended to
  /// stored relative paths.
  static func search(_ query: SearchQuery, limit: Int, prefix: String, _ db: Database) throws -> [SearchHit] {
    guard limit > 0, let match = matchExpression(query) else { return [] }
    let bits = IndexSchema.paragraphBits
    let keys: [Int64]
    if query.body == nil && query.years == nil, let ranked = try bestRows(query, match: match, limit: limit, db) {
      keys = ranked
    } else {
      keys = try rankedByBM25(query, match: match, limit: limit, db)
    }
    let terms = QueryTerms(query)
    var decompressor: ParagraphStore.Decompressor?
    var hits: [SearchHit] = []
    for key in keys {
      let fileID = key >> bits
      let ordinal = Int(key & ((1 << bits) - 1))
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(sql: "SELECT relative, id_body, id_number, body, title FROM files WHERE id = ?"),
          arguments: [fileID])
      else { throw ParagraphStore.Damaged(fileID: fileID) }
      guard
        let paragraph = try ParagraphStore.paragraph(
          fileID: fileID, ordinal: ordinal, decompressor: ParagraphStore.decompressor(db, keptIn: &decompressor), db)
      else { throw ParagraphStore.Damaged(fileID: fileID) }
      let (snippet, highlights) = Snippet.make(from: paragraph.text, around: terms.ranges(in: paragraph.text))
      let id = IndexSchema.resolutionID(body: row[1], number: row[2])
      let summary = ResolutionSummary(
        file: prefix + (row[0] as String), id: id, body: (row[3] as String?).flatMap(Body.init(rawValue:)), number: nil,
        title: row[4], adopted: nil, isStructured: true)
      hits.append(
        SearchHit(
          file: summary.file, displayID: summary.displayID, title: summary.title, ref: paragraph.ref, snippet: snippet,
          highlights: highlights))
    }
    return hits
  }

  /// The row ids of the best `limit` rows by bm25, with each row's length read in the query (StoredLengthRank), not
  /// by a statement of FTS5's per row; the files table joined only where the query filters on it.
  private static func rankedByBM25(
    _ query: SearchQuery, match: String, limit: Int, _ db: Database
  ) throws -> [Int64] {
    var sql = """
      SELECT paragraphs.rowid FROM paragraphs
      LEFT JOIN paragraphs_docsize lengths ON lengths.id = paragraphs.rowid
      """
    var arguments: StatementArguments = []
    if query.body != nil || query.years != nil {
      sql += " JOIN files f ON f.id = (paragraphs.rowid >> \(IndexSchema.paragraphBits))"
    }
    sql += " WHERE paragraphs MATCH ?"
    arguments += [match]
    if let body = query.body {
      sql += " AND f.body = ?"
      arguments += [body.rawValue]
    }
    if let years = query.years {
      sql += " AND f.year BETWEEN ? AND ?"
      arguments += [years.lowerBound, years.upperBound]
    }
    sql += " ORDER BY \(StoredLengthRank.name)(paragraphs, lengths.sz), paragraphs.rowid LIMIT ?"
    arguments += [limit]
    return try Int64.fetchAll(db, sql: sql, arguments: arguments)
  }

  /// The same rows when nothing but the match filters: only rows that can still be among the best are ranked (the
  /// filter form of StoredLengthRank; see there), or, for a single term, only the rows of its champion lists
  /// (ChampionSearch), which get the same keys. With one phrase the keys leave out its IDF, which scales every key
  /// alike and so keeps their order, unless it makes two keys closer than its rounding equal: then the order would
  /// go by row id. Nil when two of the keys returned are that close (bm25 itself must then rank them).
  static func bestRows(_ query: SearchQuery, match: String, limit: Int, _ db: Database) throws -> [Int64]? {
    // One more than asked: the last hit's key is compared with the next.
    let rows = try singleTerm(query).flatMap { try ChampionSearch.bestRows(term: $0, count: limit + 1, db) }
      ?? bestRowsByFTS5(match: match, count: limit + 1, db)
    let keys = rows.map(\.key)
    // Scaling by a positive number keeps keys further apart than 2^-50 of their size in order (each product is
    // rounded by at most 2^-53 of itself).
    for (lower, upper) in zip(keys, keys.dropFirst()) where lower != upper {
      if abs(upper - lower) <= abs(lower) * 0x1p-50 { return nil }
    }
    return rows.prefix(limit).map(\.row)
  }

  /// The best `count` rows by the filter's key, with their keys, from every row FTS5 matches.
  static func bestRowsByFTS5(match: String, count: Int, _ db: Database) throws -> [(row: Int64, key: Double)] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT rowid, key FROM (
          SELECT rowid, \(StoredLengthRank.name)(paragraphs, NULL, ?) AS key FROM paragraphs WHERE paragraphs MATCH ?)
        WHERE key IS NOT NULL ORDER BY key, rowid LIMIT ?
        """, arguments: [count, match, count]
    ).map { ($0[0], $0[1]) }
  }

  /// The query's text when it is one word or one phrase (not a prefix), which may be a single term for the champion
  /// lists; else nil.
  static func singleTerm(_ query: SearchQuery) -> String? {
    let phrases = query.phrases.filter { hasToken($0) }
    let words = query.words.filter { hasToken(stem($0)) }
    guard phrases.count + words.count == 1 else { return nil }
    if let phrase = phrases.first { return phrase }
    return words[0].hasSuffix("*") ? nil : words[0]
  }

  /// A word without the `*`s that make it a prefix.
  private static func stem(_ word: String) -> Substring {
    var stem = Substring(word)
    while stem.hasSuffix("*") { stem = stem.dropLast() }
    return stem
  }

  /// FTS5 string syntax: double quotes around, inner double quotes doubled.
  private static func quoted(_ term: some StringProtocol) -> String {
    "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// True when the unicode61 tokenizer would find a token in `text` (it indexes letters, numbers and private use).
  private static func hasToken(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
        .letterNumber, .otherNumber, .privateUse:
        true
      default: false
      }
    }
  }
}
