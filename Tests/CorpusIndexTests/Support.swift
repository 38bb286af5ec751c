import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

/// A copy of the bundled corpus in a temporary folder, with a cache folder of its own for the index.
final class Workspace {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let bundledCorpus = packageRoot.appendingPathComponent("corpus")

  let url: URL
  let corpus: String
  let cache: String

  init(copyingCorpus: Bool = true) throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-index-tests-\(UUID().uuidString)")
    corpus = url.appendingPathComponent("corpus").path
    cache = url.appendingPathComponent("cache").path
    try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
    if copyingCorpus {
      try FileManager.default.copyItem(atPath: Self.bundledCorpus.path, toPath: corpus)
    } else {
      try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    }
  }

  deinit {
    // Undo permission changes made by a test so everything can be removed.
    chmod(corpus, 0o755)
    try? FileManager.default.removeItem(at: url)
  }

  /// The index file this workspace's instances share.
  var indexPath: String {
    IndexedCorpus.defaultIndexPath(forCorpus: corpus, environment: ["XDG_CACHE_HOME": cache, "HOME": "/nonexistent"])
  }

  func open() throws -> IndexedCorpus { try IndexedCorpus(corpusPath: corpus, indexPath: indexPath) }

  /// The corpus as the loader reads it: what the index must agree with.
  func loaded() throws -> LoadedCorpus { LoadedCorpus(try CorpusLoader.load(path: corpus)) }

  func file(_ name: String) -> String { corpus + "/" + name }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
  }

  func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }

  /// Waits until what was written so far is older than the freshness record's racy window, so that a walk made now
  /// records its times as trusted (FolderCheck).
  static func waitPastTheRacyWindow() {
    Thread.sleep(forTimeInterval: Double(FolderCheck.racyWindow) / 1e9 + 0.3)
  }

  /// The index, brought up to date once the corpus is older than the racy window: its freshness record trusts every
  /// file, and holds until something changes.
  func indexedPastTheRacyWindow() throws -> IndexedCorpus {
    Self.waitPastTheRacyWindow()
    return try indexed()
  }

  /// The index, opened and brought up to date.
  func indexed() throws -> IndexedCorpus {
    let index = try open()
    try index.update()
    return index
  }
}

enum Seed {
  static let ccpcj = "ccpcj-5-2-technical-cooperation.txt"
  static let ecosoc1992 = "ecosoc-1992-22-operational-activities.txt"
  static let ecosoc2002 = "ecosoc-2002-17-international-cooperation.txt"
  static let ecosoc2004 = "ecosoc-2004-technical-cooperation-capacity.txt"
  static let ga = "ga-55-64-strengthening-the-programme.txt"
}

/// Checks that `index` answers every CorpusSource question as the in-memory corpus does.
func expectSameAnswers(
  _ index: IndexedCorpus, as loaded: LoadedCorpus, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(index.summaries == loaded.summaries, sourceLocation: sourceLocation)
  #expect(index.absentSummaries == loaded.absentSummaries, sourceLocation: sourceLocation)
  #expect(index.warnings == loaded.warnings, sourceLocation: sourceLocation)
  #expect(index.unreadableCount == loaded.unreadableCount, sourceLocation: sourceLocation)
  let network = index.citationNetwork(), loadedNetwork = loaded.citationNetwork()
  #expect(network != nil, sourceLocation: sourceLocation)
  #expect(network?.nodes == loadedNetwork?.nodes, sourceLocation: sourceLocation)
  #expect(network?.links == loadedNetwork?.links, sourceLocation: sourceLocation)
  for summary in loaded.summaries {
    #expect(index.resolution(file: summary.file) == loaded.resolution(file: summary.file), sourceLocation: sourceLocation)
    if let id = summary.id {
      #expect(index.files(withID: id) == loaded.files(withID: id), sourceLocation: sourceLocation)
      #expect(index.citations(of: id) == loaded.citations(of: id), sourceLocation: sourceLocation)
      #expect(
        index.citingFileCount(of: id, excluding: summary.file) == loaded.citingFileCount(of: id, excluding: summary.file),
        sourceLocation: sourceLocation)
      #expect(
        index.citingFileCount(of: id, excluding: nil) == loaded.citingFileCount(of: id, excluding: nil),
        sourceLocation: sourceLocation)
    }
  }
  for absent in loaded.absentSummaries {
    #expect(index.absentResolution(absent.id) == loaded.absentResolution(absent.id), sourceLocation: sourceLocation)
    #expect(index.citations(of: absent.id) == loaded.citations(of: absent.id), sourceLocation: sourceLocation)
    #expect(
      index.citingFileCount(of: absent.id, excluding: nil) == loaded.citingFileCount(of: absent.id, excluding: nil),
      sourceLocation: sourceLocation)
  }
}
