import Foundation
import GRDB
import ResolutionKit
import Testing

@testable import CorpusIndex

@Suite("Reused language through the index")
struct ReuseIndexTests {
  /// Every reusable paragraph of every file: the index's matches and the loaded corpus's.
  static func expectSameMatches(
    _ index: IndexedCorpus, _ loaded: LoadedCorpus, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var compared = 0
    for summary in loaded.summaries {
      guard let resolution = loaded.resolution(file: summary.file) else { continue }
      for ref in resolution.paragraphRefs {
        let fromIndex = index.reusedLanguage(ref: ref, inFile: summary.file, limit: 15)
        let fromMemory = loaded.reusedLanguage(ref: ref, inFile: summary.file, limit: 15)
        #expect(fromIndex == fromMemory, "\(summary.file)#\(ref)", sourceLocation: sourceLocation)
        compared += fromMemory.count
      }
    }
    #expect(compared > 100, "the corpus has reused language to compare", sourceLocation: sourceLocation)
  }

  static func postingCount(_ index: IndexedCorpus) throws -> Int {
    try index.pool.read { db in try IndexReuse.Store.postingTotal(db) }
  }

  static func paragraphCount(_ index: IndexedCorpus) throws -> (kept: Int, counted: Int) {
    try index.pool.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'paragraphs'") ?? -1,
        try Int.fetchOne(db, sql: "SELECT count(*) FROM paragraphs") ?? -2
      )
    }
  }

  @Test("the index gives the same matches as the loaded corpus, for every paragraph of the bundled corpus")
  func sameAsLoaded() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    let loaded = try workspace.loaded()
    Self.expectSameMatches(index, loaded)
    let fund = index.reusedLanguage(ref: "14", inFile: workspace.file(Seed.ga), limit: 20)
    let files = Set(fund.filter { $0.sharedPhrase.contains("Criminal Justice Fund") }.map(\.file))
    #expect(files.isSuperset(of: [workspace.file(Seed.ccpcj), workspace.file(Seed.ecosoc2004), workspace.file(Seed.ecosoc1992)]))
    let counts = try Self.paragraphCount(index)
    #expect(counts.kept == counts.counted)
    // A second instance answers from the file alone.
    Self.expectSameMatches(try workspace.open(), loaded)
  }

  @Test("a changed file's old paragraphs are no longer returned, its new ones are; a removed file's are gone; postings, word counts and the paragraph count follow")
  func incremental() throws {
    let workspace = try Workspace()
    let index = try workspace.indexed()
    let postingsBefore = try Self.postingCount(index)
    #expect(postingsBefore > 0)
    let ga = workspace.file(Seed.ga), ecosoc2004 = workspace.file(Seed.ecosoc2004)
    let anchor = index.reusedLanguage(ref: "6", inFile: ecosoc2004, limit: 20)
    #expect(anchor.contains { $0.file == ga && $0.ref == "7" })

    // GA 55/64 para 7 now says something else: it is no longer a match, and nothing of it lingers.
    var text = try workspace.read(Seed.ga)
    let old = "Invites all States to support, through voluntary contributions to the\nUnited Nations Crime Prevention"
    #expect(text.contains(old))
    text = text.replacingOccurrences(
      of: old, with: "Decides to take up at its next session the tabulation of replies from the Member States")
    try workspace.write(Seed.ga, text)
    #expect(try index.update().changed == 1)
    let afterChange = index.reusedLanguage(ref: "6", inFile: ecosoc2004, limit: 20)
    #expect(!afterChange.contains { $0.file == ga && $0.ref == "7" }, "\(afterChange.map(\.ref))")
    #expect(!afterChange.contains { $0.text.contains("Invites all States to support") })
    #expect(afterChange.contains { $0.file == ga && $0.ref == "14" }, "the unchanged paragraph 14 is still found")
    Self.expectSameMatches(index, try workspace.loaded())
    let counts = try Self.paragraphCount(index)
    #expect(counts.kept == counts.counted)

    // A copy of a file: its paragraphs are found with similarity 1; removed, they are gone.
    try FileManager.default.copyItem(atPath: workspace.file(Seed.ccpcj), toPath: workspace.file("copy.txt"))
    try index.update()
    let withCopy = index.reusedLanguage(ref: "12", inFile: workspace.file(Seed.ccpcj), limit: 5)
    #expect(withCopy.first?.file == workspace.file("copy.txt") && withCopy.first?.similarity == 1)
    try FileManager.default.removeItem(atPath: workspace.file("copy.txt"))
    #expect(try index.update().removed == 1)
    #expect(!index.reusedLanguage(ref: "12", inFile: workspace.file(Seed.ccpcj), limit: 20).contains {
      $0.file == workspace.file("copy.txt")
    })
    try FileManager.default.removeItem(atPath: ga)
    try index.update()
    #expect(!index.reusedLanguage(ref: "6", inFile: ecosoc2004, limit: 20).contains { $0.file == ga })
    #expect(index.reusedLanguage(ref: "14", inFile: ga, limit: 20).isEmpty)

    // Every file removed: no postings are left behind.
    for name in [Seed.ccpcj, Seed.ecosoc1992, Seed.ecosoc2002, Seed.ecosoc2004] {
      try FileManager.default.removeItem(atPath: workspace.file(name))
    }
    try index.update()
    #expect(try Self.postingCount(index) == 0)
    #expect(try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM word_frequencies") } == 0)
    #expect(try Self.paragraphCount(index) == (0, 0))
  }

  @Test("fingerprint tokens are the base-36 words of the fingerprints' bits, as bytes and as strings")
  func fingerprintTokenBytes() throws {
    var lists: [[Int64]] = [
      [], [0], [1, 35, 36, 1_295, 1_296], [Int64(Int32.max)], [0, Int64(Int32.max), 7], [-1, Int64.min, Int64.max],
    ]
    for resolution in try CorpusLoader.load(path: Workspace.bundledCorpus.path).resolutions {
      lists += resolution.searchableParagraphs.map { LanguageFingerprint.indexEntries(of: $0.text).fingerprints }
    }
    var bytes: [UInt8] = [9, 9, 9]
    for fingerprints in lists {
      // The standard library's printing, as the index has always held them.
      let expected = fingerprints.map { String(UInt64(bitPattern: $0), radix: 36) }.joined(separator: " ")
      IndexSchema.fingerprintTokens(fingerprints, into: &bytes)
      #expect(bytes == Array(expected.utf8), "\(fingerprints)")
      #expect(IndexSchema.fingerprintTokens(fingerprints) == expected, "\(fingerprints)")
      #expect(fingerprints.map(IndexSchema.fingerprintToken).joined(separator: " ") == expected)
    }
    #expect(lists.count > 100, "enough paragraphs (\(lists.count))")
  }
}
