import Foundation
import GRDB
import GRDBSQLite

/// `resolute_bm25(paragraphs, sz)`: FTS5's own `bm25(paragraphs)`, computed the same way with the same constants, but
/// with the row's length in tokens read from `sz`, the row's `paragraphs_docsize` blob that the query joins in. FTS5's
/// `bm25` asks `xColumnSize`, which runs a statement of its own for every row (bind, seek, step, reset): for a phrase
/// in a third of all paragraphs that was nine tenths of the query. The score is bm25's to the bit (fts5_aux.c: the
/// average length and each phrase's IDF once per query, then the phrase frequencies of the row); SearchRankTests
/// compares the two on every row. `sz` is FTS5's size record: one varint per column (fts5_storage.c). Without it
/// (NULL), `xColumnSize` is asked.
///
/// `resolute_bm25(paragraphs, NULL, k)` ranks only the rows that can still be among the best `k`, and is NULL for the
/// others: the rank key of a row is its score, except that with a single phrase (one word, one prefix or one "phrase")
/// the IDF is left out (it multiplies every row's score by the same number, which needs a second pass over the
/// phrase's rows to count them). FTS5 hands rows over in row id order, so a row that only ties the `k`-th best key so
/// far comes after `k` rows that rank before it (ties go by row id) and cannot be among them. A row is dropped before
/// its length is read when even the shortest length its matches allow (the end of its last match) cannot beat the
/// `k`-th best: for a common phrase most rows, which then cost neither the length nor the sort. The length, when
/// needed, is read through one blob handle moved from row to row. Should rows ever come out of order, every later
/// row is ranked. Left out, the IDF can only merge keys closer than a few units in the last place, which
/// `IndexSearch` checks for (and then ranks again with bm25 itself).
enum StoredLengthRank {
  static let name = "resolute_bm25"

  /// Registers the function on one connection (every connection of the pool: see `IndexDatabase.configuration`).
  static func register(_ db: Database) {
    let api = FTS5.api(db)
    // The connection, for the blob handle that reads lengths (`xUserData`).
    let connection = UnsafeMutableRawPointer(db.sqliteConnection)
    _ = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, connection, rankFunction, nil)
  }
}

/// BM25's constants, as FTS5's bm25 has them.
private let k1 = 1.2
private let b = 0.75

/// What one query keeps between rows (FTS5's `xSetAuxdata`, released with the query). What changes on every row is
/// behind pointers: each use of a class's `var` is checked for exclusive access, which took a third of the time.
private final class QueryState {
  let averageLength: Double
  let phraseSizes: UnsafeMutableBufferPointer<Int32>
  /// The current row's frequency of each phrase.
  let frequencies: UnsafeMutableBufferPointer<Double>
  /// Each phrase's IDF, once `row.pointee.hasIDFs` (`computeIDFs`).
  let idfs: UnsafeMutableBufferPointer<Double>
  let row: UnsafeMutablePointer<RowState>
  /// Moved from row to row to read `paragraphs_docsize.sz`.
  var sizes: OpaquePointer?

  struct RowState {
    var hasIDFs = false
    var lastRow = Int64.min
    var inOrder = true
    /// The filter's answer for the last row it saw (SQLite may ask twice for one row).
    var answeredRow = Int64.min
    var answeredKey: Double? = nil
    /// The best keys seen so far (the lowest: bm25 is negated), at most the filter's `k`, as a max-heap.
    var best: UnsafeMutablePointer<Double>? = nil
    var bestCount = 0
    var bestCapacity = 0
  }

  init(averageLength: Double, phraseSizes: [Int32]) {
    self.averageLength = averageLength
    self.phraseSizes = .allocate(capacity: phraseSizes.count)
    _ = self.phraseSizes.initialize(from: phraseSizes)
    frequencies = .allocate(capacity: phraseSizes.count)
    frequencies.initialize(repeating: 0)
    idfs = .allocate(capacity: phraseSizes.count)
    idfs.initialize(repeating: 0)
    row = .allocate(capacity: 1)
    row.initialize(to: RowState())
  }

  deinit {
    if let sizes { sqlite3_blob_close(sizes) }
    row.pointee.best?.deallocate()
    row.deinitialize(count: 1)
    row.deallocate()
    phraseSizes.deallocate()
    frequencies.deallocate()
    idfs.deallocate()
  }

  /// bm25's IDF of each phrase: the rows holding it counted by a pass over them (`xQueryPhrase`). False on failure.
  func computeIDFs(_ api: Fts5ExtensionApi, _ fts: OpaquePointer) -> Bool {
    if row.pointee.hasIDFs { return true }
    var rows: Int64 = 0
    guard api.xRowCount(fts, &rows) == SQLITE_OK else { return false }
    for phrase in phraseSizes.indices {
      var hits: Int64 = 0
      guard api.xQueryPhrase(fts, Int32(phrase), &hits, countRow) == SQLITE_OK else { return false }
      var idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
      if idf <= 0.0 { idf = 1e-6 }
      idfs[phrase] = idf
    }
    row.pointee.hasIDFs = true
    return true
  }

