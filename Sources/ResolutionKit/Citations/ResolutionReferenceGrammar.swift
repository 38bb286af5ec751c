/// Citations of resolutions: `General Assembly resolution 46/152 of 18 December 1991, on …`, with the head that
/// decides the body (`its`, `Council`, an alias), pinpoints before and after, lists sharing one head, date and subject.
extension CitationScanner {
  /// A resolution number as written: `46/152`, `ES-10/2`, `155 C (VII)`, `11 (XXXV)`, `1325 (2000)`.
  struct ResolutionNumber {
    var text: String
    var start: Int
    var end: Int
    /// Security Council numbering (`1325 (2000)`): only that organ numbers with the year in parentheses.
    var isSecurityCouncilForm: Bool
  }

  /// What comes before the word `resolution` and decides its body.
  struct Head {
    var start: Int
    /// The body the head names or implies (`General Assembly`, `Council`, the antecedent of `its`); nil when the
    /// name is unclear (`the Commission` in a Council text).
    var body: Body?
    /// True when the words name a body; false for a bare `resolution` or `its resolution` without antecedent.
    var namesBody: Bool
    var pinpoint: [Pinpoint.Part]?
    /// True for `Council`, `Assembly`, `Commission` and `its`: words that leave the body to the context.
    var isShortForm = false

    /// The pinpoint of the entry at `position` of the list the head opens: a pinpoint before the head (`paragraph 2
    /// of resolutions …`) belongs to the first entry only.
    func pinpoint(of entry: Entry, at position: Int) -> Pinpoint? {
      Pinpoint(nonEmpty: (position == 0 ? pinpoint ?? [] : []) + entry.pinpoints)
    }
  }

  /// One cited number with what follows it.
  struct Entry {
    var number: ResolutionNumber
    var start: Int
    var end: Int
    var pinpoints: [Pinpoint.Part] = []
    var date: CalendarDate?
    var bodyAfter: Body?
  }

  /// Every spelling of every body, longest first, so `Economic and Social Council` wins over `Council`.
  static let aliasTable: [(bytes: [UInt8], body: Body)] = Body.allCases
    .flatMap { body in body.aliases.map { (Array($0.utf8), body) } }
    .sorted { $0.0.count > $1.0.count }

  /// The `resolution` / `resolutions` keyword at `keyword`, followed by one or more numbers.
  mutating func scanResolution(keywordAt keyword: Int) -> Int? {
    guard let (first, plural) = keywordAndNumber(CitationWords.resolution, CitationWords.resolutions, at: keyword)
    else { return nil }
    let head = self.head(before: keyword)

    var entries = self.entries(from: first, start: head.start, plural: plural)
    let subject = self.subject(after: entries[entries.count - 1].end)
    // `resolutions 50/145 and 50/146 of 21 December 1995`: one date after the last number dates them all.
    if entries.count > 1, let shared = entries[entries.count - 1].date,
      entries.dropLast().allSatisfy({ $0.date == nil })
    {
      for index in entries.indices { entries[index].date = shared }
    }

    for (position, entry) in entries.enumerated() {
      // A body named after the number wins; then the head's; then the numbering; then the adopting body.
      // The `1325 (2000)` form is the Security Council's: a short head (`Council resolution 1947 (2010)`) names it.
      let body: Body? =
        entry.bodyAfter
        ?? (entry.number.isSecurityCouncilForm && (head.isShortForm || !head.namesBody)
          ? .sc : (head.namesBody ? head.body : bareOwner(entry.number.text)))
      // The title line may carry the resolution's own number (`1992/22. Implementation of …`): not a citation.
      if ref.isTitle, entry.number.text == ownNumber, body == adoptingBody || body == nil { continue }
      add(
        entry.start..<entry.end, target: body.map { .resolution(ResolutionID(body: $0, number: entry.number.text)) },
        kind: .resolution, pinpoint: head.pinpoint(of: entry, at: position), date: entry.date, subject: subject)
    }
    return entries[entries.count - 1].end
  }

