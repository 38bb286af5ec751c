import CZstd
import Foundation
import GRDB
import ResolutionKit

/// The paragraphs (ref and text) of one indexed file, kept as one zstd-compressed blob in `file_texts`. The
/// full-text table is contentless; search highlights, reused language and deletes read the texts from here.
///
/// Every blob is compressed against one preset dictionary per index (`text_dictionary`): pieces of the first files
/// indexed, which later files of the same corpus repeat (resolutions share their formulas). A file of a few KB
/// compressed alone finds little to refer back to: with the dictionary the blobs are about half the size on the
/// synthetic corpus and a quarter smaller on real resolutions (scripts/bench/index-tables.py).
///
/// A blob is one zstd frame (its size and a checksum in it) of, for each paragraph, the UTF-8 lengths (LEB128) and
/// bytes of its ref and its text.
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

  /// The uncompressed bytes of a file's paragraphs (workers build these; the writer compresses them).
  static func serialize(_ paragraphs: some Sequence<SearchableParagraph>) -> [UInt8] {
    serialize(pairs: paragraphs.map { ($0.ref, $0.text) })
  }

  /// Any list of (name, text) pairs in the same format: the citations' sentences are kept so, named by ordinal.
  static func serialize(pairs: [(String, String)]) -> [UInt8] {
    var raw: [UInt8] = []
    for (ref, text) in pairs {
      appendField(ref, to: &raw)
      appendField(text, to: &raw)
    }
    return raw
  }

  /// Up to this many bytes of dictionary: zstd takes any size; 64 KB made the synthetic corpus's blobs 14% and real
  /// resolutions' 7% smaller than 32 KB did, at the same speed (`scripts/bench/compressors.sh DIR 5000 32`, then 64).
  static let dictionaryLimit = 64 * 1024

  /// A dictionary from the serialized paragraphs of some files: the first 2 KB of up to 32 of them, spread over the
  /// list, so one resolution's peculiarities do not fill it.
  static func makeDictionary(from raws: [[UInt8]]) -> [UInt8] {
    let nonEmpty = raws.filter { !$0.isEmpty }
    guard !nonEmpty.isEmpty else { return [] }
    let pieces = dictionaryLimit / 2048
    let step = max(1, nonEmpty.count / pieces)
    var dictionary: [UInt8] = []
    for raw in stride(from: 0, to: nonEmpty.count, by: step).prefix(pieces).map({ nonEmpty[$0] }) {
      dictionary += raw.prefix(2048)
    }
    return Array(dictionary.suffix(dictionaryLimit))
  }

  /// The index's dictionary; empty when none was made yet (blobs are then compressed without one).
  static func dictionary(_ db: Database) throws -> [UInt8] {
    try Data.fetchOne(db.cachedStatement(sql: "SELECT bytes FROM text_dictionary WHERE id = 1")).map { [UInt8]($0) }
      ?? []
  }

  /// Names a dictionary (FNV-1a of its bytes): blobs compressed against dictionaries with the same id are
  /// interchangeable. A zstd frame made with a plain-bytes dictionary does not name it; its checksum catches a wrong one.
  static func dictionaryID(_ dictionary: [UInt8]) -> UInt64 {
    dictionary.reduce(0xCBF2_9CE4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
  }

  /// A file's two blobs (`file_texts`), compressed by a parsing thread against the dictionary `dictionaryID`.
  struct CompressedTexts: Sendable {
    var dictionaryID: UInt64
    var paragraphs: Data
    var sentences: Data
  }

  /// Stores `dictionary` unless the index has one: it is fixed for the index's life (every blob refers to it).
  static func setDictionaryIfNone(_ dictionary: [UInt8], _ db: Database) throws {
    guard !dictionary.isEmpty else { return }
    try db.execute(
      sql: "INSERT OR IGNORE INTO text_dictionary(id, bytes) VALUES (1, ?)", arguments: [Data(dictionary)])
  }

  /// zstd's level for the blobs. Level 3 with the dictionary: 8 times as fast as zlib's level 3 with its 32 KB one
  /// and 15% smaller on the synthetic corpus, 4 times as fast and 10% smaller on real resolutions; levels 1 and 2 are
  /// no faster and larger, 5 twice as slow (`scripts/bench/compressors.sh DIR`).
  static let compressionLevel: Int32 = 3

  /// Compresses blobs against one dictionary (none when empty), digested once (`ZSTD_CDict`) for every blob. Each blob
  /// is one zstd frame with its size and a checksum of its content. One thread at a time.
  final class Compressor {
    private let context: OpaquePointer
    private let digested: OpaquePointer?
    let dictionaryID: UInt64

    init(dictionary: [UInt8]) {
      dictionaryID = ParagraphStore.dictionaryID(dictionary)
      guard let context = ZSTD_createCCtx() else { fatalError("zstd: out of memory for a compression context") }
      self.context = context
      digested = dictionary.isEmpty
        ? nil
        : dictionary.withUnsafeBytes { ZSTD_createCDict($0.baseAddress, $0.count, ParagraphStore.compressionLevel) }
      if let digested {
        check(ZSTD_CCtx_refCDict(context, digested), "refCDict")
      } else {
        check(ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, ParagraphStore.compressionLevel), "level")
      }
      check(ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1), "checksumFlag")
    }

    deinit {
      ZSTD_freeCCtx(context)
      if let digested { ZSTD_freeCDict(digested) }
    }

    private func check(_ code: Int, _ what: String) {
      precondition(ZSTD_isError(code) == 0, "zstd \(what) failed: \(String(cString: ZSTD_getErrorName(code)))")
    }

    /// Where each blob is compressed before it is copied out at its size: a blob made in a buffer of the worst-case
    /// size and cut down keeps that buffer, and the files of the batches parsed ahead held 35 MB more at 100,000.
    private var scratch: [UInt8] = []

    func compress(_ raw: [UInt8]) -> Data {
      let bound = ZSTD_compressBound(raw.count)
      if scratch.count < bound { scratch = [UInt8](repeating: 0, count: bound) }
      let size = scratch.withUnsafeMutableBytes { out in
        raw.withUnsafeBytes { source in
          ZSTD_compress2(context, out.baseAddress, out.count, source.baseAddress, source.count)
        }
      }
      check(size, "compress2")
      return Data(scratch[..<size])
    }
  }

  /// Reads blobs back with the index's dictionary, digested once (`ZSTD_DDict`): a reader of many files' texts shares
  /// one. zstd checks each frame against its checksum. One thread at a time.
  final class Decompressor {
    private let context: OpaquePointer
    private let digested: OpaquePointer?

    init(dictionary: [UInt8]) {
      guard let context = ZSTD_createDCtx() else { fatalError("zstd: out of memory for a decompression context") }
      self.context = context
      digested = dictionary.isEmpty ? nil : dictionary.withUnsafeBytes { ZSTD_createDDict($0.baseAddress, $0.count) }
    }

    deinit {
      ZSTD_freeDCtx(context)
      if let digested { ZSTD_freeDDict(digested) }
    }

    /// The uncompressed bytes of a blob.
    func decompress(_ blob: Data, fileID: Int64) throws(Damaged) -> [UInt8] {
      let outcome: (size: Int, raw: [UInt8])? = blob.withUnsafeBytes { source in
        let declared = ZSTD_getFrameContentSize(source.baseAddress, source.count)
        // Unknown or an error (both near UInt64.max), or more than the stored texts of one file can be.
        guard declared < 1 << 32 else { return nil }
        var raw = [UInt8](repeating: 0, count: Int(declared))
        let size = raw.withUnsafeMutableBytes { out in
          digested.map { ZSTD_decompress_usingDDict(context, out.baseAddress, out.count, source.baseAddress, source.count, $0) }
            ?? ZSTD_decompressDCtx(context, out.baseAddress, out.count, source.baseAddress, source.count)
        }
        return (size, raw)
      }
      guard let outcome, ZSTD_isError(outcome.size) == 0, outcome.size == outcome.raw.count else {
        throw Damaged(fileID: fileID)
      }
      return outcome.raw
    }
  }

  static func decode(_ blob: Data, decompressor: Decompressor, fileID: Int64) throws(Damaged) -> [Paragraph] {
    let raw = try decompressor.decompress(blob, fileID: fileID)
    var paragraphs: [Paragraph] = []
    var position = 0
    while position < raw.count {
      guard let ref = readField(raw, raw.count, &position), let text = readField(raw, raw.count, &position) else {
        throw Damaged(fileID: fileID)
      }
      paragraphs.append(Paragraph(ref: ref, text: text))
    }
    return paragraphs
  }

  /// The paragraph at `ordinal` of the file with row id `fileID` (nil when there is none), read with the index's
  /// dictionary: the paragraphs before it are skipped without making their strings (a search shows one paragraph
  /// of each file it finds).
  static func paragraph(
    fileID: Int64, ordinal: Int, decompressor: Decompressor, _ db: Database
  ) throws -> Paragraph? {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT paragraphs FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return nil }
    let raw = try decompressor.decompress(blob, fileID: fileID)
    var position = 0
    for _ in 0..<(2 * ordinal) {
      guard skipField(raw, raw.count, &position) else { throw Damaged(fileID: fileID) }
    }
    guard position < raw.count else { return nil }
    guard let ref = readField(raw, raw.count, &position), let text = readField(raw, raw.count, &position) else {
      throw Damaged(fileID: fileID)
    }
    return Paragraph(ref: ref, text: text)
  }

  /// A decompressor with the index's dictionary, for a reader of many files' texts to share: made once, it saves each
  /// file the dictionary's fetch and digesting (for the 2,626 files citing one resolution at 10,000 files, 40% of
  /// `cited-by`).
  static func decompressor(_ db: Database) throws -> Decompressor { Decompressor(dictionary: try dictionary(db)) }

  /// The decompressor kept in `slot`, made (and kept there) the first time a reader of many files' texts needs one.
  static func decompressor(_ db: Database, keptIn slot: inout Decompressor?) throws -> Decompressor {
    if let slot { return slot }
    let made = try decompressor(db)
    slot = made
    return made
  }

  /// The paragraphs of the file with row id `fileID` (none when it has no row); `decompressor` shared by a caller that
  /// reads many files (else one is made for this file).
  static func paragraphs(fileID: Int64, _ db: Database, decompressor: Decompressor? = nil) throws -> [Paragraph] {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT paragraphs FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return [] }
    return try decode(blob, decompressor: decompressor ?? Self.decompressor(db), fileID: fileID)
  }

  /// The sentences of the citations of the file with row id `fileID`, by citation ordinal; `decompressor` as for
  /// `paragraphs`.
  static func sentences(fileID: Int64, _ db: Database, decompressor: Decompressor? = nil) throws -> [Int: String] {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT sentences FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return [:] }
    var sentences: [Int: String] = [:]
    for pair in try decode(blob, decompressor: decompressor ?? Self.decompressor(db), fileID: fileID) {
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
    guard let count = fieldLength(raw, size, &position) else { return nil }
    defer { position += count }
    return String(decoding: raw[position..<(position + count)], as: UTF8.self)
  }

  /// Moves past a field; false when it runs past the end.
  private static func skipField(_ raw: [UInt8], _ size: Int, _ position: inout Int) -> Bool {
    guard let count = fieldLength(raw, size, &position) else { return false }
    position += count
    return true
  }

  /// A field's length (LEB128), when its bytes are all there.
  private static func fieldLength(_ raw: [UInt8], _ size: Int, _ position: inout Int) -> Int? {
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
    return count <= size - position ? count : nil
  }
}

/// The decoded paragraphs of the last few files read, for a reader that asks for many paragraphs one at a time
/// (reused language reads the candidates of one query, often several of a file).
final class ParagraphCache {
  private var entries: [(fileID: Int64, paragraphs: [ParagraphStore.Paragraph])] = []
  private let capacity = 16
  private var decompressor: ParagraphStore.Decompressor?

  func paragraphs(fileID: Int64, _ db: Database) throws -> [ParagraphStore.Paragraph] {
    if let index = entries.firstIndex(where: { $0.fileID == fileID }) { return entries[index].paragraphs }
    let paragraphs = try ParagraphStore.paragraphs(
      fileID: fileID, db, decompressor: ParagraphStore.decompressor(db, keptIn: &decompressor))
    entries.append((fileID, paragraphs))
    if entries.count > capacity { entries.removeFirst() }
    return paragraphs
  }
}
