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
      var stem = Substring(word)
      let isPrefix = stem.hasSuffix("*")
      while stem.hasSuffix("*") { stem = stem.dropLast() }
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
    // bm25 with each row's length read by the query's own join (StoredLengthRank), not by a statement per row.
    let rank = "\(StoredLengthRank.name)(paragraphs, lengths.sz)"
    let lengths = "LEFT JOIN paragraphs_docsize lengths ON lengths.id = paragraphs.rowid"
    var sql: String
    var arguments: StatementArguments = [match]
    if query.body == nil && query.years == nil {
      // Ranked inside FTS5 first, so only the best rows meet the files table.
      sql = """
        SELECT hit.rowid, f.relative, f.id_body, f.id_number, f.body, f.title
        FROM (SELECT paragraphs.rowid, \(rank) AS score FROM paragraphs \(lengths)
          WHERE paragraphs MATCH ? ORDER BY score, paragraphs.rowid LIMIT ?) hit
        JOIN files f ON f.id = (hit.rowid >> \(bits))
        ORDER BY hit.score, hit.rowid
        """
      arguments += [limit]
    } else {
      sql = """
        SELECT paragraphs.rowid, f.relative, f.id_body, f.id_number, f.body, f.title
        FROM paragraphs \(lengths) JOIN files f ON f.id = (paragraphs.rowid >> \(bits))
        WHERE paragraphs MATCH ?
        """
      if let body = query.body {
        sql += " AND f.body = ?"
        arguments += [body.rawValue]
      }
      if let years = query.years {
        sql += " AND f.year BETWEEN ? AND ?"
        arguments += [years.lowerBound, years.upperBound]
      }
      sql += " ORDER BY \(rank), paragraphs.rowid LIMIT ?"
      arguments += [limit]
    }
    let terms = QueryTerms(query)
    let texts = ParagraphCache()
    var hits: [SearchHit] = []
    let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
    for row in rows {
      let key: Int64 = row[0]
      let fileID = key >> bits
      let ordinal = Int(key & ((1 << bits) - 1))
      let paragraphs = try texts.paragraphs(fileID: fileID, db)
      guard ordinal < paragraphs.count else { throw ParagraphStore.Damaged(fileID: fileID) }
      let paragraph = paragraphs[ordinal]
      let (snippet, highlights) = Snippet.make(from: paragraph.text, around: terms.ranges(in: paragraph.text))
      let id = (row[2] as String?).flatMap(Body.init(rawValue:)).flatMap { body in
        (row[3] as String?).map { ResolutionID(body: body, number: $0) }
      }
      let summary = ResolutionSummary(
        file: prefix + (row[1] as String), id: id, body: (row[4] as String?).flatMap(Body.init(rawValue:)), number: nil,
        title: row[5], adopted: nil, isStructured: true)
      hits.append(
        SearchHit(
          file: summary.file, displayID: summary.displayID, title: summary.title, ref: paragraph.ref, snippet: snippet,
          highlights: highlights))
    }
    return hits
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
