/// One recognised piece of an official header: what it says, not where it is. PDFs and web copies print these on
/// lines of their own, several to a line, or the whole header flattened onto one line before the title.
enum HeaderPiece: Sendable, Equatable {
  /// `United Nations`.
  case organisation
  /// `A/RES/62/11`, `S/RES/1325 (2000)`, `E/2004/INF/2/Add.2`.
  case symbol(String)
  /// `General Assembly` before `Distr.`: the body whose document this is.
  case bodyName(Body)
  /// `Distr.: General 26 November 2007`: the distribution date is not the adoption date.
  case distribution
  /// `Sixty-second session`, `Tenth emergency special session`.
  case session
  /// `Agenda item 44`, `Agenda items 20 (b) and 21`.
  case agendaItem
  /// `Resolution adopted by the General Assembly on 4 December 2024`, `Adopted by the Security Council at its 4213th
  /// meeting, on 31 October 2000`.
  case adoptedBy(body: Body?, date: CalendarDate?, meeting: String?)
  /// `on 19 December 2023`, the second line of a wrapped `Resolution adopted by …`.
  case adoptionDate(CalendarDate)
  /// `[on the report of the Sixth Committee (A/79/501)]`, `[without reference to a Main Committee (A/62/L.8)]`.
  case bracketed
  /// Print furniture: `24-23107 (E)`, `*2423107*` (seven digits once cleaned), `Original: English`.
  case jobNumber
  /// A date alone: `9 December 2024`.
  case date(CalendarDate)
  /// `G.A. res. 47/91, 47 U.N. GAOR Supp. (No. 49) at 212, U.N. Doc. A/47/49 (1992).` to the end of the line.
  case citation(body: Body, number: String?)
}

/// Cuts a header line into recognised pieces and the text between them, by the shape of each piece.
enum HeaderPieces {
  /// The pieces of `text` in order; text that is no recognised piece comes with nil. A line that does not start with a
  /// recognised piece (and holds no citation header) is one unrecognised piece, read as before.
  static func split(_ text: [UInt8]) -> [(range: Range<Int>, piece: HeaderPiece?)] {
    // Markdown tables from PDF converters: `| United Nations | A/RES/79/12 |`; each cell is read on its own, and a
    // rule row (`|---|---|`) says nothing.
    if text.contains(Self.pipe) {
      var result: [(range: Range<Int>, piece: HeaderPiece?)] = []
      var start = 0
      for index in 0...text.count where index == text.count || text[index] == Self.pipe {
        let cellStart = text.skippingSpaces(from: start)
        var cellEnd = index
        while cellEnd > cellStart, ASCII.isSpace(text[cellEnd - 1]) { cellEnd -= 1 }
        start = index + 1
        guard cellEnd > cellStart else { continue }
        let cell = Array(text[cellStart..<cellEnd])
        if cell.allSatisfy({ $0 == ASCII.hyphen || $0 == ASCII.colon || $0 == ASCII.space }) { continue }
        result += split(cell).map { (($0.range.lowerBound + cellStart)..<($0.range.upperBound + cellStart), $0.piece) }
      }
      return result
    }
    // A citation header after the title on the same line: `Title, G.A. res. 47/91, … (1992).`
    if let cite = citationStart(in: text), cite > 0 {
      var titleEnd = cite
      while titleEnd > 0, text[titleEnd - 1] == ASCII.space || text[titleEnd - 1] == ASCII.comma { titleEnd -= 1 }
      let rest = citation(in: text, at: cite).map { [(range: cite..<text.count, piece: Optional($0.0))] } ?? []
      return split(Array(text[..<titleEnd])) + rest
    }
    var result: [(range: Range<Int>, piece: HeaderPiece?)] = []
    var cursor = 0
    while cursor < text.count {
      cursor = text.skippingSpaces(from: cursor)
      guard cursor < text.count else { break }
      if let (piece, end) = piece(in: text, at: cursor) {
        result.append((cursor..<end, piece))
        cursor = end
        continue
      }
      // After recognised pieces, a dash or colon before the rest is punctuation (`A/RES/64/140 - Title`).
      if !result.isEmpty, let after = HeaderReader.separator(in: text, at: cursor) {
        cursor = text.skippingSpaces(from: after)
        guard cursor < text.count else { break }
      }
      // Between recognised pieces, text (an agenda item's name) runs up to the next piece that is never title text.
      if !result.isEmpty, let next = nextStrongPiece(in: text, after: cursor) {
        var end = next
        while end > cursor, text[end - 1] == ASCII.space { end -= 1 }
        result.append((cursor..<end, nil))
        cursor = next
        continue
      }
      result.append((cursor..<text.count, nil))
      break
    }
    return result
  }

