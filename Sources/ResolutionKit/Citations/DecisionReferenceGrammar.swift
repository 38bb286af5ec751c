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
    // `document CBD/COP/15/17, decision 15/4`: a decision inside the document just named (another organ's), a pinpoint
    // of that citation; not a decision of ours to link to.
    let inNamedDocument = head.start == keyword && followsDocumentSymbol(keyword)
    for (position, entry) in entries.enumerated() {
      if inNamedDocument, entry.bodyAfter == nil { continue }
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

  /// Whether `, ` and a document symbol (`CBD/COP/15/17`, `A/CONF.151/26`: a capital, then letters, digits, dots and
  /// hyphens with at least one slash) come just before `keyword`.
  private func followsDocumentSymbol(_ keyword: Int) -> Bool {
    guard text.suffix(CitationWords.comma, before: keyword) != nil else { return false }
    var start = keyword - CitationWords.comma.count
    let end = start
    var slashes = 0
    while let byte = text[start - 1],
      CitationBytes.isLetter(byte) || CitationBytes.isDigit(byte) || byte == UInt8(ascii: "/")
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    {
      if byte == UInt8(ascii: "/") { slashes += 1 }
      start -= 1
    }
    guard start < end, slashes > 0, let first = text[start], CitationBytes.isUpper(first) else { return false }
    return text[end - 1].map { CitationBytes.isLetter($0) || CitationBytes.isDigit($0) } == true
  }
}
