/// One citation seen from the graph: who cites, where, and the sentence it sits in.
public struct CitationEdge: Hashable, Sendable {
  /// The citing resolution's file (ids can be missing or duplicated; files are unique).
  public var sourceFile: String
  public var sourceID: ResolutionID?
  public var citation: Citation
  /// The sentence of the citing paragraph that holds the citation.
  public var sentence: String

  public init(sourceFile: String, sourceID: ResolutionID?, citation: Citation, sentence: String) {
    self.sourceFile = sourceFile
    self.sourceID = sourceID
    self.citation = citation
    self.sentence = sentence
  }
}

/// A resolution cited in the corpus but not present in it, described by what the citing texts say.
public struct AbsentResolution: Hashable, Sendable {
  public var id: ResolutionID
  /// Every date the citing texts give, most frequent first (conflicts kept, not resolved).
  public var dates: [CalendarDate]
  /// Every subject the citing texts give, most frequent first.
  public var subjects: [String]
  /// Every citation of it across the corpus.
  public var citedBy: [CitationEdge]

  /// The number of distinct resolutions that cite it (by id; a file without a number counts on its own).
  public var citingResolutionCount: Int { Set(citedBy.map { $0.sourceID?.description ?? $0.sourceFile }).count }
}

/// Who cites whom across a corpus, including resolutions that are cited but absent.
public struct CitationGraph: Sendable {
  public private(set) var outgoingByFile: [String: [CitationEdge]] = [:]
  public private(set) var incomingByTarget: [ResolutionID: [CitationEdge]] = [:]
  public private(set) var absent: [ResolutionID: AbsentResolution] = [:]
  /// The files holding each present id, in corpus order: two or more when the same resolution is in several files,
  /// which the graph treats as one node.
  public private(set) var filesByID: [ResolutionID: [String]] = [:]
  private var presentIDs: Set<ResolutionID> = []

  public init(corpus: Corpus) {
    for resolution in corpus.resolutions {
      if let id = resolution.id {
        presentIDs.insert(id)
        filesByID[id, default: []].append(resolution.file)
      }
    }
    for resolution in corpus.resolutions {
      var outgoing: [CitationEdge] = []
      let texts = resolution.citations.isEmpty ? [:] : resolution.textsByRef
      for citation in resolution.citations where citation.kind == .resolution {
        let paragraph = texts[citation.ref] ?? citation.text
        let edge = CitationEdge(
          sourceFile: resolution.file, sourceID: resolution.id, citation: citation,
          sentence: Self.sentence(in: paragraph, around: citation.range))
        outgoing.append(edge)
        // A resolution held by several files is one node: only its first file's citations count as incoming.
        let isFirstFile = resolution.id.map { filesByID[$0]?.first == resolution.file } ?? true
        if isFirstFile, let target = citation.target?.resolution {
          incomingByTarget[target, default: []].append(edge)
        }
      }
      outgoingByFile[resolution.file] = outgoing
    }
    for (target, edges) in incomingByTarget where !presentIDs.contains(target) {
      absent[target] = AbsentResolution(
        id: target,
        dates: Self.byFrequency(edges.compactMap(\.citation.date)),
        subjects: Self.byFrequency(edges.compactMap(\.citation.subject)),
        citedBy: edges)
    }
  }

  /// Citations made by the resolution in `file`, in reading order.
  public func outgoing(file: String) -> [CitationEdge] { outgoingByFile[file] ?? [] }

  /// Citations of `id` from anywhere in the corpus.
  public func incoming(_ id: ResolutionID) -> [CitationEdge] { incomingByTarget[id] ?? [] }

  /// True when some file in the corpus has this id.
  public func isPresent(_ id: ResolutionID) -> Bool { presentIDs.contains(id) }

  /// The absent resolutions, sorted by id.
  public var absentResolutions: [AbsentResolution] { absent.values.sorted { $0.id < $1.id } }

