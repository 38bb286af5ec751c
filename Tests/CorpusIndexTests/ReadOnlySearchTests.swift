import Foundation
import GRDB
import ResolutionKit
import Testing

@testable import CorpusIndex

/// The search `resolute search` asks before the index is opened (ReadOnlySearch): the opened index's answer when the
/// index is usable, nothing when it is absent or not one to trust, and never a write or a wait. It is final (up to
/// date) only when the update the index would get could not change it.
@Suite struct ReadOnlySearchTests {
  let queries = ["cooperation", "\"criminal justice\"", "launder*", "trafficking body:GA", "zyzzyvaword"]

  @Test("on an up-to-date index: the opened index's hits and generation, for every query")
  func sameAnswer() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    let path = workspace.indexPath
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let logBefore = try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))
    defer {
      #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == before, "the index file was written")
      #expect((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) == logBefore, "the log was written")
    }
    for text in queries {
      let query = try SearchQuery(parsing: text)
      let early = try #require(
        ReadOnlySearch.search(query, limit: 20, corpusPath: workspace.corpus, indexPath: workspace.indexPath),
        "\(text)")
      #expect(early.hits == (try index.search(query, limit: 20)), "\(text)")
      #expect(early.generation == index.currentGeneration, "\(text)")
    }
  }

  @Test("nothing from an absent index, a FIFO, a file that is not an index, or an index of another corpus or schema")
  func nothingToTrust() throws {
    let workspace = try Workspace()
    let query = try SearchQuery(parsing: "cooperation")
    func early(_ path: String, corpus: String? = nil) -> [SearchHit]? {
      ReadOnlySearch.search(query, limit: 20, corpusPath: corpus ?? workspace.corpus, indexPath: path)?.hits
    }
    #expect(early(workspace.indexPath) == nil, "no index yet")

    let fifo = workspace.url.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(early(fifo) == nil, "a FIFO is never opened (it would block)")

    let text = workspace.url.appendingPathComponent("notes.txt").path
    try "not an index".write(toFile: text, atomically: true, encoding: .utf8)
    #expect(early(text) == nil)
    #expect(try String(contentsOfFile: text, encoding: .utf8) == "not an index", "left as it was")

    let index = try workspace.open()
    try index.update()
    #expect(early(workspace.indexPath) != nil)
    let other = workspace.url.appendingPathComponent("other-corpus").path
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    #expect(early(workspace.indexPath, corpus: other) == nil, "the index of another corpus")

    try index.pool.write { db in try db.execute(sql: "PRAGMA user_version = 1") }
    #expect(early(workspace.indexPath) == nil, "an index of another schema")
  }

  @Test("up to date only while the folder is as recorded and no hit's file changed in place")
  func upToDate() throws {
    let workspace = try Workspace()
    let index = try workspace.indexedPastTheRacyWindow()
    let query = try SearchQuery(parsing: "trafficking")
    func answer(window: Double? = 60) throws -> ReadOnlySearch.Answer {
      try #require(
        ReadOnlySearch.search(
          query, limit: 20, corpusPath: workspace.corpus, indexPath: workspace.indexPath,
          trustingFilesComparedWithin: window))
    }
    let current = try answer()
    #expect(current.isUpToDate)
    let since = try #require(current.secondsSinceFilesCompared, "every file was compared just now: trusted")
    #expect(since >= 0 && since < 60)
    let compared = try answer(window: nil)
    #expect(compared.isUpToDate && compared.secondsSinceFilesCompared == nil, "every file compared now, as recorded")
    #expect(current.hits == (try index.search(query, limit: 20)))

    // A hit's file rewritten in place at the same size: its folder's time does not move, its own stamp does.
    let hit = try #require(current.hits.first?.file)
    let text = try String(contentsOfFile: hit, encoding: .utf8)
    try FreshnessTests.overwriteInPlace(hit, text.replacingOccurrences(of: "trafficking", with: FreshnessTests.word))
    let edited = try answer()
    #expect(!edited.isUpToDate, "a hit's file changed: the caller must update")
    #expect(edited.generation == index.currentGeneration)

    // Brought up to date (past the racy window, so the record trusts the edit), then a file no hit is in is added.
    Workspace.waitPastTheRacyWindow()
    try index.update()
    #expect(try answer().isUpToDate)
    try workspace.write("added.txt", try workspace.read(Seed.ecosoc1992))
    #expect(!(try answer()).isUpToDate, "a file added: its folder's time moved")
    #expect(!(try answer(window: nil)).isUpToDate)
  }
}
