import CorpusIndex
import Foundation
import ResolutionKit

/// The browser's source for a folder: its index, until a build of an index that held nothing fails (a full disk, a
/// cache that cannot be written); the folder is then read into memory in the background, as the README promises,
/// instead of showing "The corpus has no resolutions". An index that already held the corpus stays in use: a failed
/// update leaves its last good state.
final class IndexOrMemory: CorpusSource, @unchecked Sendable {
  private let index: IndexedCorpus
  private let lock = NSLock()
  private var memory: LoadedCorpus?
  private var loading = false
  private var failure: String?

  init(index: IndexedCorpus) {
    self.index = index
  }

  /// The source answering now, starting the fallback when the index's build has failed with nothing in it.
  private var current: any CorpusSource {
    lock.lock()
    defer { lock.unlock() }
    if let memory { return memory }
    if !loading, index.isComplete, index.summaries.isEmpty,
      let problem = index.notices.first(where: { $0.hasPrefix("the index could not be updated") })
    {
      loading = true
      failure = problem
      let root = index.root
      Thread.detachNewThread { [self] in
        let loaded = try? CorpusLoader.load(path: root)
        lock.lock()
        memory = LoadedCorpus(loaded ?? Corpus(root: root, resolutions: [], warnings: []))
        lock.unlock()
      }
    }
    return index
  }

  var root: String { index.root }
  var summaries: [ResolutionSummary] { current.summaries }
  var absentSummaries: [AbsentSummary] { current.absentSummaries }
  // Memory's revision comes after every revision of the index, so the list is rebuilt when it takes over.
  var revision: Int {
    let source = current
    return source is LoadedCorpus ? index.revision + 1 + source.revision : source.revision
  }
  var isComplete: Bool {
    let source = current
    lock.lock()
    defer { lock.unlock() }
    return loading && memory == nil ? false : source.isComplete
  }
  var progress: String? {
    let source = current
    lock.lock()
    defer { lock.unlock() }
    if loading && memory == nil { return "the index could not be built; reading the folder into memory" }
    return source.progress
  }
  var warnings: [ParseWarning] {
    let source = current
    lock.lock()
    let problem = memory == nil ? nil : failure
    lock.unlock()
    guard let problem else { return source.warnings }
    return [ParseWarning(file: index.indexPath, line: nil, severity: .warning, message: problem + "; read into memory")]
      + source.warnings
  }

  var unreadableCount: Int { current.unreadableCount }

  func resolution(file: String) -> Resolution? { current.resolution(file: file) }
  func citationNetwork() -> CitationNetwork? { current.citationNetwork() }
  func lookup(_ query: String) -> SourceLookup { current.lookup(query) }
  func files(withID id: ResolutionID) -> [String] { current.files(withID: id) }
  func absentResolution(_ id: ResolutionID) -> AbsentResolution? { current.absentResolution(id) }
  func citations(of id: ResolutionID) -> [CitationEdge] { current.citations(of: id) }
  func citingFileCount(of id: ResolutionID, excluding file: String?) -> Int {
    current.citingFileCount(of: id, excluding: file)
  }
  func search(_ query: SearchQuery, limit: Int) throws(SearchError) -> [SearchHit] {
    try current.search(query, limit: limit)
  }
  func reusedLanguage(ref: String, inFile file: String, limit: Int) -> [ReuseMatch] {
    current.reusedLanguage(ref: ref, inFile: file, limit: limit)
  }
}