  /// The `k`-th best key so far when `capacity` were kept, else nil.
  func bar(capacity: Int) -> Double? {
    let state = row.pointee
    guard capacity > 0, state.bestCount >= capacity, let best = state.best else { return nil }
    return best[0]
  }

  /// Keeps `key` when it is among the best `capacity` so far.
  func admits(_ key: Double, capacity: Int) -> Bool {
    guard capacity > 0 else { return false }
    if row.pointee.best == nil || row.pointee.bestCapacity != capacity {
      row.pointee.best?.deallocate()
      row.pointee.best = .allocate(capacity: capacity)
      row.pointee.bestCapacity = capacity
      row.pointee.bestCount = 0
    }
    let best = UnsafeMutableBufferPointer(start: row.pointee.best!, count: capacity)
    let count = row.pointee.bestCount
    if count < capacity {
      best[count] = key
      row.pointee.bestCount = count + 1
      var child = count
      while child > 0 {
        let parent = (child - 1) / 2
        guard best[child] > best[parent] else { break }
        best.swapAt(child, parent)
        child = parent
      }
      return true
    }
    guard key < best[0] else { return false }
    best[0] = key
    var parent = 0
    while true {
      let left = 2 * parent + 1, right = left + 1
      var largest = parent
      if left < count && best[left] > best[largest] { largest = left }
      if right < count && best[right] > best[largest] { largest = right }
      guard largest != parent else { break }
      best.swapAt(parent, largest)
      parent = largest
    }
    return true
  }

  /// The length of `row` in tokens from its size record, or nil when it cannot be read.
  func storedLength(row: Int64, connection: OpaquePointer?) -> Int64? {
    if let open = sizes {
      // A failed move aborts the handle: the next row opens a new one.
      guard sqlite3_blob_reopen(open, row) == SQLITE_OK else {
        sqlite3_blob_close(open)
        sizes = nil
        return nil
      }
    } else {
      guard let connection,
        sqlite3_blob_open(connection, "main", "paragraphs_docsize", "sz", row, 0, &sizes) == SQLITE_OK
      else {
        if let sizes { sqlite3_blob_close(sizes) }
        sizes = nil
        return nil
      }
    }
    guard let sizes else { return nil }
    let count = Int(sqlite3_blob_bytes(sizes))
    guard count > 0, count <= 16 else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { bytes in
      guard sqlite3_blob_read(sizes, bytes.baseAddress, Int32(count), 0) == SQLITE_OK else { return nil }
      return sizeRecordTotal(UnsafeBufferPointer(bytes))
    }
  }
}

/// The query's state, made on its first row: the average length as bm25 computes it, and the phrases' sizes.
private func queryState(_ api: Fts5ExtensionApi, _ fts: OpaquePointer) -> QueryState? {
  if let data = api.xGetAuxdata(fts, 0) { return Unmanaged<QueryState>.fromOpaque(data).takeUnretainedValue() }
  var rows: Int64 = 0
  var tokens: Int64 = 0
  guard api.xRowCount(fts, &rows) == SQLITE_OK, api.xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK else {
    return nil
  }
  let sizes = (0..<api.xPhraseCount(fts)).map { api.xPhraseSize(fts, $0) }
  let state = QueryState(averageLength: Double(tokens) / Double(rows), phraseSizes: sizes)
  // On failure FTS5 has already called releaseState.
  guard api.xSetAuxdata(fts, Unmanaged.passRetained(state).toOpaque(), releaseState) == SQLITE_OK else { return nil }
  return state
}

private let countRow: @convention(c) (UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?)
  -> Int32 = { _, _, hits in
    hits?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
  }

private let releaseState: @convention(c) (UnsafeMutableRawPointer?) -> Void = { data in
  if let data { Unmanaged<QueryState>.fromOpaque(data).release() }
}

