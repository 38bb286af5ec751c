import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

/// A command that only reads (a search on an index that is up to date) must not write the index: a write is a commit,
/// two syncs and a checkpoint on every search, and it fails on a cache the user may read but not write.
@Suite struct ReadOnlyUseTests {
  @Test("opening an up-to-date index, updating with nothing changed and searching leave its bytes as they were")
  func readingLeavesTheIndexAlone() throws {
    let workspace = try Workspace()
    // Past the racy window, so the update that follows trusts what it recorded and has nothing to write.
    Workspace.waitPastTheRacyWindow()
    do {
      let index = try workspace.open()
      try index.update()
    }
    // The update emptied the write-ahead log after writing, and GRDB writes one transaction into an empty log when it
    // opens (its readers need one): the first open after an update writes that much, and the log is kept after.
    do { _ = try workspace.open() }
    let path = workspace.indexPath
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let logBefore = try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))
    do {
      let index = try workspace.open()
      let report = try index.update()
      #expect(report.added + report.changed + report.removed == 0)
      #expect(!(try index.search(SearchQuery(parsing: "cooperation"), limit: 20)).isEmpty)
    }
    let after = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(before == after, "the index file was written by a command that only read it")
    let logAfter = try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))
    #expect(logBefore == logAfter, "the write-ahead log was written by a command that only read the index")
  }
}
