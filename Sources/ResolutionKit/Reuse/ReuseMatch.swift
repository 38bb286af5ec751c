/// A paragraph elsewhere in the corpus that uses the same or nearly the same language as the paragraph asked about.
public struct ReuseMatch: Hashable, Sendable {
  /// The file of the resolution the paragraph belongs to.
  public var file: String
  /// The resolution's `displayID` (`GA 55/64`, or the placeholder for one without a number).
  public var displayID: String
  public var adopted: CalendarDate?
  /// The paragraph: `PP3`, `7`, `IV.3(c)`.
  public var ref: String
  public var text: String
  /// 0...1, 1 = the same language (see `ReuseSimilarity`).
  public var similarity: Double
  /// The longest run of words the two paragraphs share, as the asked-about paragraph writes it.
  public var sharedPhrase: String

  public init(
    file: String, displayID: String, adopted: CalendarDate?, ref: String, text: String, similarity: Double,
    sharedPhrase: String
  ) {
    self.file = file
    self.displayID = displayID
    self.adopted = adopted
    self.ref = ref
    self.text = text
    self.similarity = similarity
    self.sharedPhrase = sharedPhrase
  }
}

extension ReuseMatch {
  /// Best first; equal similarities in file order, then in the order of the paragraphs in the file (`ordinal`, the
  /// position in `Resolution.searchableParagraphs`). Both sources sort with it, so they agree.
  public static func precedes(_ lhs: (match: ReuseMatch, ordinal: Int), _ rhs: (match: ReuseMatch, ordinal: Int)) -> Bool {
    if lhs.match.similarity != rhs.match.similarity { return lhs.match.similarity > rhs.match.similarity }
    if lhs.match.file != rhs.match.file { return lhs.match.file < rhs.match.file }
    return lhs.ordinal < rhs.ordinal
  }
}
