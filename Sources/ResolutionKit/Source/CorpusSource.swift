/// What a reader of a corpus needs from it, whether the corpus was parsed into memory (`LoadedCorpus`) or is read
/// through a persistent index (`IndexedCorpus` in the CorpusIndex target): the list, each resolution on demand, and
/// the citation graph's answers.
///
/// A source may still be filling (an index being built in the background): `revision` then grows each time
/// `summaries` or `absentSummaries` change, and `isComplete` turns true at the end. Callers poll; a source never calls
/// back.
public protocol CorpusSource: Sendable {
  /// The folder the corpus was read from, as given.
  var root: String { get }
  /// Present resolutions, one per file, in reading order (adoption date, then id, then file).
  var summaries: [ResolutionSummary] { get }
  /// Resolutions cited in the corpus but not present in it, sorted by id.
  var absentSummaries: [AbsentSummary] { get }
  /// Grows whenever `summaries` or `absentSummaries` change.
  var revision: Int { get }
  /// False while the source is still filling; `progress` says how far it is.
  var isComplete: Bool { get }
  /// A line for the status bar while filling (`indexing 3,200 of 10,000 files`), nil when complete.
  var progress: String? { get }
  /// Problems found so far (unreadable files, duplicates, parse warnings), with file and line.
  var warnings: [ParseWarning] { get }

  /// The whole resolution in `file`, with its citations resolved against the corpus; nil when no such file is listed.
  func resolution(file: String) -> Resolution?
  /// The resolution `query` names: an id (`GA 55/64`, `A/RES/55/64`), the list placeholder, or a file (as
  /// `Corpus.lookup`); with the closest names when nothing matches. The CLI's one way to find a resolution.
  func lookup(_ query: String) -> SourceLookup
  /// The files holding `id`, in reading order (more than one when the folder holds duplicates).
  func files(withID id: ResolutionID) -> [String]
  /// The page of a cited-but-absent resolution: what the citing texts say of it, and every citation of it.
  func absentResolution(_ id: ResolutionID) -> AbsentResolution?
  /// Every citation of `id` from the corpus (present or absent target).
  func citations(of id: ResolutionID) -> [CitationEdge]
  /// How many files `citations(of: id)` comes from, `file` (when given) left out: how many other resolutions cite
  /// `id`, without reading their sentences.
  func citingFileCount(of id: ResolutionID, excluding file: String?) -> Int
  /// Full-text search over every paragraph, best first.
  func search(_ query: SearchQuery, limit: Int) throws(SearchError) -> [SearchHit]
  /// The paragraphs of the corpus whose language is the same or nearly the same as that of paragraph `ref` of `file`
  /// (a preambular, operative or subparagraph; not a footnote): other resolutions' and other paragraphs of the same
  /// resolution, never the paragraph itself. Best first, at most `limit`, only real matches (see `ReuseSimilarity`);
  /// empty when there is no such paragraph.
  func reusedLanguage(ref: String, inFile file: String, limit: Int) -> [ReuseMatch]
  /// Who cites whom, one node per resolution (`resolute graph`); nil when the source cannot be read.
  func citationNetwork() -> CitationNetwork?
  /// How many files, folders and catalogs could not be read (each has an error in `warnings`).
  var unreadableCount: Int { get }
}

extension CorpusSource {
  /// Both sources answer from their list, the memory's and the index's alike.
  public func lookup(_ query: String) -> SourceLookup { SummaryLookup(root: root, summaries: summaries).lookup(query) }

  /// From every citation: right for any source; an index answers without reading the sentences.
  public func citingFileCount(of id: ResolutionID, excluding file: String?) -> Int {
    var files = Set(citations(of: id).lazy.map(\.sourceFile))
    if let file { files.remove(file) }
    return files.count
  }

  /// The first file holding `id`.
  public func file(withID id: ResolutionID) -> String? { files(withID: id).first }

  /// The network from the list and each resolution read again: right for any source, for a small one.
  public func citationNetwork() -> CitationNetwork? {
    var citations: [String: [ResolutionID: Int]] = [:]
    for summary in summaries {
      for citation in resolution(file: summary.file)?.citations ?? [] where citation.kind == .resolution {
        if let target = citation.target?.resolution { citations[summary.file, default: [:]][target, default: 0] += 1 }
      }
    }
    return CitationNetwork(summaries: summaries, absent: absentSummaries.map(\.id), citationsByFile: citations)
  }

  /// The summary of the resolution in `file`.
  public func summary(file: String) -> ResolutionSummary? { summaries.first { $0.file == file } }
}

/// One line of the resolution list: what is known of a file without reading its whole text again.
public struct ResolutionSummary: Hashable, Sendable {
  public var file: String
  public var id: ResolutionID?
  public var body: Body?
  public var number: String?
  public var title: String?
  public var adopted: CalendarDate?
  /// False when the parser found no preamble or operative paragraphs (the file is shown as plain text).
  public var isStructured: Bool
  /// `41st plenary meeting`.
  public var meeting: String?
  /// Where metadata came from the catalog file rather than the text.
  public var catalogued: Bool

  public init(
    file: String, id: ResolutionID?, body: Body?, number: String?, title: String?, adopted: CalendarDate?,
    isStructured: Bool, meeting: String? = nil, catalogued: Bool = false
  ) {
    self.file = file
    self.id = id
    self.body = body
    self.number = number
    self.title = title
    self.adopted = adopted
    self.isStructured = isStructured
    self.meeting = meeting
    self.catalogued = catalogued
  }

  public init(_ resolution: Resolution) {
    self.init(
      file: resolution.file, id: resolution.id, body: resolution.body, number: resolution.number,
      title: resolution.title, adopted: resolution.adopted, isStructured: resolution.isStructured,
      meeting: resolution.meeting, catalogued: resolution.catalogued)
  }

  /// `A/RES/55/64`, where it follows from body and number (as `Resolution.symbol`).
  public var symbol: String? {
    guard let body, let number else { return nil }
    return body.symbol(for: number)
  }

  /// `GA 55/64`, or a placeholder naming the body and file when the number is unknown (as `Resolution.displayID`).
  public var displayID: String {
    if let id { return id.description }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return "\(body?.key ?? "?") [\(name)]"
  }
}

/// One line of the list for a cited-but-absent resolution.
public struct AbsentSummary: Hashable, Sendable {
  public var id: ResolutionID
  /// The date the citing texts give most often.
  public var date: CalendarDate?
  /// The subject the citing texts give most often.
  public var subject: String?
  /// How many distinct resolutions cite it.
  public var citingResolutionCount: Int

  public init(id: ResolutionID, date: CalendarDate?, subject: String?, citingResolutionCount: Int) {
    self.id = id
    self.date = date
    self.subject = subject
    self.citingResolutionCount = citingResolutionCount
  }

  public init(_ absent: AbsentResolution) {
    self.init(
      id: absent.id, date: absent.dates.first, subject: absent.subjects.first,
      citingResolutionCount: absent.citingResolutionCount)
  }
}