  /// Where the next `Resolution adopted by …`, `[on the report …]`, `Agenda item` or `62/11. Title` heading begins.
  private static func nextStrongPiece(in text: [UInt8], after start: Int) -> Int? {
    var index = start + 1
    while index < text.count {
      defer { index += 1 }
      guard text[index - 1] == ASCII.space else { continue }
      if text[index] == ASCII.openBracket || text.hasPrefixIgnoringCase(Self.agendaItem, at: index)
        || adoptedBy(in: text, at: index) != nil
      {
        return index
      }
      if ASCII.isDigit(text[index]), let number = ResolutionNumber.match(text, at: index), number.end + 2 < text.count,
        text[number.end] == ASCII.period, text[number.end + 1] == ASCII.space
      {
        return index
      }
    }
    return nil
  }

  /// The recognised piece starting at `index` and where it ends. `connective` pieces (`United Nations`, a body's name)
  /// look one piece ahead, never further, so a line of repeated names costs no more than any other.
  static func piece(in text: [UInt8], at index: Int, connective: Bool = true) -> (HeaderPiece, Int)? {
    guard index < text.count else { return nil }
    let first = text[index]
    // Every piece opens with a capital, a digit, a bracket, `on` or `of`: most text lines are turned away here.
    guard ASCII.isUpper(first) || ASCII.isDigit(first) || first == ASCII.openBracket || first == UInt8(ascii: "o")
    else { return nil }
    if first == ASCII.openBracket {
      var close = index + 1
      while close < text.count, text[close] != ASCII.closeBracket { close += 1 }
      return (.bracketed, min(close + 1, text.count))
    }
    if ASCII.isDigit(first) {
      if let job = jobNumber(in: text, at: index) { return (.jobNumber, job) }
      if let found = HeaderReader.date(in: text, at: index) { return (.date(found.date), found.end) }
      return nil
    }
    if let found = citation(in: text, at: index) { return found }
    if index == 0, text.count <= 10 {
      // The organ's letter printed alone beside the emblem in old copies (`A`, `S`, `E`).
      if text.count == 1, ASCII.isUpper(text[0]) { return (.organisation, 1) }
      let word = text.string
      if languages.contains(word.lowercased()) && ASCII.isUpper(text[0]) { return (.jobNumber, text.count) }
      if distributions.contains(word) { return (.distribution, text.count) }
    }
    if text.hasPrefixIgnoringCase(Self.unitedNations, at: index), text.isWordEnd(index + Self.unitedNations.count) {
      let end = index + Self.unitedNations.count
      return connective && connects(text, at: end) ? (.organisation, end) : nil
    }
    if text.hasPrefixIgnoringCase(Self.distr, at: index) { return (.distribution, distribution(in: text, at: index)) }
    if text.hasPrefixIgnoringCase(Self.original, at: index) {
      var end = text.skippingSpaces(from: index + Self.original.count)
      while end < text.count, ASCII.isLetter(text[end]) { end += 1 }
      return (.jobNumber, end)
    }
    if text.hasPrefixIgnoringCase(Self.agendaItem, at: index) { return (.agendaItem, agendaItem(in: text, at: index)) }
    if let found = adoptedBy(in: text, at: index) { return found }
    // `on 19 December 2023` under `Resolution adopted by …`; `of 31 October 2000` under `Resolution 1325 (2000)`.
    for lead in [Self.on, Self.of] where text.hasPrefix(lead, at: index) {
      if let found = HeaderReader.date(in: text, at: index + lead.count) { return (.adoptionDate(found.date), found.end) }
    }
    if let end = session(in: text, at: index) { return (.session, end) }
    if let (symbol, end) = symbol(in: text, at: index) { return (.symbol(symbol), end) }
    if connective, let (body, end) = HeaderReader.bodyAlias(in: text, at: index), end < text.count,
      connects(text, at: end)
    {
      return (.bodyName(body), end)
    }
    return nil
  }

