import Foundation
import ResolutionKit

/// A test double for a source that is still filling, as an index being built is: it holds the bundled corpus (real
/// parser output) and lists only the files `reveal` has let through so far; each `reveal` grows `revision`.
final class FillingSource: CorpusSource, @unchecked Sendable {
  private let lock = NSLock()
  private let all: Corpus
  private var shown: LoadedCorpus
  private var shownCount = 0
  private var currentRevision = 0

  init(corpus: Corpus = Fixture.corpus, initiallyShown: Int = 0) {
    all = corpus
    shown = LoadedCorpus(Corpus(root: corpus.root, resolutions: [], warnings: []))
    reveal(initiallyShown)
    currentRevision = 0
  }

  var totalCount: Int { all.resolutions.count }

  /// Lets `count` more files (in reading order) into the list, as an indexer committing a batch.
  func reveal(_ count: Int) {
    lock.withLock {
      shownCount = min(all.resolutions.count, shownCount + count)
      shown = LoadedCorpus(
        Corpus(root: all.root, resolutions: Array(all.resolutions.prefix(shownCount)), warnings: []))
      currentRevision += 1
    }
  }

  /// Lets every remaining file in; the source is then complete.
  func revealAll() { reveal(all.resolutions.count) }

  private var current: LoadedCorpus { lock.withLock { shown } }

  var root: String { all.root }
  var summaries: [ResolutionSummary] { current.summaries }
  var absentSummaries: [AbsentSummary] { current.absentSummaries }
  var unreadableCount: Int { current.unreadableCount }
  var revision: Int { lock.withLock { currentRevision } }
  var isComplete: Bool { lock.withLock { shownCount == all.resolutions.count } }
  var progress: String? {
    lock.withLock { shownCount == all.resolutions.count ? nil : "indexing \(shownCount) of \(all.resolutions.count)" }
  }
  var warnings: [ParseWarning] { [] }
  func resolution(file: String) -> Resolution? { current.resolution(file: file) }
  func files(withID id: ResolutionID) -> [String] { current.files(withID: id) }
  func absentResolution(_ id: ResolutionID) -> AbsentResolution? { current.absentResolution(id) }
  func citations(of id: ResolutionID) -> [CitationEdge] { current.citations(of: id) }
  func search(_ query: SearchQuery, limit: Int) throws(SearchError) -> [SearchHit] {
    try current.search(query, limit: limit)
  }
  func reusedLanguage(ref: String, inFile file: String, limit: Int) -> [ReuseMatch] {
    current.reusedLanguage(ref: ref, inFile: file, limit: limit)
  }
}