  /// The body of a number cited with none named: the adopting body's, unless that body never numbers this way
  /// (`Body.owner(ofBareSerial:citedIn:)`).
  private func bareOwner(_ number: String) -> Body? {
    guard let adoptingBody else { return nil }
    return Body.owner(ofBareSerial: number, citedIn: adoptingBody) ?? adoptingBody
  }

  /// The opening both the resolution and decision forms share: the keyword or its plural (any case) at `keyword`,
  /// spaces, then a number. Nil unless all three are there.
  func keywordAndNumber(_ singular: [UInt8], _ plural: [UInt8], at keyword: Int) -> (ResolutionNumber, plural: Bool)? {
    guard let afterWord = text.wordAnyCase(plural, at: keyword) ?? text.wordAnyCase(singular, at: keyword) else {
      return nil
    }
    let numberStart = text.skippingSpaces(afterWord)
    guard numberStart > afterWord, let first = resolutionNumber(at: numberStart) else { return nil }
    return (first, afterWord - keyword == plural.count)
  }

  /// The numbers one citation lists: the first, then, after a plural keyword (`resolutions 50/145 and 50/146`,
  /// `decisions …`), each one the list goes on with; shared by the resolution and decision grammars.
  func entries(from first: ResolutionNumber, start: Int, plural: Bool) -> [Entry] {
    var entries: [Entry] = []
    var current = first
    var entryStart = start
    while true {
      var entry = Entry(number: current, start: entryStart, end: current.end)
      extend(&entry)
      entries.append(entry)
      guard plural, let next = listContinuation(after: entry.end) else { break }
      current = next
      entryStart = next.start
    }
    return entries
  }

  // MARK: numbers

  /// A resolution number at `index`, read by `ResolutionID`'s grammar (the only one).
  func resolutionNumber(at index: Int, afterSymbolPrefix: Bool = false) -> ResolutionNumber? {
    guard let match = ResolutionID.matchNumber(in: text.bytes, at: index, afterSymbolPrefix: afterSymbolPrefix) else {
      return nil
    }
    return ResolutionNumber(
      text: match.number, start: index, end: match.end, isSecurityCouncilForm: match.form == .securityCouncil)
  }

  /// `, 1984/48` / ` and 1990/24` / `, and 50/146` after a number in a list that shares one head.
  func listContinuation(after index: Int) -> ResolutionNumber? {
    for separator in [CitationWords.commaAnd, CitationWords.comma, CitationWords.and]
    where text.has(separator, at: index) {
      if let number = resolutionNumber(at: index + separator.count) { return number }
    }
    return nil
  }

  // MARK: after the number

  /// Pinpoints, the date and a body named after the number, in any order: `, section II, of 27 July 1993`,
  /// `of 15 November 2000 (annex I)`, `of 31 May 1996 of the Commission on …`.
  func extend(_ entry: inout Entry) {
    while true {
      if let next = pinpointAfter(entry.end) {
        entry.pinpoints.append(next.pinpoint)
        entry.end = next.end
      } else if entry.date == nil, let next = dateAfter(entry.end) {
        entry.date = next.date
        entry.end = next.end
      } else if entry.bodyAfter == nil, let next = bodyAfter(entry.end) {
        entry.bodyAfter = next.body
        entry.end = next.end
      } else {
        return
      }
    }
  }