  private static let pipe = UInt8(ascii: "|")
  private static let unitedNations = Array("United Nations".utf8)
  /// Words a header prints alone on a line after `Original:` or `Distr.` when the PDF wrapped them.
  private static let languages: Set<String> = ["english", "french", "spanish", "arabic", "chinese", "russian"]
  private static let distributions: Set<String> = ["GENERAL", "LIMITED", "RESTRICTED"]
  private static let distr = Array("Distr".utf8)
  private static let original = Array("Original:".utf8)
  private static let agendaItem = Array("Agenda item".utf8)
  private static let on = Array("on ".utf8)
  private static let of = Array("of ".utf8)
  private static let resolutionAdoptedBy = Array("Resolution adopted by ".utf8)
  private static let adoptedByWords = Array("Adopted by ".utf8)
  private static let adoptedUnanimouslyBy = Array("Adopted unanimously by ".utf8)
  private static let atIts = Array("at its ".utf8)
  private static let the = Array("the ".utf8)
  /// Every body's names, longest first (`Economic and Social Council` before `Council`-like short ones).
  private static let aliases: [(bytes: [UInt8], body: Body)] = Body.allCases
    .flatMap { body in body.aliases.map { (Array($0.utf8), body) } }
    .sorted { $0.0.count > $1.0.count }
  private static let citationPrefixes: [(bytes: [UInt8], body: Body)] = [
    ("G.A. res.", Body.ga), ("GA res.", .ga), ("E.S.C. res.", .ecosoc), ("ESC res.", .ecosoc), ("S.C. res.", .sc),
    ("SC res.", .sc),
  ].map { (Array($0.0.utf8), $0.1) }

  /// `United Nations` or a body's name counts as a header piece only when another piece, or nothing, follows it: a
  /// title may begin with the same words (`United Nations Literacy Decade`).
  private static func connects(_ text: [UInt8], at end: Int) -> Bool {
    let next = text.skippingSpaces(from: end)
    guard next < text.count else { return true }
    guard next > end, piece(in: text, at: next, connective: false) != nil else { return false }
    return true
  }

