import Foundation
import GRDB
import ResolutionKit
import Testing

@testable import CorpusIndex

/// The search `resolute search` asks before the index is opened (ReadOnlySearch): the opened index's answer when the
/// index is usable, nothing when it is absent or not one to trust, and never a write or a wait.
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
}
