/// Why a resolution belongs to the series of another (the anchor): every member is related to the anchor itself, never
/// only through another member, so a series cannot drift from subject to subject.
public enum SeriesEvidence: Hashable, Sendable {
  /// The member's title (or, for an absent member, the subject the citing texts give) shares the anchor's rare title
  /// words: the weighted similarity, from 0 to 1.
  case similarTitle(Double)
  /// The member cites the anchor.
  case citesAnchor
  /// The anchor cites the member.
  case citedByAnchor
  /// The member is absent from the corpus and matched on the subject its citing texts give.
  case citationSubject
}
