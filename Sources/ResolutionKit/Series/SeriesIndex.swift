/// Finds the series of any resolution of a corpus: built once per corpus state (the summaries and absent summaries of
/// a `CorpusSource`), it answers many queries fast.
///
/// A series is anchor-centred: a resolution belongs to the series of the anchor when
/// - its title (or, when absent, the subject its citing texts give) resembles the anchor's, weighing words by their
///   rarity across the corpus's titles and subjects (similarity at least `titleThreshold`);
/// - or it cites the anchor or is cited by it, and its title resembles the anchor's a little (`linkedThreshold`);
/// - or it cites the anchor or is cited by it in a report on the implementation of the earlier text ("the report on
///   the implementation of resolution 54/131"), both are of the same body, and one of them has no known title or
///   subject to compare.
/// Members are never chained through other members: every member is related to the anchor itself, so a corpus where
/// every title shares "crime prevention and criminal justice" does not collapse into one series.
public struct SeriesIndex: Sendable {
  /// Title similarity that makes a resolution a member on its own.
  static let titleThreshold = 0.3
  /// Title similarity that makes a resolution a member when it also cites, or is cited by, the anchor.
  static let linkedThreshold = 0.2

  /// One resolution: a present id (its first file), a present file without a number, or an absent id.
  struct Node: Sendable {
    var id: ResolutionID?
    var body: Body?
    var file: String?
    var title: String?
    var date: CalendarDate?
    var displayID: String
  }

  private let source: any CorpusSource
  private let nodes: [Node]
  private let nodeByFile: [String: Int]
  private let nodeByID: [ResolutionID: Int]
  private let titles: TitleWordIndex

  /// Reads the source's summaries and absent summaries (not the files); citations are read per query.
  public init(source: any CorpusSource) {
    self.source = source
    var nodes: [Node] = []
    var nodeByFile: [String: Int] = [:]
    var nodeByID: [ResolutionID: Int] = [:]
    for summary in source.summaries where nodeByFile[summary.file] == nil {
      // A resolution held by several files is one node, spoken for by its first file (the others are the same text).
      if let id = summary.id, let existing = nodeByID[id] {
        nodeByFile[summary.file] = existing
        continue
      }
      let node = Node(
        id: summary.id, body: summary.body ?? summary.id?.body, file: summary.file, title: summary.title,
        date: summary.adopted, displayID: summary.displayID)
      nodeByFile[summary.file] = nodes.count
      if let id = summary.id { nodeByID[id] = nodes.count }
      nodes.append(node)
    }
    for absent in source.absentSummaries where nodeByID[absent.id] == nil {
      nodeByID[absent.id] = nodes.count
      nodes.append(
        Node(
          id: absent.id, body: absent.id.body, file: nil, title: absent.subject.map(Self.subjectAsTitle),
          date: absent.date, displayID: absent.id.description))
    }
    self.nodes = nodes
    self.nodeByFile = nodeByFile
    self.nodeByID = nodeByID
    titles = TitleWordIndex(nodes.map(\.title))
  }

  /// The series of the resolution in `file`; nil for a file the corpus does not list.
  public func series(ofFile file: String) -> ResolutionSeries? {
    guard let node = nodeByFile[file] else { return nil }
    return series(anchor: node, file: file)
  }

  /// The series of `id`: a present resolution (its first file) or one cited but absent; nil for an unknown id.
  public func series(of id: ResolutionID) -> ResolutionSeries? {
    guard let node = nodeByID[id] else { return nil }
    return series(anchor: node, file: nodes[node].file)
  }

  /// What links a candidate to the anchor.
  private struct Link {
    var similarity = 0.0
    var citesAnchor = false
    var citedByAnchor = false
    var followUp = false
  }

