import Foundation
import GRDB
import ResolutionKit
import Testing

@testable import CorpusIndex

@Suite("A bad index is rebuilt, never read")
struct CorruptionTests {
  /// Builds a good index, damages it with `damage`, then checks the reopened index says so and answers correctly.
  func check(_ expected: String, damage: (Workspace) throws -> Void) throws {
    let workspace = try Workspace()
    do {
      let index = try workspace.open()
      try index.update()
    }
    let log = (try? FileManager.default.attributesOfItem(atPath: workspace.indexPath + "-wal"))?[.size] as? Int
    #expect((log ?? 0) == 0, "closing checkpoints the log into the database file")
    try damage(workspace)
    let index = try workspace.open()
    #expect(index.notices.count == 1, "\(index.notices)")
    let notice = index.notices.first ?? ""
    #expect(notice.contains(workspace.indexPath) && notice.contains("rebuilding"), "\(notice)")
    #expect(notice.contains(expected), "\(notice)")
    #expect(index.summaries.isEmpty, "nothing is read from a bad index")
    let report = try index.update()
    #expect(report.added == 5)
    expectSameAnswers(index, as: try workspace.loaded())
  }

  @Test("garbage bytes over the file")
  func garbage() throws {
    try check("not a database") { workspace in
      try Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: workspace.indexPath))
      try? FileManager.default.removeItem(atPath: workspace.indexPath + "-wal")
    }
  }

  @Test("a truncated file")
  func truncated() throws {
    try check("corrupt") { workspace in
      let handle = try #require(FileHandle(forUpdatingAtPath: workspace.indexPath))
      let size = try handle.seekToEnd()
      #expect(size > 8192)
      try handle.truncate(atOffset: size / 2)
      try handle.close()
    }
  }

  @Test("a truncated file beside the write-ahead log that a command which only read has kept")
  func truncatedBesideKeptLog() throws {
    try check("file is truncated") { workspace in
      do { _ = try workspace.open() }  // GRDB writes one transaction into the empty log, which is then kept
      let log = (try? FileManager.default.attributesOfItem(atPath: workspace.indexPath + "-wal"))?[.size] as? Int
      #expect((log ?? 0) > 0, "the log is kept after a command that only read")
      let handle = try #require(FileHandle(forUpdatingAtPath: workspace.indexPath))
      let size = try handle.seekToEnd()
      try handle.truncate(atOffset: size / 2)
      try handle.close()
    }
  }

  @Test("another schema version")
  func foreignVersion() throws {
    try check("another version") { workspace in
      // Set user_version by hand: it is a big-endian integer at offset 60 of the header.
      let handle = try #require(FileHandle(forUpdatingAtPath: workspace.indexPath))
      try handle.seek(toOffset: 60)
      handle.write(Data([0, 0, 0, 3]))
      try handle.close()
    }
  }

  @Test("an index whose files another version of the parser read")
  func otherParser() throws {
    try check("another version of the parser") { workspace in
      let queue = try DatabaseQueue(path: workspace.indexPath)
      try queue.write { db in
        try db.execute(
          sql: "UPDATE meta SET value = ? WHERE key = ?",
          arguments: [ResolutionParser.version - 1, IndexDatabase.parserKey])
      }
      try queue.close()
    }
  }

  @Test("an index made for another corpus folder")
  func otherCorpus() throws {
    let other = try Workspace()
    try check("another corpus") { workspace in
      do {
        let foreign = try IndexedCorpus(corpusPath: other.corpus, indexPath: other.indexPath)
        try foreign.update()
      }
      try FileManager.default.removeItem(atPath: workspace.indexPath)
      try FileManager.default.copyItem(atPath: other.indexPath, toPath: workspace.indexPath)
    }
  }
}
