import Foundation
import GRDB
import ResolutionKit
import Testing

@testable import CorpusIndex

@Suite("Stored paragraph texts: compressed against one dictionary per index, free pages given back")
struct StoredTextTests {
  /// Every indexed file's stored paragraphs, by relative path, decoded with the index's dictionary.
  static func storedParagraphs(_ index: IndexedCorpus) throws -> [String: [ParagraphStore.Paragraph]] {
    try index.pool.read { db in
      var stored: [String: [ParagraphStore.Paragraph]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT id, relative FROM files") {
        stored[row[1]] = try ParagraphStore.paragraphs(fileID: row[0], db)
      }
      return stored
    }
  }

  /// What the parser says the files' paragraphs are.
  static func parsedParagraphs(_ workspace: Workspace) throws -> [String: [ParagraphStore.Paragraph]] {
    let loaded = try workspace.loaded()
    var parsed: [String: [ParagraphStore.Paragraph]] = [:]
    for summary in loaded.summaries {
      guard let resolution = loaded.resolution(file: summary.file) else { continue }
      let relative = String(summary.file.dropFirst(workspace.corpus.count + 1))
      parsed[relative] = resolution.searchableParagraphs.map { ParagraphStore.Paragraph(ref: $0.ref, text: $0.text) }
    }
    return parsed
  }

  static func dictionary(_ index: IndexedCorpus) throws -> [UInt8] {
    try index.pool.read { db in try ParagraphStore.dictionary(db) }
  }

  @Test("the texts decode to the parser's paragraphs only with the index's dictionary, which stays when files change")
  func dictionaryRoundTrip() throws {
    let workspace = try Workspace()
    let index = try workspace.indexed()
    let dictionary = try Self.dictionary(index)
    #expect(!dictionary.isEmpty)
    #expect(dictionary.count <= ParagraphStore.dictionaryLimit)
    let parsed = try Self.parsedParagraphs(workspace)
    #expect(parsed.count == 5)
    #expect(try Self.storedParagraphs(index) == parsed)

    // The blobs refer to the dictionary: without it they do not decode (a damaged index, not wrong text).
    let blobs = try index.pool.read { db in try Row.fetchAll(db, sql: "SELECT file_id, paragraphs FROM file_texts") }
    #expect(blobs.count == 5)
    for row in blobs {
      let blob: Data = row[1]
      #expect(throws: ParagraphStore.Damaged.self) { try ParagraphStore.decode(blob, decompressor: .init(dictionary: []), fileID: row[0]) }
    }

    // A changed file and a new one are compressed against the same dictionary.
    try workspace.write(Seed.ga, try workspace.read(Seed.ga) + "\n\n42. Decides to remain seized of the matter.\n")
    try workspace.write("copy.txt", try workspace.read(Seed.ccpcj))
    try index.update()
    #expect(try Self.dictionary(index) == dictionary)
    let changed = try Self.parsedParagraphs(workspace)
    #expect(changed.count == 6)
    #expect(changed[Seed.ga] != parsed[Seed.ga])
    #expect(try Self.storedParagraphs(index) == changed)
    expectSameAnswers(index, as: LoadedCorpus(try CorpusLoader.load(path: workspace.corpus)))
  }

  @Test("a parsing thread compresses a file's texts as the writer would; the writer takes them only if made against its dictionary")
  func compressedOnParsingThreads() throws {
    let workspace = try Workspace()
    let index = try workspace.indexed()
    let dictionary = try Self.dictionary(index)
    let path = workspace.file(Seed.ga)
    let resolution = try #require(try workspace.loaded().resolution(file: path))
    let listed = CorpusLoader.ListedFile(path: path, file: path, relative: "again.txt", size: 1, modified: 1)
    let plain = PreparedFile(listed: listed, catalog: "", resolution: resolution)
    #expect(plain.compressedTexts == nil, "no compressor: the writer compresses")
    let compressor = ParagraphStore.Compressor(dictionary: dictionary)
    let texts = try #require(
      PreparedFile(listed: listed, catalog: "", resolution: resolution, compressor: compressor).compressedTexts)
    #expect(texts.dictionaryID == compressor.dictionaryID)
    #expect(texts.paragraphs == ParagraphStore.Compressor(dictionary: dictionary).compress(plain.storedParagraphs))
    #expect(texts.sentences == ParagraphStore.Compressor(dictionary: dictionary).compress(plain.storedSentences))

