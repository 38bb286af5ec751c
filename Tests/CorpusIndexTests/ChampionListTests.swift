import Foundation
import GRDB
import ResolutionKit
import Testing

@testable import CorpusIndex

/// A one-term search (a word, or a phrase of two words) answered from the champion lists (ChampionSearch) must return
/// what FTS5 returns from every matching row: the same rows, in the same order, with the same keys to the bit.
/// Checked for every listed term at several limits on a synthetic corpus (scripts/synth-corpus.py, large enough that
/// lists are cut), after a build, after deleting and rewriting files, and after adding files, each done by
/// incremental updates.
@Suite("Champion lists: a one-term search from the lists is FTS5's answer")
struct ChampionListTests {
  static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { path in
    FileManager.default.isExecutableFile(atPath: path)
  }

  /// Writes `count` synthetic resolutions into `folder` (which must not exist or be empty).
  static func synthesize(_ count: Int, into folder: String, seed: Int) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(python))
    process.arguments = [
      Workspace.packageRoot.appendingPathComponent("scripts/synth-corpus.py").path, String(count), folder,
      "--seed", String(seed),
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "synth-corpus.py \(count) \(folder)")
  }

  /// The query a listed term stands for: a word, or a phrase of two words (listed with a space between them).
  static func query(_ term: String) -> SearchQuery {
    term.contains(" ") ? SearchQuery(phrases: [term]) : SearchQuery(words: [term])
  }

  /// Compares the lists' answer with FTS5's for every listed term; returns how many (term, limit) pairs the lists
  /// answered and how many they declined, and how many of the answers were for two-word phrases.
  func expectSameAnswers(
    _ index: IndexedCorpus, stage: String
  ) throws -> (answered: Int, declined: Int, declinedBelowDepth: Int, phrasesAnswered: Int) {
    let terms = try index.pool.read { db in try String.fetchAll(db, sql: "SELECT term FROM champion_terms") }
    #expect(terms.count > 50, "\(stage): enough listed terms (\(terms.count))")
    var answered = 0, declined = 0, declinedBelowDepth = 0, phrasesAnswered = 0
    for term in terms {
      try index.pool.read { db in
        let match = IndexSearch.matchExpression(Self.query(term))!
        let full = try IndexSearch.bestRowsByFTS5(match: match, count: ChampionLists.depth, db)
        for count in [1, 2, 21, ChampionLists.depth] {
          guard let lists = try ChampionSearch.bestRows(term: term, count: count, db) else {
            declined += 1
            declinedBelowDepth += count < ChampionLists.depth ? 1 : 0
            continue
          }
          answered += 1
          if term.contains(" ") { phrasesAnswered += 1 }
          let expected = full.prefix(count)
          #expect(lists.map(\.row) == expected.map(\.row), "\(stage): '\(term)', limit \(count): the same rows")
          #expect(
            lists.map(\.key.bitPattern) == expected.map(\.key.bitPattern), "\(stage): '\(term)', limit \(count): keys")
        }
      }
    }
    return (answered, declined, declinedBelowDepth, phrasesAnswered)
  }

  /// The texts the tokenizer test reads: every paragraph of the bundled corpus and of the real ga80 resolutions
  /// (when present), and texts made to hold every ASCII byte between words.
  static let ga80 = Workspace.packageRoot.appendingPathComponent("../shared/real/ga80")
  static var hasGA80: Bool { FileManager.default.fileExists(atPath: ga80.path) }

  static func tokenizerTexts() throws -> [String] {
    var texts: [String] = []
    for folder in [Workspace.bundledCorpus, ga80] where FileManager.default.fileExists(atPath: folder.path) {
      for resolution in try CorpusLoader.load(path: folder.path).resolutions {
        texts += resolution.searchableParagraphs.map(\.text)
      }
    }
    let bytes = (0..<128).map { UInt8($0) }
    texts.append(String(decoding: bytes, as: UTF8.self))
    texts.append(bytes.map { "Ab\(String(decoding: [$0], as: UTF8.self))9z" }.joined())
    texts += ["", "   ", "UNITED Nations", "x", "résolution café 3"]
    texts.append("A" + String(repeating: "b", count: 40_000) + " c")
    return texts
  }

  @Test("an ASCII row's words, read once for reused language, are the tokenizer's tokens and count the same terms")
  func asciiWordsAreTokens() throws {
    let texts = try Self.tokenizerTexts()
    let queue = try DatabaseQueue()
    try queue.read { db in
      let tokenizer = try ParagraphTokenizer(db)
      // Listed terms: every word of the texts in at least 20 of them, and the phrases of two of those.
      var rows: [String: Int] = [:]
      for text in texts {
        var seen = Set<String>()
        try tokenizer.forEachToken(in: text) { seen.insert(String(decoding: $0, as: UTF8.self)) }
        for word in seen { rows[word, default: 0] += 1 }
      }
      var listed = ChampionLists.ListedTerms()
      let words = rows.filter { $0.value >= 20 }.keys.sorted()
      for word in words { _ = listed.add(Array(word.utf8)) }
      for (first, second) in zip(words, words.dropFirst()) { _ = listed.add(Array("\(first) \(second)".utf8)) }
      for phrase in ["united nations", "general assembly", "human rights"] { _ = listed.add(Array(phrase.utf8)) }
      // The bundled corpus alone (CI has no ga80) lists about 100 terms from about 200 ASCII paragraphs.
      let minimum = Self.hasGA80 ? (terms: 100, ascii: 1_000) : (terms: 50, ascii: 150)
      #expect(listed.terms.count > minimum.terms, "enough listed terms (\(listed.terms.count))")

      var ascii = 0
      var frequencies = [Int32](repeating: 0, count: listed.terms.count)
      for text in texts {
        var tokens: [[UInt8]] = []
        try tokenizer.forEachToken(in: text) { tokens.append(Array($0)) }
        let fromTokenizer = try ChampionLists.rowCounts(text, words: nil, tokenizer, listed, &frequencies)
        guard let words = LanguageFingerprint.asciiWords(of: text) else {
          #expect(!text.utf8.allSatisfy { $0 < 0x80 }, "an ASCII text has its words: \(text.prefix(60))")
          continue
        }
        ascii += 1
        let utf8 = Array(text.utf8)
        let folded = words.ranges.map { range in utf8[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 } }
        // The tokenizer's callback cuts a token at FTS5's longest (a row with one is then counted by the tokenizer).
        if words.ranges.allSatisfy({ $0.count <= ParagraphTokenizer.longestToken }) {
          #expect(folded == tokens, "the same tokens: \(text.prefix(60))")
          #expect(
            words.hashes == tokens.map { $0.withUnsafeBufferPointer(ChampionLists.fnv1a) }, "\(text.prefix(60))")
        }
        let fromWords = try ChampionLists.rowCounts(text, words: words, tokenizer, listed, &frequencies)
        #expect(fromWords.length == fromTokenizer.length, "the same length: \(text.prefix(60))")
        #expect(
          fromWords.terms.map { [$0.term, $0.frequency] } == fromTokenizer.terms.map { [$0.term, $0.frequency] },
          "the same terms: \(text.prefix(60))")
      }
      #expect(ascii > minimum.ascii, "enough ASCII texts (\(ascii) of \(texts.count))")
      #expect(frequencies.allSatisfy { $0 == 0 }, "the counts are zero between rows")
    }
  }

  @Test(
    "after a build, after deleting and rewriting files, after adding files",
    .enabled(if: python != nil, "python3 is needed to write the synthetic corpus"))
  func incrementalUpdates() throws {
    let workspace = try Workspace(copyingCorpus: false)
    // More than one batch (IndexUpdate.batchSize): the lists are carried from one transaction to the next.
    try Self.synthesize(IndexUpdate.batchSize + 40, into: workspace.corpus, seed: 11)
    let index = try workspace.open()
    try index.update(championThreshold: 1)
    // The list shows every file, those of the last batch too (the list is shown less often than batches commit).
    #expect(index.summaries.count == IndexUpdate.batchSize + 40)
    let cuts = try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM champion_cuts") ?? 0 }
    #expect(cuts > 100, "lists were cut (\(cuts) buckets): the corpus is large enough to test them")
    let built = try expectSameAnswers(index, stage: "build")
    #expect(built.answered > built.declined, "the lists answer most searches (\(built))")
    #expect(built.phrasesAnswered > 10, "two-word phrases have lists that answer (\(built))")

    // Delete the files that hold the shortest rows of common terms (the kept rows), and two thirds of the others
    // (lists are left too short, and are listed again from FTS5); give two files new paragraphs that are short rows
    // of common terms.
    let kept = try index.pool.read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT DISTINCT f.relative FROM champions c JOIN files f ON f.id = c.row >> \(IndexSchema.paragraphBits)
          WHERE c.term IN ('cooperation', 'the', 'development', 'nations') AND c.tf = 1 ORDER BY c.length LIMIT 40
          """)
    }
    #expect(kept.count > 5, "files holding kept rows (\(kept.count))")
    let names = try FileManager.default.subpathsOfDirectory(atPath: workspace.corpus).filter { path in
      !path.hasPrefix(".") && (path.hasSuffix(".txt") || path.hasSuffix(".md"))
    }.sorted()
    let deleted = Set(kept).union(names.enumerated().filter { $0.offset % 3 != 0 }.map(\.element))
    for name in deleted { try FileManager.default.removeItem(atPath: workspace.file(name)) }
    let rewritten = names.filter { !deleted.contains($0) }.prefix(2)
    for name in rewritten {
      try workspace.write(
        name, try workspace.read(name) + "\n\nCooperation.\n\nThe development of the United Nations.\n")
    }
    try index.update(championThreshold: 1)
    let afterDeleting = try expectSameAnswers(index, stage: "after deleting")
    #expect(afterDeleting.answered > 0, "the lists still answer (\(afterDeleting))")
    #expect(afterDeleting.declinedBelowDepth == 0, "lists left too short were made again (\(afterDeleting))")

    // Add files (written apart, then moved in as a folder of their own).
    let extra = workspace.url.appendingPathComponent("extra").path
    try Self.synthesize(120, into: extra, seed: 12)
    try FileManager.default.moveItem(atPath: extra, toPath: workspace.file("added"))
    try index.update(championThreshold: 1)
    let afterAdding = try expectSameAnswers(index, stage: "after adding")
    print(
      "champion lists answered/declined: build \(built), after deleting \(afterDeleting), after adding",
      "\(afterAdding), \(cuts) cut buckets")
    #expect(afterAdding.answered > 0, "the lists still answer (\(afterAdding))")
  }

  /// An index that grows past the threshold gets lists of the rows it already held (from their stored texts) and of
  /// the rows added; one that stays below has none; one emptied and filled again gets new lists.
  @Test(
    "an index that grows past the threshold lists the rows it held",
    .enabled(if: python != nil, "python3 is needed to write the synthetic corpus"))
  func growingPastTheThreshold() throws {
    let workspace = try Workspace(copyingCorpus: false)
    try Self.synthesize(200, into: workspace.corpus, seed: 21)
    let index = try workspace.open()
    try index.update(championThreshold: 1_000_000)
    let before = try index.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM champion_terms") ?? 0 }
    #expect(before == 0, "no lists below the threshold")
    let extra = workspace.url.appendingPathComponent("extra").path
    try Self.synthesize(100, into: extra, seed: 22)
    try FileManager.default.moveItem(atPath: extra, toPath: workspace.file("added"))
    try index.update(championThreshold: 1)
    let grown = try expectSameAnswers(index, stage: "grown")
    #expect(grown.answered > grown.declined, "the lists answer most searches (\(grown))")

    // Emptied, then filled with other files: the lists are chosen and made again.
    for name in try FileManager.default.contentsOfDirectory(atPath: workspace.corpus) where !name.hasPrefix(".") {
      try FileManager.default.removeItem(atPath: workspace.file(name))
    }
    try index.update(championThreshold: 1)
    let refill = workspace.url.appendingPathComponent("refill").path
    try Self.synthesize(150, into: refill, seed: 23)
    try FileManager.default.moveItem(atPath: refill, toPath: workspace.file("refill"))
    try index.update(championThreshold: 1)
    let refilled = try expectSameAnswers(index, stage: "refilled")
    #expect(refilled.answered > refilled.declined, "the lists answer most searches (\(refilled))")
  }

  /// The search itself (IndexSearch.search), with the lists and without, on a one-word query.
  @Test("the search's hits are the same with the lists as from FTS5")
  func searchHits() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update(championThreshold: 1)
    let terms = try index.pool.read { db in try String.fetchAll(db, sql: "SELECT term FROM champion_terms") }
    #expect(terms.contains("cooperation"))
    #expect(terms.contains("united nations"), "a two-word phrase is listed")
    var phrasesAnswered = 0
    for term in terms {
      for limit in [1, 20] {
        let answers = try index.pool.read { db -> ([Int64]?, [Int64]) in
          let query = Self.query(term)
          let match = try #require(IndexSearch.matchExpression(query))
          return (
            try IndexSearch.bestRows(query, match: match, limit: limit, db),
            try Int64.fetchAll(
              db,
              sql: "SELECT rowid FROM paragraphs WHERE paragraphs MATCH ? ORDER BY bm25(paragraphs), rowid LIMIT ?",
              arguments: [match, limit])
          )
        }
        if let ranked = answers.0 {
          #expect(ranked == answers.1, "'\(term)', limit \(limit)")
          if term.contains(" ") { phrasesAnswered += 1 }
        }
      }
    }
    #expect(phrasesAnswered > 0, "the lists answered two-word phrases")
  }
}
