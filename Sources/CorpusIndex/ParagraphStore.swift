import CZlib
import Foundation
import GRDB
import ResolutionKit

/// The paragraphs (ref and text) of one indexed file, kept as one zlib-compressed blob in `file_texts`. The
/// full-text table is contentless; search highlights, reused language and deletes read the texts from here.
///
/// Every blob is compressed against one preset dictionary per index (`text_dictionary`): pieces of the first files
/// indexed, which later files of the same corpus repeat (resolutions share their formulas). A file of a few KB
/// compressed alone finds little to refer back to: with the dictionary the blobs are about half the size on the
/// synthetic corpus and a quarter smaller on real resolutions (scripts/bench/index-tables.py).
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

  /// Up to this many bytes of preset dictionary (zlib's window).
  static let dictionaryLimit = 32 * 1024

  /// A preset dictionary from the serialized paragraphs of some files: the first 2 KB of up to 16 of them, spread
  /// over the list, so one resolution's peculiarities do not fill it.
  static func makeDictionary(from raws: [[UInt8]]) -> [UInt8] {
    let nonEmpty = raws.filter { !$0.isEmpty }
    guard !nonEmpty.isEmpty else { return [] }
    let step = max(1, nonEmpty.count / 16)
    var dictionary: [UInt8] = []
    for raw in stride(from: 0, to: nonEmpty.count, by: step).prefix(16).map({ nonEmpty[$0] }) {
      dictionary += raw.prefix(2048)
    }
    return Array(dictionary.suffix(dictionaryLimit))
  }

  /// The index's preset dictionary; empty when none was made yet (blobs are then compressed without one).
  static func dictionary(_ db: Database) throws -> [UInt8] {
    try Data.fetchOne(db.cachedStatement(sql: "SELECT bytes FROM text_dictionary WHERE id = 1")).map { [UInt8]($0) }
      ?? []
  }

  /// A dictionary's id as zlib names it in the header of a stream compressed against it: its Adler-32.
  static func dictionaryID(_ dictionary: [UInt8]) -> UInt32 {
    UInt32(dictionary.withUnsafeBufferPointer { adler32(1, $0.baseAddress, uInt($0.count)) })
  }

  /// A file's two blobs (`file_texts`), compressed by a parsing thread against the dictionary `dictionaryID`.
  struct CompressedTexts: Sendable {
    var dictionaryID: UInt32
    var paragraphs: Data
    var sentences: Data
  }

  /// Stores `dictionary` unless the index has one: it is fixed for the index's life (every blob refers to it).
  static func setDictionaryIfNone(_ dictionary: [UInt8], _ db: Database) throws {
    guard !dictionary.isEmpty else { return }
    try db.execute(
      sql: "INSERT OR IGNORE INTO text_dictionary(id, bytes) VALUES (1, ?)", arguments: [Data(dictionary)])
  }

  /// Compresses blobs against one dictionary (none when empty), set once in a stream that each blob starts from a copy of
  /// (`deflateCopy`): `deflateSetDictionary` hashes the whole dictionary, and set for every blob it took 7% of an
  /// index build's CPU, on the writer's thread. The blobs are the same bytes either way. One thread at a time.
  final class Compressor {
    private let primed: UnsafeMutablePointer<z_stream>
    /// The dictionary's id (its Adler-32, as zlib writes it in a blob's header): blobs made by two compressors with
    /// the same id are interchangeable.
    let dictionaryID: UInt32

    init(dictionary: [UInt8]) {
      dictionaryID = ParagraphStore.dictionaryID(dictionary)
      primed = .allocate(capacity: 1)
      primed.initialize(to: z_stream())
      // Level 3: within 5% of the default's size at about 1.5 times its speed (the writer compresses every file).
      var code = deflateInit2_(
        primed, 3, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
      precondition(code == Z_OK, "zlib deflateInit2 failed (\(code))")
      if !dictionary.isEmpty {
        code = dictionary.withUnsafeBufferPointer { deflateSetDictionary(primed, $0.baseAddress, uInt($0.count)) }
        precondition(code == Z_OK, "zlib deflateSetDictionary failed (\(code))")
      }
    }

    deinit {
      deflateEnd(primed)
      primed.deinitialize(count: 1)
      primed.deallocate()
    }

    func compress(_ raw: [UInt8]) -> Data {
      var stream = z_stream()
      var code = deflateCopy(&stream, primed)
      precondition(code == Z_OK, "zlib deflateCopy failed (\(code))")
      defer { deflateEnd(&stream) }
      let capacity = Int(deflateBound(&stream, uLong(raw.count)))
      var blob = [UInt8](repeating: 0, count: 4 + capacity)
      let size = UInt32(raw.count)
      for shift in 0..<4 { blob[shift] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(shift))) }
      var input = raw.isEmpty ? [0] : raw  // a valid pointer; avail_in stays 0 when empty
      code = blob.withUnsafeMutableBufferPointer { out in
        input.withUnsafeMutableBufferPointer { source in
          stream.next_in = source.baseAddress
          stream.avail_in = uInt(raw.count)
          stream.next_out = out.baseAddress! + 4
          stream.avail_out = uInt(capacity)
          return deflate(&stream, Z_FINISH)
        }
      }
      precondition(code == Z_STREAM_END, "zlib deflate failed (\(code))")
      return Data(blob[0..<(4 + Int(stream.total_out))])
    }
  }

  /// Inflates the blobs of one index. zlib's own stream checks the preset dictionary against the blob's dictionary id
  /// by summing all 32 KB of it (Adler-32) for every blob, a quarter of the work of showing a search's hits; this one
  /// sets the dictionary once on a raw stream and copies that stream per blob, checking the zlib header's dictionary
  /// id and the trailer's checksum of the output itself. A blob made without the dictionary takes the plain way.
  final class Inflater {
    private let primed: UnsafeMutablePointer<z_stream>
    private let dictionary: [UInt8]
    private let dictionaryID: UInt32

    init(dictionary: [UInt8]) {
      self.dictionary = dictionary
      dictionaryID = ParagraphStore.dictionaryID(dictionary)
      primed = .allocate(capacity: 1)
      primed.initialize(to: z_stream())
      var code = inflateInit2_(primed, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
      precondition(code == Z_OK, "zlib inflateInit2 failed (\(code))")
      if !dictionary.isEmpty {
        code = dictionary.withUnsafeBufferPointer { inflateSetDictionary(primed, $0.baseAddress, uInt($0.count)) }
        precondition(code == Z_OK, "zlib inflateSetDictionary failed (\(code))")
      }
    }

    deinit {
      inflateEnd(primed)
      primed.deinitialize(count: 1)
      primed.deallocate()
    }

    /// The uncompressed bytes of a blob.
    func inflate(_ blob: Data, fileID: Int64) throws(Damaged) -> [UInt8] {
      let bytes = [UInt8](blob)
      // Size (4), zlib header (2) with the preset-dictionary flag, dictionary id (4), deflate data, Adler-32 (4).
      guard bytes.count >= 14, !dictionary.isEmpty, bytes[5] & 0x20 != 0 else {
        return try inflated(blob, dictionary: dictionary, fileID: fileID)
      }
      let header = UInt16(bytes[4]) << 8 | UInt16(bytes[5])
      guard bytes[4] & 0x0F == 8, header % 31 == 0, bigEndian(bytes, at: 6) == dictionaryID else {
        throw Damaged(fileID: fileID)
      }
      let size = (0..<4).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
      var raw = [UInt8](repeating: 0, count: max(1, size))
      var stream = z_stream()
      guard inflateCopy(&stream, primed) == Z_OK else { throw Damaged(fileID: fileID) }
      defer { inflateEnd(&stream) }
      var input = bytes
      let (code, checksum) = raw.withUnsafeMutableBufferPointer { out in
        input.withUnsafeMutableBufferPointer { source in
          stream.next_in = source.baseAddress! + 10
          stream.avail_in = uInt(bytes.count - 10)
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(size)
          let code = CZlib.inflate(&stream, Z_FINISH)
          return (code, UInt32(adler32(1, out.baseAddress, uInt(size))))
        }
      }
      let trailer = bytes.count - Int(stream.avail_in)
      guard code == Z_STREAM_END, Int(stream.total_out) == size, trailer + 4 <= bytes.count,
        bigEndian(bytes, at: trailer) == checksum
      else { throw Damaged(fileID: fileID) }
      if size == 0 { raw.removeAll() }
      return raw
    }

    private func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
      (0..<4).reduce(0) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }
  }

  static func decode(_ blob: Data, inflater: Inflater, fileID: Int64) throws(Damaged) -> [Paragraph] {
    let raw = try inflater.inflate(blob, fileID: fileID)
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

  /// The paragraph at `ordinal` of the file with row id `fileID` (nil when there is none), inflated with the index's
  /// dictionary: the paragraphs before it are skipped without making their strings (a search shows one paragraph
  /// of each file it finds).
  static func paragraph(
    fileID: Int64, ordinal: Int, inflater: Inflater, _ db: Database
  ) throws -> Paragraph? {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT paragraphs FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return nil }
    let raw = try inflater.inflate(blob, fileID: fileID)
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

  /// The uncompressed bytes of a blob.
  private static func inflated(_ blob: Data, dictionary: [UInt8], fileID: Int64) throws(Damaged) -> [UInt8] {
    let bytes = [UInt8](blob)
    guard bytes.count >= 4 else { throw Damaged(fileID: fileID) }
    let size = (0..<4).reduce(0) { $0 | Int(bytes[$1]) << (8 * $1) }
    var raw = [UInt8](repeating: 0, count: max(1, size))
    var stream = z_stream()
    guard inflateInit_(&stream, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw Damaged(fileID: fileID)
    }
    defer { inflateEnd(&stream) }
    var input = bytes
    let code = raw.withUnsafeMutableBufferPointer { out in
      input.withUnsafeMutableBufferPointer { source in
        stream.next_in = source.baseAddress! + 4
        stream.avail_in = uInt(bytes.count - 4)
        stream.next_out = out.baseAddress
        stream.avail_out = uInt(size)
        var code = inflate(&stream, Z_FINISH)
        if code == Z_NEED_DICT {
          code = dictionary.withUnsafeBufferPointer { inflateSetDictionary(&stream, $0.baseAddress, uInt($0.count)) }
          if code == Z_OK { code = inflate(&stream, Z_FINISH) }
        }
        return code
      }
    }
    guard code == Z_STREAM_END, Int(stream.total_out) == size else { throw Damaged(fileID: fileID) }
    if size == 0 { raw.removeAll() }
    return raw
  }

  /// An inflater with the index's dictionary, for a reader of many files' texts to share: made once, it saves each
  /// file the dictionary's fetch and its setting (for the 2,626 files citing one resolution at 10,000 files, 40% of
  /// `cited-by`).
  static func inflater(_ db: Database) throws -> Inflater { Inflater(dictionary: try dictionary(db)) }

  /// The inflater kept in `slot`, made (and kept there) the first time a reader of many files' texts needs one.
  static func inflater(_ db: Database, keptIn slot: inout Inflater?) throws -> Inflater {
    if let slot { return slot }
    let made = try inflater(db)
    slot = made
    return made
  }

  /// The paragraphs of the file with row id `fileID` (none when it has no row); `inflater` shared by a caller that
  /// reads many files (else one is made for this file).
  static func paragraphs(fileID: Int64, _ db: Database, inflater: Inflater? = nil) throws -> [Paragraph] {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT paragraphs FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return [] }
    return try decode(blob, inflater: inflater ?? Self.inflater(db), fileID: fileID)
  }

  /// The sentences of the citations of the file with row id `fileID`, by citation ordinal; `inflater` as for
  /// `paragraphs`.
  static func sentences(fileID: Int64, _ db: Database, inflater: Inflater? = nil) throws -> [Int: String] {
    guard
      let blob = try Data.fetchOne(
        db.cachedStatement(sql: "SELECT sentences FROM file_texts WHERE file_id = ?"), arguments: [fileID])
    else { return [:] }
    var sentences: [Int: String] = [:]
    for pair in try decode(blob, inflater: inflater ?? Self.inflater(db), fileID: fileID) {
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
  private var inflater: ParagraphStore.Inflater?

  func paragraphs(fileID: Int64, _ db: Database) throws -> [ParagraphStore.Paragraph] {
    if let index = entries.firstIndex(where: { $0.fileID == fileID }) { return entries[index].paragraphs }
    let paragraphs = try ParagraphStore.paragraphs(
      fileID: fileID, db, inflater: ParagraphStore.inflater(db, keptIn: &inflater))
    entries.append((fileID, paragraphs))
    if entries.count > capacity { entries.removeFirst() }
    return paragraphs
  }
}
