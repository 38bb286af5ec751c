/// A corpus parsed into memory, with its citation graph: the source for small folders, single files and tests.
public struct LoadedCorpus: CorpusSource {
  public let corpus: Corpus
  public let graph: CitationGraph
  public let summaries: [ResolutionSummary]
  public let absentSummaries: [AbsentSummary]
  private let indexByFile: [String: Int]

  public init(_ corpus: Corpus) {
    self.corpus = corpus
    graph = CitationGraph(corpus: corpus)
    summaries = corpus.resolutions.map(ResolutionSummary.init)
    absentSummaries = graph.absentResolutions.map(AbsentSummary.init)
    var indexByFile: [String: Int] = [:]
    for (index, resolution) in corpus.resolutions.enumerated() where indexByFile[resolution.file] == nil {
      indexByFile[resolution.file] = index
    }
    self.indexByFile = indexByFile
  }

  public var root: String { corpus.root }
  public var revision: Int { 0 }
  public var isComplete: Bool { true }
  public var progress: String? { nil }
  public var warnings: [ParseWarning] { corpus.warnings }

  public func resolution(file: String) -> Resolution? { indexByFile[file].map { corpus.resolutions[$0] } }

  public func files(withID id: ResolutionID) -> [String] { graph.filesByID[id] ?? [] }

  public func absentResolution(_ id: ResolutionID) -> AbsentResolution? { graph.absentResolution(id) }

  public func citations(of id: ResolutionID) -> [CitationEdge] { graph.incoming(id) }

  public func search(_ query: SearchQuery, limit: Int) throws(SearchError) -> [SearchHit] {
    ScanSearch.search(query, in: corpus.resolutions, limit: limit)
  }
}
