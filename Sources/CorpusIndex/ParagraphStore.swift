import CZlib
import Foundation
import GRDB
import ResolutionKit

/// The paragraphs (ref and text) of one indexed file, kept as one zlib-compressed blob in `file_texts`: about a
/// third of the text's size, where FTS5's own copy of every paragraph made the index larger than the corpus. The
/// full-text table is contentless; search highlights, reused language and deletes read the texts from here.
///
/// A blob is the uncompressed size (4 bytes, little-endian), then the zlib stream of, for each paragraph, the UTF-8
/// lengths (LEB128) and bytes of its ref and its text.
enum ParagraphStore {
  struct Paragraph: Sendable, Equatable {
    var ref: String
    var text: String
  }

  /// A blob that does not decode: the index is damaged.
  struct Damaged: Error, CustomStringConvertible {
    var fileID: Int64
    var description: String { "the stored paragraphs of file \(fileID) are damaged" }
  }

  static func encode(_ paragraphs: some Sequence<SearchableParagraph>) -> Data {
    encode(pairs: paragraphs.map { ($0.ref, $0.text) })
  }

  /// Any list of (name, text) pairs in the same format: the citations' sentences are kept so, named by ordinal.
  static func encode(pairs: [(String, String)]) -> Data {
    var raw: [UInt8] = []
    for (ref, text) in pairs {
      appendField(ref, to: &raw)
      appendField(text, to: &raw)
    }
    var capacity = compressBound(uLong(raw.count))
    var blob = [UInt8](repeating: 0, count: 4 + Int(capacity))
    let size = UInt32(raw.count)
    for shift in 0..<4 { blob[shift] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(shift))) }
    if raw.isEmpty { raw = [0] }  // a valid pointer; the length below stays 0
    let code = blob.withUnsafeMutableBufferPointer { out in
      raw.withUnsafeBufferPointer { source in
        // Level 3: within 5% of the default's size at about 1.5 times its speed (the writer compresses every file).
        compress2(out.baseAddress! + 4, &capacity, source.baseAddress!, uLong(size), 3)
      }
    }
    precondition(code == Z_OK, "zlib compress2 failed (\(code))")
    return Data(blob[0..<(4 + Int(capacity))])
  }

  static func decode(_ blob: Data, fileID: Int64) throws(Damaged) -> [Paragraph] {
    let bytes = [UInt8](blob)
    guard bytes.count >= 4 else { throw Damaged(fileID: fileID) }
    let size = (0..<4).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
    var raw = [UInt8](repeating: 0, count: max(1, size))
    var length = uLong(size)
    let code = raw.withUnsafeMutableBufferPointer { out in
      bytes.withUnsafeBufferPointer { source in
        uncompress(out.baseAddress!, &length, source.baseAddress! + 4, uLong(bytes.count - 4))
      }
    }
    guard code == Z_OK, Int(length) == size else { throw Damaged(fileID: fileID) }
    var paragraphs: [Paragraph] = []
    var position = 0
    while position < size {
      guard let ref = readField(raw, size, &position), let text = readField(raw, size, &position) else {
        throw Damaged(fileID: fileID)
      }
      paragraphs.append(Paragraph(ref: ref, text: text))
    }
    return paragraphs
  }

  /// The paragraphs of the file with row id `fileID` (none when it has no row).
  static func paragraphs(fileID: Int64, _ db: Database) throws -> [Paragraph] {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT paragraphs FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return [] }
    return try decode(blob, fileID: fileID)
  }

  /// The sentences of the citations of the file with row id `fileID`, by citation ordinal.
  static func sentences(fileID: Int64, _ db: Database) throws -> [Int: String] {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT sentences FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return [:] }
    var sentences: [Int: String] = [:]
    for pair in try decode(blob, fileID: fileID) {
      guard let ordinal = Int(pair.ref) else { throw Damaged(fileID: fileID) }
      sentences[ordinal] = pair.text
    }
    return sentences
  }

  private static func appendField(_ text: String, to raw: inout [UInt8]) {
    var count = text.utf8.count
    repeat {
      let low = UInt8(count & 0x7F)
      count >>= 7
      raw.append(count == 0 ? low : low | 0x80)
    } while count > 0
    raw.append(contentsOf: text.utf8)
  }

  private static func readField(_ raw: [UInt8], _ size: Int, _ position: inout Int) -> String? {
    var count = 0
    var shift = 0
    while true {
      guard position < size, shift < 63 else { return nil }
      let byte = raw[position]
      position += 1
      count |= Int(byte & 0x7F) << shift
      shift += 7
      if byte & 0x80 == 0 { break }
    }
    guard count <= size - position else { return nil }
    defer { position += count }
    return String(decoding: raw[position..<(position + count)], as: UTF8.self)
  }
}

/// The decoded paragraphs of the last few files read, for a reader that asks for many paragraphs one at a time
/// (reused language reads the candidates of one query, often several of a file).
final class ParagraphCache {
  private var entries: [(fileID: Int64, paragraphs: [ParagraphStore.Paragraph])] = []
  private let capacity = 16

  func paragraphs(fileID: Int64, _ db: Database) throws -> [ParagraphStore.Paragraph] {
    if let index = entries.firstIndex(where: { $0.fileID == fileID }) { return entries[index].paragraphs }
    let paragraphs = try ParagraphStore.paragraphs(fileID: fileID, db)
    entries.append((fileID, paragraphs))
    if entries.count > capacity { entries.removeFirst() }
    return paragraphs
  }
}