  /// `, section II`, `, para. 9`, `, paras. 3 and 4`, `, annex`, `, annex III`, ` (annex I)`, `, chap. IV`.
  func pinpointAfter(_ index: Int) -> (pinpoint: Pinpoint.Part, end: Int)? {
    if text[index] == 0x20, text[index + 1] == UInt8(ascii: "("),
      let annex = text.word(CitationWords.annex, at: index + 2)
    {
      if text[annex] == UInt8(ascii: ")") { return (.annex(nil), annex + 1) }
      if text[annex] == 0x20, let numeral = text.roman(at: annex + 1), text[numeral.end] == UInt8(ascii: ")") {
        return (.annex(numeral.text), numeral.end + 1)
      }
      return nil
    }
    guard text.has(CitationWords.comma, at: index) else { return nil }
    let word = index + 2
    if let annex = text.word(CitationWords.annex, at: word) {
      if text[annex] == 0x20, let numeral = text.roman(at: annex + 1) { return (.annex(numeral.text), numeral.end) }
      return (.annex(nil), annex)
    }
    if let section = text.word(CitationWords.section, at: word)
      ?? (text.has(CitationWords.sect, at: word) ? word + 5 : nil),
      text[section] == 0x20, let numeral = text.roman(at: section + 1) ?? text.digits(at: section + 1)
    {
      return (.section(numeral.text), numeral.end)
    }
    if let chapter = (text.has(CitationWords.chap, at: word) ? word + 5 : nil), text[chapter] == 0x20,
      let numeral = text.roman(at: chapter + 1)
    {
      return (.chapter(numeral.text), numeral.end)
    }
    let paragraphWords: [([UInt8], Bool)] = [
      (CitationWords.paras, true), (CitationWords.para, false), (CitationWords.paragraphs, true),
      (CitationWords.paragraph, false),
    ]
    for (literal, plural) in paragraphWords {
      guard text.has(literal, at: word), literal.last == UInt8(ascii: ".") || text.isWordEnd(word + literal.count),
        text[word + literal.count] == 0x20, let numbers = paragraphNumbers(at: word + literal.count + 1)
      else { continue }
      // `…, paragraph 2 of resolution 63/68`: the next citation's pinpoint, not this one's.
      if text.has(CitationWords.of, at: numbers.end) { return nil }
      return (.paragraphs(numbers.text, plural: plural), numbers.end)
    }
    return nil
  }

  /// `9`, `26 (d)`, `3 and 4`, `3, 5 and 7`, `3-5`: paragraph numbers as written.
  func paragraphNumbers(at index: Int) -> (text: String, end: Int)? {
    guard var last = paragraphNumber(at: index) else { return nil }
    while true {
      var advanced = false
      for separator in [CitationWords.and, CitationWords.comma, Array("-".utf8), Array(" to ".utf8)]
      where text.has(separator, at: last) {
        if let next = paragraphNumber(at: last + separator.count) {
          last = next
          advanced = true
          break
        }
      }
      if !advanced { break }
    }
    return (text.string(index..<last), last)
  }

  /// One paragraph number with an optional subparagraph letter: `26`, `26 (d)`, `26(d)`. Not a resolution number.
  private func paragraphNumber(at index: Int) -> Int? {
    guard let number = text.digits(at: index), text[number.end] != UInt8(ascii: "/") else { return nil }
    for gap in [1, 0] {
      let open = number.end + gap
      guard gap == 0 || text[number.end] == 0x20, text[open] == UInt8(ascii: "(") else { continue }
      var close = open + 1
      while let byte = text[close], CitationBytes.isLower(byte), close - open <= 5 { close += 1 }
      if close > open + 1, text[close] == UInt8(ascii: ")") { return close + 1 }
    }
    return number.end
  }

  /// `of 18 December 1991` or `, of 27 July 1993`.
  func dateAfter(_ index: Int) -> (date: CalendarDate, end: Int)? {
    for lead in [CitationWords.of, CitationWords.commaOf] where text.has(lead, at: index) {
      if let date = text.date(at: index + lead.count) { return date }
    }
    return nil
  }

  /// ` of the Commission on Crime Prevention and Criminal Justice`: the body named after the number.
  func bodyAfter(_ index: Int) -> (body: Body, end: Int)? {
    guard text.has(CitationWords.ofThe, at: index) else { return nil }
    let start = index + CitationWords.ofThe.count
    for (alias, body) in Self.aliasTable where text.has(alias, at: start) && text.isWordEnd(start + alias.count) {
      return (body, start + alias.count)
    }
    return nil
  }

