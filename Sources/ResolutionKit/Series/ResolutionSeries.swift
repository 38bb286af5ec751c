/// The resolutions on the same subject as one resolution (the anchor), as a timeline: present and absent members, with
/// their dates.
public struct ResolutionSeries: Hashable, Sendable {
  /// A representative title: the one most members share, else the anchor's.
  public var subject: String
  /// Chronological: by year, then date, then id; members without a year come last.
  public var members: [SeriesMember]
  /// The index in `members` of the resolution asked about.
  public var anchor: Int
  /// The latest member before the anchor that is present in the corpus (for compare); nil when the anchor has no year.
  public var predecessor: SeriesMember?
  /// The earliest member after the anchor that is present in the corpus; nil when the anchor has no year.
  public var successor: SeriesMember?

  public init(subject: String, members: [SeriesMember], anchor: Int) {
    self.subject = subject
    self.members = members
    self.anchor = anchor
    // Members without a year have no place on the timeline: neither they nor an undated anchor have neighbours.
    let dated = members[anchor].year != nil
    predecessor = dated ? members[..<anchor].last { $0.isPresent && $0.year != nil } : nil
    successor = dated ? members[(anchor + 1)...].first { $0.isPresent && $0.year != nil } : nil
  }

  /// The resolution asked about.
  public var anchorMember: SeriesMember { members[anchor] }

  /// The chronological order of members: year, then date (a member known only by its year comes after the dated ones
  /// of that year), then id (numbered before unnumbered), then file; no year at all comes last.
  static func chronological(_ lhs: SeriesMember, _ rhs: SeriesMember) -> Bool {
    func yearKey(_ member: SeriesMember) -> Int { member.year ?? .max }
    func dayKey(_ member: SeriesMember) -> Int { member.date.map { $0.month * 100 + $0.day } ?? 1_300 }
    if yearKey(lhs) != yearKey(rhs) { return yearKey(lhs) < yearKey(rhs) }
    if dayKey(lhs) != dayKey(rhs) { return dayKey(lhs) < dayKey(rhs) }
    switch (lhs.id, rhs.id) {
    case (let left?, let right?) where left != right: return left < right
    case (.some, nil): return true
    case (nil, .some): return false
    default: return (lhs.file ?? "") < (rhs.file ?? "")
    }
  }
}