  /// The absent resolution with this id, if it is cited and not present.
  public func absentResolution(_ id: ResolutionID) -> AbsentResolution? { absent[id] }

  private static func byFrequency<T: Hashable>(_ values: [T]) -> [T] { CorpusFinish.ranked(values) }

  /// Abbreviations whose full stop does not end a sentence (`Sales No. E.00.IV.8`, `para. 9`, `Ibid., annex`).
  private static let abbreviations: Set<String> = [
    "No", "Nos", "para", "paras", "sect", "chap", "Ibid", "ibid", "Vol", "Suppl", "Add", "Rev", "Corr", "e.g", "i.e",
    "etc", "art", "arts", "p", "pp", "Mr", "Ms", "Dr",
  ]

  /// The sentence of `paragraph` that contains the UTF-8 `range`: bounded by `;` or a full stop followed by a space
  /// (not the full stop of an abbreviation), or the paragraph's ends. A sentence reaching further than
  /// `sentenceReach` bytes before or after the citation is cut there (at a space) and marked `…`, so each citation
  /// carries at most about 1 KB of context whatever the paragraph (a real sentence is rarely longer).
  public static func sentence(in paragraph: String, around range: Range<Int>) -> String {
    var paragraph = paragraph
    // The paragraph's own storage, not a copy: a hostile file may hold one paragraph of 50 MB with 100,000 citations.
    return paragraph.withUTF8 { bytes in sentence(in: bytes, around: range) } ?? paragraph
  }

  /// How far a sentence is followed each way from its citation (`cites`, `cited-by`, the graph, series evidence). A
  /// text without sentence ends would otherwise give every citation in it kilobytes of context: a paragraph holding
  /// 100,000 citations made `cites` print 413 MB.
  public static let sentenceReach = 500

  private static func sentence(in bytes: UnsafeBufferPointer<UInt8>, around range: Range<Int>) -> String? {
    guard range.lowerBound <= bytes.count else { return nil }
    func endsSentence(at index: Int) -> Bool {
      let byte = bytes[index]
      guard index + 1 == bytes.count || bytes[index + 1] == 32 else { return false }
      if byte == UInt8(ascii: ";") { return true }
      guard byte == UInt8(ascii: ".") else { return false }
      var wordStart = index
      while wordStart > 0, index - wordStart < 40, bytes[wordStart - 1] != 32, bytes[wordStart - 1] != UInt8(ascii: "(") {
        wordStart -= 1
      }
      let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
      // A single capital is an initial (`E. Smith`), not the end of a sentence.
      return !abbreviations.contains(word) && !(word.count == 1 && word.first!.isUppercase)
    }
    func isContinuation(_ index: Int) -> Bool { index < bytes.count && bytes[index] & 0xC0 == 0x80 }
    var start = min(range.lowerBound, bytes.count)
    let earliest = max(0, start - sentenceReach)
    while start > earliest, !endsSentence(at: start - 1) { start -= 1 }
    var cutBefore = false
    if start == earliest, start > 0, !endsSentence(at: start - 1) {
      // Cut short: start after a space so no word is shown in part.
      cutBefore = true
      let limit = min(range.lowerBound, bytes.count)
      var space = start
      while space < limit, bytes[space] != 32 { space += 1 }
      if space < limit { start = space + 1 }
    }
    while isContinuation(start) { start += 1 }
    var end = min(max(range.upperBound, start), bytes.count)
    let cited = end
    let latest = min(bytes.count, end + sentenceReach)
    var endedSentence = end == bytes.count
    while end < latest {
      let stop = endsSentence(at: end)
      end += 1
      if stop {
        endedSentence = true
        break
      }
    }
    let cutAfter = !endedSentence && end < bytes.count
    if cutAfter {
      var space = end
      while space > cited, bytes[space - 1] != 32 { space -= 1 }
      if space > cited { end = space }
    }
    while end > start, isContinuation(end) { end -= 1 }
    let text = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces
    return (cutBefore ? "… " : "") + text + (cutAfter ? " …" : "")
  }

}