  private static func citationStart(in text: [UInt8]) -> Int? {
    var index = 0
    while index < text.count {
      if text.isWordStart(index), citationPrefixes.contains(where: { text.hasPrefix($0.bytes, at: index) }) {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func citation(in text: [UInt8], at index: Int) -> (HeaderPiece, Int)? {
    for (prefix, body) in citationPrefixes where text.hasPrefix(prefix, at: index) {
      let start = text.skippingSpaces(from: index + prefix.count)
      return (.citation(body: body, number: ResolutionNumber.match(text, at: start)?.number), text.count)
    }
    return nil
  }

  /// `24-23107 (E)`, `24-23107 (E) 121224`, `2/4 24-23107`, or the barcode `*2423107*` cleaned to seven digits.
  static func jobNumber(in text: [UInt8], at index: Int) -> Int? {
    let lead = text.digitRun(at: index)
    if lead.count == 7, text.isWordEnd(lead.upperBound) { return lead.upperBound }
    guard lead.count == 2, lead.upperBound < text.count, text[lead.upperBound] == ASCII.hyphen else { return nil }
    let serial = text.digitRun(at: lead.upperBound + 1)
    guard (4...6).contains(serial.count), text.isWordEnd(serial.upperBound) else { return nil }
    var end = serial.upperBound
    // ` (E)`: the language of the original; then a six-digit print date.
    let open = text.skippingSpaces(from: end)
    if open + 2 < text.count, text[open] == ASCII.openParen, ASCII.isUpper(text[open + 1]),
      text[open + 2] == ASCII.closeParen
    {
      end = open + 3
    }
    let stamp = text.skippingSpaces(from: end)
    let digits = text.digitRun(at: stamp)
    if digits.count == 6, text.isWordEnd(digits.upperBound) { end = digits.upperBound }
    return end
  }

  /// `Distr.: General 26 November 2007`, `Distr. GENERAL`, `Distr.: Limited`.
  private static func distribution(in text: [UInt8], at index: Int) -> Int {
    var end = index + Self.distr.count
    while end < text.count, text[end] == ASCII.period || text[end] == ASCII.colon { end += 1 }
    end = text.skippingSpaces(from: end)
    let wordStart = end
    while end < text.count, ASCII.isLetter(text[end]) { end += 1 }
    if end == wordStart { return wordStart }
    let dateStart = text.skippingSpaces(from: end)
    if let found = HeaderReader.date(in: text, at: dateStart) { return found.end }
    return end
  }

  /// `Agenda item 44`, `Agenda items 20 (b), 21 and 22`.
  private static func agendaItem(in text: [UInt8], at index: Int) -> Int {
    var end = index + Self.agendaItem.count
    if end < text.count, text[end] == UInt8(ascii: "s") { end += 1 }
    while true {
      let next = text.skippingSpaces(from: end)
      if next < text.count, ASCII.isDigit(text[next]) {
        end = text.digitRun(at: next).upperBound
      } else if next + 2 < text.count, text[next] == ASCII.openParen, ASCII.isLower(text[next + 1]) {
        var close = next + 1
        while close < text.count, close - next < 6, text[close] != ASCII.closeParen { close += 1 }
        guard close < text.count, text[close] == ASCII.closeParen else { return end }
        end = close + 1
      } else if next < text.count, text[next] == ASCII.comma {
        end = next + 1
      } else if text.hasPrefix(Array("and ".utf8), at: next) || text.hasPrefix(Array("to ".utf8), at: next) {
        let after = text.skippingSpaces(from: next + 3)
        guard after < text.count, ASCII.isDigit(text[after]) else { return end }
        end = after
      } else {
        return end
      }
    }
  }

  /// `Resolution adopted by the General Assembly [on 4 December 2024]`, `RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY`,
  /// `Adopted by the Security Council at its 4213th meeting, on 31 October 2000`.
  static func adoptedBy(in text: [UInt8], at index: Int) -> (HeaderPiece, Int)? {
    var cursor: Int
    if text.hasPrefixIgnoringCase(Self.resolutionAdoptedBy, at: index) {
      cursor = index + Self.resolutionAdoptedBy.count
    } else if text.hasPrefixIgnoringCase(Self.adoptedByWords, at: index) {
      cursor = index + Self.adoptedByWords.count
    } else if text.hasPrefixIgnoringCase(Self.adoptedUnanimouslyBy, at: index) {
      cursor = index + Self.adoptedUnanimouslyBy.count
    } else {
      return nil
    }
    if text.hasPrefixIgnoringCase(Self.the, at: cursor) { cursor += Self.the.count }
    var body: Body?
    for (alias, candidate) in Self.aliases where text.hasPrefixIgnoringCase(alias, at: cursor) {
      let end = cursor + alias.count
      if text.isWordEnd(end) || alias.last == ASCII.period {
        body = candidate
        cursor = end
        break
      }
    }
    var meeting: String?
    var date: CalendarDate?
    var end = cursor
    var probe = text.skippingSpaces(from: cursor)
    if text.hasPrefixIgnoringCase(Self.atIts, at: probe), let found = HeaderReader.meeting(in: text, at: probe + 7) {
      meeting = found.text
      end = found.range.upperBound
      probe = text.skippingSpaces(from: end)
    }
    if probe < text.count, text[probe] == ASCII.comma { probe = text.skippingSpaces(from: probe + 1) }
    if text.hasPrefixIgnoringCase(Self.on, at: probe), let found = HeaderReader.date(in: text, at: probe + 3) {
      date = found.date
      end = found.end
    } else if Array(text[probe...]).trimmedSpaces().map(ASCII.lower) == Array("on".utf8) {
      end = text.count  // `…meeting, on` with the date on the next line
    }
    if end < text.count, text[end] == ASCII.period { end += 1 }
    return (.adoptedBy(body: body, date: date, meeting: meeting), end)
  }

  /// `Sixty-second session`, `Tenth emergency special session`, `Resumed fifty-fifth session`: ordinals and the
  /// qualifiers of sessions only, so a title that mentions a session is left alone.
  private static func session(in text: [UInt8], at index: Int) -> Int? {
    guard ASCII.isUpper(text[index]) else { return nil }
    let qualifiers: Set<String> = ["emergency", "special", "resumed", "regular", "substantive", "organizational"]
    let ordinals: Set<String> = ["first", "second", "third"]
    var cursor = index
    var words = 0
    while words < 6 {
      let start = text.skippingSpaces(from: cursor)
      var end = start
      while end < text.count, ASCII.isLetter(text[end]) || text[end] == ASCII.hyphen { end += 1 }
      guard end > start, text.isWordEnd(end) else { return nil }
      let word = Array(text[start..<end]).string.lowercased()
      if word == "session" { return words > 0 ? sessionDates(in: text, after: end) : nil }
      let last = word.split(separator: "-").last.map(String.init) ?? word
      guard qualifiers.contains(word) || ordinals.contains(last)
        || ["th", "st", "nd", "rd"].contains(where: { last.hasSuffix($0) && last.count > 3 })
      else { return nil }
      words += 1
      cursor = end
    }
    return nil
  }

  /// The dates of a session after its name (`12 September–7 October 2022`, `1-5 March 2021`): where they end.
  private static func sessionDates(in text: [UInt8], after end: Int) -> Int {
    var cursor = end
    var last = end
    var sawMonth = false, sawYear = false
    while cursor < text.count {
      var start = text.skippingSpaces(from: cursor)
      // En dash, hyphen or `to` between the first and last day.
      if text.hasPrefix([0xE2, 0x80, 0x93], at: start) { start += 3 } else if start < text.count,
        text[start] == ASCII.hyphen
      {
        start += 1
      }
      var wordEnd = start
      while wordEnd < text.count, ASCII.isAlphanumeric(text[wordEnd]) { wordEnd += 1 }
      guard wordEnd > start else { break }
      let word = Array(text[start..<wordEnd])
      if word.allSatisfy(ASCII.isDigit), word.count <= 4 {
        sawYear = sawYear || word.count == 4
      } else if CalendarDate.month(named: word.string) != nil {
        sawMonth = true
      } else if word != Array("to".utf8), word != Array("and".utf8) {
        break
      }
      cursor = wordEnd
      if sawMonth && sawYear && word.count == 4 { last = wordEnd }
    }
    return last
  }

  /// A document symbol: capitals, a slash, segments; `S/RES/1325 (2000)` keeps its year.
  static func symbol(in text: [UInt8], at index: Int) -> (String, Int)? {
    var end = index
    while end < text.count, ASCII.isUpper(text[end]) { end += 1 }
    guard end > index, end - index <= 6, end < text.count, text[end] == ASCII.slash else { return nil }
    while end < text.count, text[end] != ASCII.space { end += 1 }
    var token = Array(text[index..<end])
    while let last = token.last, last == ASCII.period || last == ASCII.comma || last == ASCII.asterisk {
      token.removeLast()
    }
    guard token.contains(where: ASCII.isDigit) else { return nil }
    // `S/RES/1325 (2000)`: the year belongs to the number.
    let open = text.skippingSpaces(from: end)
    if open + 5 < text.count, text[open] == ASCII.openParen, text.digitRun(at: open + 1).count == 4,
      text[open + 5] == ASCII.closeParen, ASCII.isDigit(token.last ?? 0)
    {
      return (token.string + " " + Array(text[open...(open + 5)]).string, open + 6)
    }
    return (token.string, end)
  }
}
