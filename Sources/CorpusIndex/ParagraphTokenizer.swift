import Foundation
import GRDB
import GRDBSQLite

/// The `paragraphs` table's own tokenizer (FTS5's unicode61, with the arguments of `IndexSchema.paragraphTokenizer`),
/// asked through FTS5: the tokens and row lengths counted with it are the ones FTS5 indexes and ranks by.
final class ParagraphTokenizer {
  private let tokenizer: any FTS5Tokenizer
  /// FTS5 keeps at most this many bytes of a token (FTS5_MAX_TOKEN_SIZE).
  static let longestToken = 32_768

  init(_ db: Database) throws {
    tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: IndexSchema.paragraphTokenizer))
  }

  /// Hands each token of `text` (its UTF-8 bytes, valid only during the call) to `visit`; returns how many there
  /// were, the row's length as FTS5 counts it (unicode61 gives no colocated tokens, which FTS5 would not count).
  @discardableResult
  func forEachToken(in text: String, _ visit: (UnsafeBufferPointer<UInt8>) -> Void) throws -> Int {
    try withoutActuallyEscaping(visit) { visit in
      let sink = TokenSink(visit)
      var text = text
      let code = text.withUTF8 { bytes -> Int32 in
        guard let base = bytes.baseAddress, bytes.count > 0 else { return SQLITE_OK }
        return withExtendedLifetime(sink) {
          tokenizer.tokenize(
            context: Unmanaged.passUnretained(sink).toOpaque(), tokenization: .document,
            pText: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), nText: Int32(bytes.count),
            tokenCallback: tokenCallback)
        }
      }
      guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
      return sink.count
    }
  }
}

private final class TokenSink {
  let visit: (UnsafeBufferPointer<UInt8>) -> Void
  var count = 0
  init(_ visit: @escaping (UnsafeBufferPointer<UInt8>) -> Void) { self.visit = visit }
}


private let tokenCallback: FTS5TokenCallback = { context, _, token, size, _, _ in
  guard let context else { return SQLITE_ERROR }
  let sink = Unmanaged<TokenSink>.fromOpaque(context).takeUnretainedValue()
  sink.count += 1
  let bytes = UnsafeRawPointer(token)?.assumingMemoryBound(to: UInt8.self)
  sink.visit(UnsafeBufferPointer(start: bytes, count: Int(min(size, Int32(ParagraphTokenizer.longestToken)))))
  return SQLITE_OK
}
