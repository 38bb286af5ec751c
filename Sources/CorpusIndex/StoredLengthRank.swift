import Foundation
import GRDB
import GRDBSQLite

/// `resolute_bm25(paragraphs, sz)`: FTS5's own `bm25(paragraphs)`, computed the same way with the same constants, but
/// with the row's length in tokens read from `sz`, the row's `paragraphs_docsize` blob that the query joins in. FTS5's
/// `bm25` asks `xColumnSize`, which runs a statement of its own for every row (bind, seek, step, reset): for a phrase
/// in a third of all paragraphs that was nine tenths of the query. The join seeks the same row inside the query.
///
/// The score is bm25's to the bit (fts5_aux.c: the average length and each phrase's IDF once per query, then the
/// phrase frequencies of the row), so hits come in the same order; SearchRankTests compares the two on every row.
/// `sz` is FTS5's size record: one varint per column (fts5_storage.c). Without it (NULL), `xColumnSize` is asked.
enum StoredLengthRank {
  static let name = "resolute_bm25"

  /// Registers the function on one connection (every connection of the pool: see `IndexDatabase.configuration`).
  static func register(_ db: Database) {
    let api = FTS5.api(db)
    _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, nil, score, nil)
  }
}

/// BM25's constants, as FTS5's bm25 has them.
private let k1 = 1.2
private let b = 0.75

/// Per query, kept by FTS5 (`xSetAuxdata`) and freed with it: [phrase count, average length, IDF of each phrase,
/// frequency of each phrase in the current row].
private func queryData(_ api: Fts5ExtensionApi, _ fts: OpaquePointer) -> UnsafeMutablePointer<Double>? {
  if let data = api.xGetAuxdata(fts, 0) { return data.assumingMemoryBound(to: Double.self) }
  let phrases = Int(api.xPhraseCount(fts))
  guard let raw = malloc(MemoryLayout<Double>.stride * (2 + 2 * phrases)) else { return nil }
  let data = raw.assumingMemoryBound(to: Double.self)
  data.initialize(repeating: 0, count: 2 + 2 * phrases)
  data[0] = Double(phrases)
  var rows: Int64 = 0
  var tokens: Int64 = 0
  guard api.xRowCount(fts, &rows) == SQLITE_OK, api.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else {
    free(raw)
    return nil
  }
  data[1] = Double(tokens) / Double(rows)
  for phrase in 0..<phrases {
    var hits: Int64 = 0
    guard api.xQueryPhrase(fts, Int32(phrase), &hits, countRow) == SQLITE_OK else {
      free(raw)
      return nil
    }
    var idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
    if idf <= 0.0 { idf = 1e-6 }
    data[2 + phrase] = idf
  }
  guard api.xSetAuxdata(fts, raw, freeData) == SQLITE_OK else { return nil }  // FTS5 freed it
  return data
}

private let countRow: @convention(c) (UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?)
  -> Int32 = { _, _, hits in
    hits?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
  }

private let freeData: @convention(c) (UnsafeMutableRawPointer?) -> Void = { free($0) }

/// The sum of the varints of an FTS5 size record (SQLite's varint: 7 bits a byte, high bit set on all but the last;
/// a ninth byte gives 8), or nil when it is not one.
private func storedLength(_ value: OpaquePointer?) -> Int64? {
  guard let value, sqlite3_value_type(value) == SQLITE_BLOB, let bytes = sqlite3_value_blob(value) else { return nil }
  let count = Int(sqlite3_value_bytes(value))
  let blob = bytes.assumingMemoryBound(to: UInt8.self)
  var total: Int64 = 0
  var offset = 0
  while offset < count {
    var number: UInt64 = 0
    var used = 0
    while true {
      guard offset + used < count else { return nil }
      let byte = blob[offset + used]
      used += 1
      if used == 9 {
        number = number << 8 | UInt64(byte)
        break
      }
      number = number << 7 | UInt64(byte & 0x7F)
      if byte & 0x80 == 0 { break }
    }
    // xColumnSize gives each column's size as a C int, and bm25 sums them as one.
    total += Int64(Int32(truncatingIfNeeded: number))
    offset += used
  }
  return count > 0 ? Int64(Int32(truncatingIfNeeded: total)) : nil
}

private let score: fts5_extension_function = { api, fts, context, count, values in
  guard let api, let fts, let context else { return }
  let functions = api.pointee
  guard let data = queryData(functions, fts) else {
    sqlite3_result_error_code(context, SQLITE_NOMEM)
    return
  }
  let phrases = Int(data[0])
  let averageLength = data[1]
  let idfs = data + 2
  let frequencies = data + 2 + phrases
  frequencies.update(repeating: 0, count: phrases)
  var instances: Int32 = 0
  var code = functions.xInstCount(fts, &instances)
  var index: Int32 = 0
  while code == SQLITE_OK && index < instances {
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    code = functions.xInst(fts, index, &phrase, &column, &offset)
    if code == SQLITE_OK { frequencies[Int(phrase)] += 1.0 }
    index += 1
  }
  var length = 0.0
  if code == SQLITE_OK {
    if count >= 1, let stored = storedLength(values?[0]) {
      length = Double(stored)
    } else {
      var tokens: Int32 = 0
      code = functions.xColumnSize(fts, -1, &tokens)
      length = Double(tokens)
    }
  }
  guard code == SQLITE_OK else {
    sqlite3_result_error_code(context, code)
    return
  }
  var total = 0.0
  for phrase in 0..<phrases {
    let frequency = frequencies[phrase]
    total += idfs[phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
  }
  sqlite3_result_double(context, -1.0 * total)
}