  /// `, on technical cooperation …` / ` on the creation of …` up to the end of the clause.
  func subject(after index: Int) -> String? {
    var start: Int?
    for lead in [CitationWords.commaOn, CitationWords.on] where text.has(lead, at: index) {
      start = index + lead.count - 3  // keep the word `on`
    }
    guard let start, let next = text[start + 3], !CitationBytes.isDigit(next) else { return nil }
    let bytes = text.bytes
    var end = start
    scanning: while end < bytes.count {
      switch bytes[end] {
      case UInt8(ascii: ";"), UInt8(ascii: ":"):
        break scanning
      case UInt8(ascii: "."):
        if end + 1 == bytes.count || bytes[end + 1] == 0x20 { break scanning }
      case UInt8(ascii: ","):
        if clauseStops(after: end + 1) { break scanning }
      case 0x20:
        if text.has(CitationWords.and, at: end), isResolutionHead(at: end + CitationWords.and.count) { break scanning }
      default:
        break
      }
      end += 1
    }
    var trimmed = end
    while trimmed > start, let byte = text[trimmed - 1], byte == 0x20 || byte == UInt8(ascii: ",") { trimmed -= 1 }
    return trimmed > start + 3 ? text.string(start..<trimmed) : nil
  }

  /// After a comma: does a new clause begin (`in which`, `by which`, `which`, `and`, `as well as`), or another
  /// citation?
  private func clauseStops(after index: Int) -> Bool {
    let clauseWords = [
      " in which", " by which", " which", " whereby", " and ", " as well as", " including", " adopted",
    ]
    for words in clauseWords where text.has(Array(words.utf8), at: index) { return true }
    return isResolutionHead(at: text.skippingSpaces(index))
  }

  /// True when a resolution citation starts at `index`: `General Assembly resolution`, `its resolution`,
  /// `resolution 5/2`.
  private func isResolutionHead(at index: Int) -> Bool {
    var cursor = index
    if let its = text.word(CitationWords.its, at: cursor), text[its] == 0x20 { cursor = its + 1 }
    for (alias, _) in Self.aliasTable where text.has(alias, at: cursor) && text[cursor + alias.count] == 0x20 {
      cursor += alias.count + 1
      break
    }
    return text.wordAnyCase(CitationWords.resolution, at: cursor) != nil
      || text.wordAnyCase(CitationWords.resolutions, at: cursor) != nil
  }

  // MARK: before the keyword

  /// The words before `resolution` that name or imply its body, and a pinpoint before them.
  func head(before keyword: Int) -> Head {
    var head = Head(start: keyword, body: nil, namesBody: false, pinpoint: nil)
    if text[keyword - 1] == 0x20 {
      let end = keyword - 1
      if let (start, body, short) = bodyName(endingAt: end, shortForms: true) {
        head = Head(start: start, body: body, namesBody: true, pinpoint: nil, isShortForm: short)
      } else if let its = text.suffix(CitationWords.its, before: end) {
        let named = antecedent(ofItsAt: its)
        head = Head(start: its, body: named?.body, namesBody: named != nil, pinpoint: nil, isShortForm: true)
      }
    }
    if let before = pinpointBefore(head.start) {
      head.pinpoint = before.pinpoint
      head.start = before.start
    }
    return head
  }

  /// A body name ending at `end`: an alias, or with `shortForms` `Assembly` / `Council` (ECOSOC, or the Security
  /// Council in its own texts) / `Commission` (the adopting commission). The body is nil when a short form is unclear.
  private func bodyName(endingAt end: Int, shortForms: Bool) -> (start: Int, body: Body?, short: Bool)? {
    for (alias, body) in Self.aliasTable {
      if let start = text.suffix(alias, before: end) { return (start, body, false) }
    }
    guard shortForms else { return nil }
    if let start = text.suffix(CitationWords.assembly, before: end) { return (start, .ga, true) }
    if let start = text.suffix(CitationWords.council, before: end) {
      // `Council` is the adopting council in a council's text, else the Economic and Social Council.
      let councils: Set<Body> = [.sc, .hrc, .ecosoc]
      return (start, adoptingBody.flatMap { councils.contains($0) ? $0 : nil } ?? .ecosoc, true)
    }
    if let start = text.suffix(CitationWords.commission, before: end) {
      let commissions: Set<Body> = [.ccpcj, .cnd, .chr, .csw, .csocd]
      return (start, adoptingBody.flatMap { commissions.contains($0) ? $0 : nil }, true)
    }
    return nil
  }