  private func series(anchor: Int, file anchorFile: String?) -> ResolutionSeries {
    var links: [Int: Link] = [:]
    for (candidate, similarity) in titles.similar(to: anchor, atLeast: Self.titleThreshold) {
      links[candidate, default: Link()].similarity = similarity
    }
    // The anchor's own citations, read from the file asked about.
    if let anchorFile, let resolution = source.resolution(file: anchorFile) {
      // Read once, and only when a follow-up must be checked: `text(of:)` per citation would be quadratic in a file
      // with many thousands of citations.
      var texts: [ParagraphRef: String]?
      for (index, citation) in resolution.citations.enumerated() where citation.kind == .resolution {
        // Cancelled work returns what it has (`WorkCancellation`); the caller drops it.
        if WorkCancellation.shouldStop(at: index) { break }
        guard let target = citation.target?.resolution, let node = nodeByID[target], node != anchor
        else { continue }
        links[node, default: Link()].citedByAnchor = true
        if !links[node]!.followUp, needsFollowUp(anchor, node) {
          if texts == nil { texts = resolution.textsByRef }
          let sentence = CitationGraph.sentence(in: texts?[citation.ref] ?? citation.text, around: citation.range)
          if FollowUpCitation.isFollowUp(sentence: sentence, citationText: citation.text),
            isFollowUp(later: anchor, earlier: node)
          {
            links[node]!.followUp = true
          }
        }
      }
    }
    if let id = nodes[anchor].id {
      for (index, edge) in source.citations(of: id).enumerated() {
        if WorkCancellation.shouldStop(at: index) { break }
        guard let node = nodeByFile[edge.sourceFile], node != anchor else { continue }
        links[node, default: Link()].citesAnchor = true
        if !links[node]!.followUp, needsFollowUp(anchor, node),
          FollowUpCitation.isFollowUp(sentence: edge.sentence, citationText: edge.citation.text),
          isFollowUp(later: node, earlier: anchor)
        {
          links[node]!.followUp = true
        }
      }
    }

    var members = [member(anchor, file: anchorFile, evidence: [])]
    for (node, var link) in links {
      if link.citesAnchor || link.citedByAnchor, link.similarity == 0 {
        link.similarity = titles.similarity(anchor, node)
      }
      let linked = link.citesAnchor || link.citedByAnchor
      let admitted =
        link.similarity >= Self.titleThreshold || (linked && link.similarity >= Self.linkedThreshold) || link.followUp
      guard admitted else { continue }
      var evidence: [SeriesEvidence] = []
      if link.similarity > 0 {
        if nodes[node].file == nil { evidence.append(.citationSubject) }
        evidence.append(.similarTitle((link.similarity * 1000).rounded() / 1000))
      }
      if link.citesAnchor { evidence.append(.citesAnchor) }
      if link.citedByAnchor { evidence.append(.citedByAnchor) }
      members.append(member(node, file: nodes[node].file, evidence: evidence))
    }
    let anchorMember = members[0]
    members.sort(by: ResolutionSeries.chronological)
    let anchorIndex = members.firstIndex(of: anchorMember) ?? 0
    return ResolutionSeries(subject: subject(of: members, anchor: anchorMember), members: members, anchor: anchorIndex)
  }

  /// Whether the follow-up evidence is worth reading: only when one side has no title or subject to compare.
  private func needsFollowUp(_ anchor: Int, _ node: Int) -> Bool {
    !titles.hasWords(anchor) || !titles.hasWords(node)
  }

  /// A report on the implementation of `earlier` by `later` marks a series when both are of the same body and
  /// `earlier` is not later than `later`.
  private func isFollowUp(later: Int, earlier: Int) -> Bool {
    guard let body = nodes[later].body, body == nodes[earlier].body else { return false }
    let laterYear = nodes[later].date?.year ?? nodes[later].id?.impliedYear
    let earlierYear = nodes[earlier].date?.year ?? nodes[earlier].id?.impliedYear
    if let laterYear, let earlierYear { return earlierYear <= laterYear }
    return true
  }

  private func member(_ node: Int, file: String?, evidence: [SeriesEvidence]) -> SeriesMember {
    let value = nodes[node]
    return SeriesMember(
      id: value.id, file: file, title: value.title, date: value.date, evidence: evidence, displayID: value.displayID)
  }

  /// The title most members share (compared without case), else the anchor's; the earliest spelling wins.
  private func subject(of members: [SeriesMember], anchor: SeriesMember) -> String {
    var counts: [String: (count: Int, first: Int, title: String)] = [:]
    for (index, member) in members.enumerated() {
      guard let title = member.title else { continue }
      let key = title.lowercased()
      if let existing = counts[key] {
        counts[key] = (existing.count + 1, existing.first, existing.title)
      } else {
        counts[key] = (1, index, title)
      }
    }
    let anchorKey = anchor.title?.lowercased()
    let best = counts.max { lhs, rhs in
      if lhs.value.count != rhs.value.count { return lhs.value.count < rhs.value.count }
      if (lhs.key == anchorKey) != (rhs.key == anchorKey) { return rhs.key == anchorKey }
      return lhs.value.first > rhs.value.first
    }
    if let best, best.value.count > 1 { return best.value.title }
    return anchor.title ?? best?.value.title ?? anchor.displayID
  }

  /// `on strengthening the …` as a title: `Strengthening the …`.
  static func subjectAsTitle(_ subject: String) -> String {
    var text = Substring(subject)
    if text.hasPrefix("on ") { text = text.dropFirst(3) }
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return String(text) }
    return String(first).uppercased() + String(text.unicodeScalars.dropFirst())
  }
}
