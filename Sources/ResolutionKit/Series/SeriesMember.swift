/// One resolution of a series: present in the corpus (it has a file) or known only from the texts that cite it.
public struct SeriesMember: Hashable, Sendable {
  public var id: ResolutionID?
  /// The file holding it; nil when the resolution is not in the corpus.
  public var file: String?
  /// Its title, or the subject the citing texts give (without the leading "on").
  public var title: String?
  /// Its adoption date, or the date the citing texts give.
  public var date: CalendarDate?
  /// `date?.year ?? id?.impliedYear`.
  public var year: Int?
  /// Why it belongs to the series; empty for the anchor itself.
  public var evidence: [SeriesEvidence]
  /// `GA 55/64`, or the list placeholder (`ECOSOC [file.txt]`) of a present file without a number.
  public var displayID: String

  public init(
    id: ResolutionID?, file: String?, title: String?, date: CalendarDate?, evidence: [SeriesEvidence],
    displayID: String
  ) {
    self.id = id
    self.file = file
    self.title = title
    self.date = date
    self.year = date?.year ?? id?.impliedYear
    self.evidence = evidence
    self.displayID = displayID
  }

  /// True when the corpus holds the resolution.
  public var isPresent: Bool { file != nil }
}
