/// A corpus parsed into memory, with its citation graph: the source for small folders, single files and tests.
public struct LoadedCorpus: CorpusSource {
  public let corpus: Corpus
  public let graph: CitationGraph
  public let summaries: [ResolutionSummary]
  public let absentSummaries: [AbsentSummary]
  private let indexByFile: [String: Int]
  private let reuseIndex: ReuseMemoryIndex

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
    reuseIndex = ReuseMemoryIndex(resolutions: corpus.resolutions)
  }

  public var root: String { corpus.root }
  public var revision: Int { 0 }
  public var isComplete: Bool { true }
  public var progress: String? { nil }
  public var warnings: [ParseWarning] { corpus.warnings }
  public var unreadableCount: Int { corpus.unreadableFiles.count }

  public func citationNetwork() -> CitationNetwork? { CitationNetwork(corpus: corpus, graph: graph) }

  public func resolution(file: String) -> Resolution? { indexByFile[file].map { corpus.resolutions[$0] } }

  public func files(withID id: ResolutionID) -> [String] { graph.filesByID[id] ?? [] }

  public func absentResolution(_ id: ResolutionID) -> AbsentResolution? { graph.absentResolution(id) }

  public func citations(of id: ResolutionID) -> [CitationEdge] { graph.incoming(id) }

  public func search(_ query: SearchQuery, limit: Int) throws(SearchError) -> [SearchHit] {
    ScanSearch.search(query, in: corpus.resolutions, limit: limit)
  }

  public func reusedLanguage(ref: String, inFile file: String, limit: Int) -> [ReuseMatch] {
    guard limit > 0, ReuseQuery.isReusable(ref: ref), let index = indexByFile[file] else { return [] }
    let paragraphs = corpus.resolutions[index].searchableParagraphs
    guard let ordinal = paragraphs.firstIndex(where: { $0.ref == ref }), ordinal < 1 << Int(ReuseQuery.ordinalBits)
    else { return [] }
    let tables = reuseIndex.tables
    let hits = ReuseQuery.run(
      anchorKey: ReuseMemoryIndex.key(resolution: index, ordinal: ordinal), anchorText: paragraphs[ordinal].text,
      store: tables)
    let ranked = hits.map { hit in
      let resolution = corpus.resolutions[Int(hit.key >> ReuseQuery.ordinalBits)]
      let match = ReuseMatch(
        file: resolution.file, displayID: resolution.displayID, adopted: resolution.adopted, ref: hit.ref,
        text: hit.text, similarity: hit.similarity, sharedPhrase: hit.sharedPhrase)
      return (match: match, ordinal: hit.ordinal)
    }
    return ranked.sorted(by: ReuseMatch.precedes).prefix(limit).map(\.match)
  }
}
