import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

@Suite("Sharing an index and a read-only corpus")
struct ConcurrencyTests {
  /// Names, sizes and times of everything in `folder`, recursively.
  func listing(_ folder: String) throws -> [String] {
    let names = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted()
    return try names.map { name in
      let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)
      return "\(name) \(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
    }
  }

  @Test("a read-only corpus folder is indexed and nothing is written inside it")
  func readOnlyCorpus() throws {
    let workspace = try Workspace()
    let before = try listing(workspace.corpus)
    chmod(workspace.corpus, 0o555)
    let index = try workspace.open()
    try index.update()
    _ = index.resolution(file: workspace.file(Seed.ga))
    _ = try index.search(SearchQuery(parsing: "cooperation"), limit: 5)
    chmod(workspace.corpus, 0o755)
    #expect(try listing(workspace.corpus) == before)
    #expect(!workspace.indexPath.hasPrefix(workspace.corpus))
    #expect(FileManager.default.fileExists(atPath: workspace.indexPath))
    expectSameAnswers(index, as: try workspace.loaded())
  }

  @Test("one instance updating, another reading the same index: both answer correctly")
  func writerAndReader() throws {
    let workspace = try Workspace()
    for copy in 0..<40 {
      try FileManager.default.copyItem(atPath: workspace.file(Seed.ga), toPath: workspace.file("copy-\(copy).txt"))
    }
    let writer = try workspace.open()
    let reader = try workspace.open()
    writer.startUpdating()
    // While the writer works, the reader's own update only re-reads what is committed.
    let during = try reader.update()
    if during.updatedElsewhere {
      #expect(during.added == 0)
    }
    writer.waitUntilComplete()
    #expect(writer.isComplete)
    #expect(writer.progress == nil)
    #expect(writer.notices.isEmpty, "\(writer.notices)")
    let after = try reader.update()
    #expect(!after.updatedElsewhere)
    #expect(after.added + after.changed + after.removed == 0, "the writer did the work")
    let loaded = try workspace.loaded()
    #expect(writer.summaries == loaded.summaries)
    #expect(reader.summaries == loaded.summaries)
    #expect(reader.absentSummaries == loaded.absentSummaries)
  }

  @Test("while another holds the lock, update only reads and says so")
  func lockedElsewhere() throws {
    let workspace = try Workspace()
    do {
      let first = try workspace.open()
      try first.update()
    }
    let holder = IndexLock(path: workspace.indexPath + ".lock")
    #expect(try holder.tryLock())
    let index = try workspace.open()
    try workspace.write("new.txt", "The General Assembly,\n\n1. Decides to remain seized of the matter;\n")
    let report = try index.update()
    #expect(report.updatedElsewhere)
    #expect(report.added == 0)
    #expect(index.summaries.count == 5)
    holder.unlock()
    let later = try index.update()
    #expect(later.added == 1)
    #expect(index.summaries.count == 6)
  }

  @Test("startUpdating fills the list and reports progress until it ends")
  func background() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    index.startUpdating()
    #expect(!index.isComplete || index.summaries.count == 5)
    index.waitUntilComplete()
    #expect(index.isComplete)
    #expect(index.summaries.count == 5)
    #expect(index.revision > 0)
  }
}
