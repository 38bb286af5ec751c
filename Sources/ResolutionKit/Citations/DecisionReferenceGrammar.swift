/// Citations of decisions: `decision 2004/237`, `General Assembly decision 55/488`, `its decision 76/563 of 11 May
/// 2022`, `decisions 55/488 and 56/401`. A decision is not a resolution: it is its own kind of citation, with a target
/// such as `GA decision 55/488`, and never links to the resolution that happens to carry the same number.
extension CitationScanner {
  /// The `decision` / `decisions` keyword at `keyword`, followed by one or more numbers.
  mutating func scanDecision(keywordAt keyword: Int) -> Int? {
    guard let (first, plural) = keywordAndNumber(CitationWords.decision, CitationWords.decisions, at: keyword),
      !first.isSecurityCouncilForm
    else { return nil }
    let head = self.head(before: keyword)
    let entries = self.entries(from: first, start: head.start, plural: plural)
    for (position, entry) in entries.enumerated() {
      var body: Body? = entry.bodyAfter ?? (head.namesBody ? head.body : adoptingBody)
      // The Assembly numbers decisions by session (`55/488`), the Council by year (`2004/237`).
      if let named = body, entry.bodyAfter == nil, !(head.namesBody && !head.isShortForm),
        let owner = Body.owner(ofBareSerial: entry.number.text, citedIn: named)
      {
        body = owner
      }
      add(
        entry.start..<entry.end, target: body.map { .decision(body: $0, number: entry.number.text) },
        kind: .decision, pinpoint: head.pinpoint(of: entry, at: position), date: entry.date)
    }
    return entries[entries.count - 1].end
  }
}