/// The sum of the varints of an FTS5 size record (SQLite's varint: 7 bits a byte, high bit set on all but the last;
/// a ninth byte gives 8), or nil when it is not one.
private func sizeRecordTotal(_ blob: UnsafeBufferPointer<UInt8>) -> Int64? {
  let count = blob.count
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

/// The size record in an SQL value, summed.
private func storedLength(_ value: OpaquePointer?) -> Int64? {
  guard let value, sqlite3_value_type(value) == SQLITE_BLOB, let bytes = sqlite3_value_blob(value) else { return nil }
  let count = Int(sqlite3_value_bytes(value))
  return sizeRecordTotal(UnsafeBufferPointer(start: bytes.assumingMemoryBound(to: UInt8.self), count: count))
}

/// The phrase frequencies of the current row in `state.frequencies`, and the shortest length its matches allow (the
/// end of the last one).
private func countPhrases(_ api: Fts5ExtensionApi, _ fts: OpaquePointer, _ state: QueryState) -> (Int32, Int32) {
  let frequencies = state.frequencies, sizes = state.phraseSizes
  frequencies.update(repeating: 0)
  var instances: Int32 = 0
  var code = api.xInstCount(fts, &instances)
  var index: Int32 = 0
  var shortest: Int32 = 0
  while code == SQLITE_OK && index < instances {
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    code = api.xInst(fts, index, &phrase, &column, &offset)
    if code == SQLITE_OK {
      frequencies[Int(phrase)] += 1.0
      shortest = max(shortest, offset + sizes[Int(phrase)])
    }
    index += 1
  }
  return (code, shortest)
}

/// bm25 of a row of `length` tokens with the frequencies counted, as fts5Bm25Function computes it (`withIDFs` false:
/// each IDF taken as 1).
private func score(_ state: QueryState, withIDFs: Bool, length: Double) -> Double {
  let frequencies = state.frequencies, idfs = state.idfs, averageLength = state.averageLength
  var total = 0.0
  for phrase in frequencies.indices {
    let term = StoredLengthRank.termScore(frequency: frequencies[phrase], length: length, averageLength: averageLength)
    total += withIDFs ? idfs[phrase] * term : term
  }
  return -1.0 * total
}

extension StoredLengthRank {
  /// One phrase's part of bm25 before its IDF, for a row of `length` tokens that holds it `frequency` times.
  @inline(__always)
  static func termScore(frequency: Double, length: Double, averageLength: Double) -> Double {
    (frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength))
  }

  /// The filter's key of a row for a single phrase (its IDF left out), computed as `score` computes it.
  static func singlePhraseKey(frequency: Double, length: Double, averageLength: Double) -> Double {
    var total = 0.0
    total += termScore(frequency: frequency, length: length, averageLength: averageLength)
    return -1.0 * total
  }
}

/// The filter's key for the current row, or nil when it cannot be among the best `capacity`.
private func filterKey(
  _ api: Fts5ExtensionApi, _ fts: OpaquePointer, _ state: QueryState, capacity: Int
) -> (Double?, Int32) {
  let row = api.xRowid(fts)
  let rowState = state.row
  if rowState.pointee.answeredRow == row { return (rowState.pointee.answeredKey, SQLITE_OK) }
  if row <= rowState.pointee.lastRow { rowState.pointee.inOrder = false }
  rowState.pointee.lastRow = row
  let (code, shortest) = countPhrases(api, fts, state)
  guard code == SQLITE_OK else { return (nil, code) }
  let withIDFs = state.phraseSizes.count > 1
  if withIDFs && !state.computeIDFs(api, fts) { return (nil, SQLITE_ERROR) }
  let inOrder = rowState.pointee.inOrder
  if inOrder, let bar = state.bar(capacity: capacity),
    score(state, withIDFs: withIDFs, length: Double(shortest)) >= bar
  {
    rowState.pointee.answeredRow = row
    rowState.pointee.answeredKey = nil
    return (nil, SQLITE_OK)
  }
  let length: Double
  if let stored = state.storedLength(row: row, connection: OpaquePointer(api.xUserData(fts))) {
    length = Double(stored)
  } else {
    var tokens: Int32 = 0
    let code = api.xColumnSize(fts, -1, &tokens)
    guard code == SQLITE_OK else { return (nil, code) }
    length = Double(tokens)
  }
  let key = score(state, withIDFs: withIDFs, length: length)
  let admitted = state.admits(key, capacity: capacity) || !inOrder
  rowState.pointee.answeredRow = row
  rowState.pointee.answeredKey = admitted ? key : nil
  return (admitted ? key : nil, SQLITE_OK)
}

private let rankFunction: fts5_extension_function = { api, fts, context, count, values in
  guard let api, let fts, let context else { return }
  guard let state = queryState(api.pointee, fts) else {
    sqlite3_result_error_code(context, SQLITE_NOMEM)
    return
  }
  if count >= 2, let capacity = values?[1] {
    let (key, code) = filterKey(api.pointee, fts, state, capacity: Int(sqlite3_value_int64(capacity)))
    guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
    if let key { sqlite3_result_double(context, key) } else { sqlite3_result_null(context) }
    return
  }
  let (code, _) = countPhrases(api.pointee, fts, state)
  guard code == SQLITE_OK, state.computeIDFs(api.pointee, fts) else {
    return sqlite3_result_error_code(context, code == SQLITE_OK ? SQLITE_ERROR : code)
  }
  var length: Double
  if count >= 1, let stored = storedLength(values?[0]) {
    length = Double(stored)
  } else {
    var tokens: Int32 = 0
    let code = api.pointee.xColumnSize(fts, -1, &tokens)
    guard code == SQLITE_OK else { return sqlite3_result_error_code(context, code) }
    length = Double(tokens)
  }
  sqlite3_result_double(context, score(state, withIDFs: true, length: length))
}
