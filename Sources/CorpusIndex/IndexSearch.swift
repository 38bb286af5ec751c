import Foundation
import GRDB
import ResolutionKit

/// Full-text search with FTS5: the query becomes a MATCH expression in which every user term is a quoted string, so
/// no input can be read as FTS5 syntax (`NEAR(`, `AND`, `*`, stray quotes).
enum IndexSearch {
  /// Marks FTS5 puts around each match in the paragraph text; private-use characters, which resolutions do not hold.
  static let openMark = "\u{F8F0}"
  static let closeMark = "\u{F8F1}"

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

  /// The best `limit` paragraphs for `query` by bm25, with snippets. `prefix` is prepended to stored relative paths.
  static func search(_ query: SearchQuery, limit: Int, prefix: String, _ db: Database) throws -> [SearchHit] {
    guard limit > 0, let match = matchExpression(query) else { return [] }
    var sql = """
      SELECT paragraphs.ref, highlight(paragraphs, 0, ?, ?), f.relative, f.id_body, f.id_number, f.body, f.title
      FROM paragraphs JOIN files f ON f.id = (paragraphs.rowid >> \(IndexSchema.paragraphBits))
      WHERE paragraphs MATCH ?
      """
    var arguments: StatementArguments = [openMark, closeMark, match]
    if let body = query.body {
      sql += " AND f.body = ?"
      arguments += [body.rawValue]
    }
    if let years = query.years {
      sql += " AND f.year BETWEEN ? AND ?"
      arguments += [years.lowerBound, years.upperBound]
    }
    sql += " ORDER BY bm25(paragraphs), paragraphs.rowid LIMIT ?"
    arguments += [limit]
    var hits: [SearchHit] = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() {
      let (text, ranges) = unmark(row[1] as String)
      let (snippet, highlights) = Snippet.make(from: text, around: ranges)
      let id = (row[3] as String?).flatMap(Body.init(rawValue:)).flatMap { body in
        (row[4] as String?).map { ResolutionID(body: body, number: $0) }
      }
      let summary = ResolutionSummary(
        file: prefix + (row[2] as String), id: id, body: (row[5] as String?).flatMap(Body.init(rawValue:)), number: nil,
        title: row[6], adopted: nil, isStructured: true)
      hits.append(
        SearchHit(
          file: summary.file, displayID: summary.displayID, title: summary.title, ref: row[0], snippet: snippet,
          highlights: highlights))
    }
    return hits
  }

  /// The text without the marks, and the UTF-8 ranges they enclosed. Unbalanced marks are dropped, never trusted.
  static func unmark(_ marked: String) -> (String, [Range<Int>]) {
    let open = Array(openMark.utf8), close = Array(closeMark.utf8)
    let bytes = Array(marked.utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count)
    var ranges: [Range<Int>] = []
    var start: Int?
    var index = 0
    while index < bytes.count {
      if bytes[index...].starts(with: open) {
        start = text.count
        index += open.count
      } else if bytes[index...].starts(with: close) {
        if let lower = start, text.count > lower { ranges.append(lower..<text.count) }
        start = nil
        index += close.count
      } else {
        text.append(bytes[index])
        index += 1
      }
    }
    return (String(decoding: text, as: UTF8.self), ranges)
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
