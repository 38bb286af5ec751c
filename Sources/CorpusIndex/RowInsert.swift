import GRDB
import GRDBSQLite

/// Runs a prepared INSERT of a row id and a text (its two arguments) through SQLite's C API. The writer runs one per
/// stored paragraph and one per fingerprinted paragraph, and GRDB's way (an array of existential arguments, the text
/// bound from a C string it measures) cost as much as a tenth of the writer's thread. The text is bound as GRDB binds
/// it, up to its first NUL byte, so the rows are the same; nothing observes an index's transactions, so GRDB has
/// nothing to be told.
enum RowInsert {
  static func run(_ statement: Statement, rowID: Int64, text: String, _ db: Database) throws {
    var text = text
    try text.withUTF8 { try run(statement, rowID: rowID, utf8: $0, db) }
  }

  static func run(_ statement: Statement, rowID: Int64, utf8 text: UnsafeBufferPointer<UInt8>, _ db: Database) throws {
    let handle = statement.sqliteStatement
    var code = sqlite3_bind_int64(handle, 1, rowID)
    if code == SQLITE_OK {
      // SQLITE_STATIC: the bytes outlive the step, after which the binding is cleared.
      if let base = text.baseAddress, !text.isEmpty {
        let length = text.firstIndex(of: 0) ?? text.count
        code = sqlite3_bind_text(
          handle, 2, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(length), nil)
      } else {
        code = sqlite3_bind_text(handle, 2, "", 0, nil)
      }
    }
    if code == SQLITE_OK { code = sqlite3_step(handle) }
    let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(db.sqliteConnection))
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    if let message { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message) }
  }
}