    // Texts made against another dictionary are compressed again by the writer, against the index's.
    let other = ParagraphStore.Compressor(dictionary: Array(dictionary.reversed()))
    let stale = PreparedFile(listed: listed, catalog: "", resolution: resolution, compressor: other)
    #expect(stale.compressedTexts?.dictionaryID != compressor.dictionaryID)
    let fileID = try index.pool.write { db in
      var words = IndexWriter.BatchChanges()
      let fileID = try IndexWriter.insert(stale, db, words: &words)
      try IndexWriter.applyBatchChanges(&words, db)
      return fileID
    }
    let stored = try index.pool.read { db in
      try Data.fetchOne(db, sql: "SELECT paragraphs FROM file_texts WHERE file_id = ?", arguments: [fileID])
    }
    #expect(stored == texts.paragraphs)
  }

  @Test("one compressor reused for every file makes the blob a new one makes for that file alone; each decodes back")
  func reusedCompressor() throws {
    let workspace = try Workspace()
    let parsed = try Self.parsedParagraphs(workspace)
    let files = parsed.keys.sorted()
    #expect(files.count == 5)
    let raws = files.map { ParagraphStore.serialize(pairs: parsed[$0, default: []].map { ($0.ref, $0.text) }) }
    let dictionary = ParagraphStore.makeDictionary(from: raws)
    #expect(!dictionary.isEmpty)
    let shared = ParagraphStore.Compressor(dictionary: dictionary)
    for (file, raw) in zip(files, raws) {
      let blob = shared.compress(raw)
      #expect(blob == ParagraphStore.Compressor(dictionary: dictionary).compress(raw), "\(file)")
      #expect(try ParagraphStore.decode(blob, decompressor: .init(dictionary: dictionary), fileID: 0) == parsed[file], "\(file)")
    }
  }

  /// The search's decompressor (the dictionary digested once) reads blobs made with the dictionary and without it,
  /// and refuses a blob that is damaged, cut short or made against another dictionary.
  @Test("the shared decompressor reads every blob back and refuses damaged ones")
  func sharedDecompressor() throws {
    let workspace = try Workspace()
    let parsed = try Self.parsedParagraphs(workspace)
    let raws = parsed.keys.sorted().map {
      ParagraphStore.serialize(pairs: parsed[$0, default: []].map { ($0.ref, $0.text) })
    }
    let dictionary = ParagraphStore.makeDictionary(from: raws)
    let decompressor = ParagraphStore.Decompressor(dictionary: dictionary)
    let plain = ParagraphStore.Decompressor(dictionary: [])
    for raw in raws + [[]] {
      let blob = ParagraphStore.Compressor(dictionary: dictionary).compress(raw)
      #expect(try decompressor.decompress(blob, fileID: 0) == raw)
      let alone = ParagraphStore.Compressor(dictionary: []).compress(raw)
      #expect(try plain.decompress(alone, fileID: 0) == raw)
      guard !raw.isEmpty else { continue }
      #expect(blob.count < alone.count, "the dictionary makes the blob smaller")
      var lastByte = blob
      lastByte[lastByte.count - 1] ^= 0x01
      #expect(throws: ParagraphStore.Damaged.self, "a wrong checksum") { try decompressor.decompress(lastByte, fileID: 0) }
      var middle = blob
      middle[middle.count / 2] ^= 0x40
      #expect(throws: ParagraphStore.Damaged.self, "damaged data") { try decompressor.decompress(middle, fileID: 0) }
      #expect(throws: ParagraphStore.Damaged.self, "cut short") { try decompressor.decompress(blob.prefix(blob.count - 5), fileID: 0) }
      let other = ParagraphStore.Compressor(dictionary: Array(dictionary.reversed())).compress(raw)
      #expect(throws: ParagraphStore.Damaged.self, "another dictionary") { try decompressor.decompress(other, fileID: 0) }
      #expect(throws: ParagraphStore.Damaged.self, "no dictionary") { try plain.decompress(blob, fileID: 0) }
    }
  }

  @Test("a new index has 8 KB pages, FTS5 leaves of about one page, and merges its paragraphs' segments 8 at a time; an update that removes files leaves no free pages in it")
  func pagesGivenBack() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    let pageSize = try index.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
    #expect(pageSize == 8192)
    let automerge = try index.pool.read { db in
      try Int.fetchOne(db, sql: "SELECT v FROM paragraphs_config WHERE k = 'automerge'")
    }
    #expect(automerge == IndexSchema.paragraphAutomerge)
    #expect(automerge == 8)
    for table in ["paragraphs", "reuse_fingerprints"] {
      let leafSize = try index.pool.read { db in
        try Int.fetchOne(db, sql: "SELECT v FROM \(table)_config WHERE k = 'pgsz'")
      }
      #expect(leafSize == IndexSchema.ftsLeafSize, "\(table)")
      #expect(leafSize == 8000, "\(table)")
    }
    try FileManager.default.removeItem(atPath: workspace.file(Seed.ecosoc1992))
    try FileManager.default.removeItem(atPath: workspace.file(Seed.ecosoc2002))
    try index.update()
    let free = try index.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA freelist_count") }
    #expect(free == 0)
    #expect(try Self.storedParagraphs(index) == Self.parsedParagraphs(workspace))
  }
}