  /// The body `its` refers to when the words just before name one (`endorsed by the General Assembly in its
  /// resolution`, `the Council, in its resolution`); nil when they do not, and the adopting body applies.
  private func antecedent(ofItsAt its: Int) -> (start: Int, body: Body?)? {
    for link in [CitationWords.commaIn, Array(" in ".utf8), Array(", by ".utf8), Array(" by ".utf8)] {
      guard let linkStart = text.suffix(link, before: its) else { continue }
      if let name = bodyName(endingAt: linkStart, shortForms: true) { return (name.start, name.body) }
    }
    return nil
  }

  /// `paragraph 35 of the annex to`, `paragraph 26 (d) of the annex to`, `paragraph 5 of`, `section II of`,
  /// `the annex to`, `annex I to`, `annexed to` before a citation's head.
  func pinpointBefore(_ start: Int) -> (pinpoint: [Pinpoint.Part], start: Int)? {
    guard text[start - 1] == 0x20 else { return nil }
    if let tail = text.suffix(CitationWords.ofTheAnnexTo, before: start) {
      if let inner = paragraphOrSection(endingAt: tail - 1) { return ([.annex(nil), inner.pinpoint], inner.start) }
      return ([.annex(nil)], tail + 3)
    }
    if let tail = text.suffix(CitationWords.theAnnexTo, before: start) { return ([.annex(nil)], tail) }
    if text.suffix(CitationWords.annexedTo, before: start) != nil { return ([.annex(nil)], start) }
    if let tail = text.suffix(Array("to ".utf8), before: start), text[tail - 1] == 0x20 {
      // `annex I to`
      var numeralStart = tail - 1
      while numeralStart > 0, let byte = text[numeralStart - 1], CitationBytes.isRoman(byte) { numeralStart -= 1 }
      if numeralStart < tail - 1, let annex = text.suffix(CitationWords.annex, before: numeralStart - 1),
        text[numeralStart - 1] == 0x20
      {
        return ([.annex(text.string(numeralStart..<(tail - 1)))], annex)
      }
    }
    if let tail = text.suffix(CitationWords.ofSpace, before: start), let inner = paragraphOrSection(endingAt: tail - 1)
    {
      return ([inner.pinpoint], inner.start)
    }
    return nil
  }

  /// `paragraph 35` / `paragraphs 3 and 4` / `section II` ending exactly at `end` (just before a space).
  private func paragraphOrSection(endingAt end: Int) -> (pinpoint: Pinpoint.Part, start: Int)? {
    guard text[end] == 0x20 else { return nil }
    let window = max(0, end - 48)
    var candidate = end - 1
    while candidate >= window {
      defer { candidate -= 1 }
      guard text.isWordStart(candidate), let first = text[candidate],
        first | 0x20 == UInt8(ascii: "p") || first | 0x20 == UInt8(ascii: "s")
      else { continue }
      if let section = text.wordAnyCase(CitationWords.section, at: candidate), text[section] == 0x20,
        let numeral = text.roman(at: section + 1), numeral.end == end
      {
        return (.section(numeral.text), candidate)
      }
      let paragraphWords: [([UInt8], Bool)] = [
        (CitationWords.paragraphs, true), (CitationWords.paragraph, false), (CitationWords.paras, true),
        (CitationWords.para, false),
      ]
      for (literal, plural) in paragraphWords {
        let afterWord: Int?
        if literal.last == UInt8(ascii: ".") {
          afterWord = text.has(literal, at: candidate) ? candidate + literal.count : nil
        } else {
          afterWord = text.wordAnyCase(literal, at: candidate)
        }
        guard let afterWord, text[afterWord] == 0x20, let numbers = paragraphNumbers(at: afterWord + 1),
          numbers.end == end
        else { continue }
        return (.paragraphs(numbers.text, plural: plural), candidate)
      }
    }
    return nil
  }
}
