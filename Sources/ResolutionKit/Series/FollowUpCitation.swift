/// A citation that reports on the implementation of the cited resolution: "Takes note of the report of the
/// Secretary-General on the progress made in the implementation of General Assembly resolution 54/131". This is how a
/// yearly text recalls the previous one of its series, and it is the only evidence of the series when the cited
/// resolution is absent and no citing text says what it was about.
enum FollowUpCitation {
  /// True when `sentence` speaks of a report on the implementation of the resolution cited as `citationText`.
  static func isFollowUp(sentence: String, citationText: String) -> Bool {
    let lowered = sentence.lowercased()
    guard lowered.contains("report"), let cited = lowered.firstRange(of: citationText.lowercased()) else { return false }
    // The words just before the citation: `implementation of`, with an optional `the`.
    var before = lowered[..<cited.lowerBound].split(separator: " ").suffix(3).map(String.init)
    if before.last == "the" { before.removeLast() }
    return before.suffix(2) == ["implementation", "of"]
  }
}
