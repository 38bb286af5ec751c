/// What the lines above the adopting formula say: number, body, title, and sometimes date and meeting.
struct HeaderInfo: Sendable {
  var number: String?
  var body: Body?
  var title: TextBlock?
  var adopted: CalendarDate?
  var meeting: String?
}

/// Reads the heading lines of a resolution in any of the shapes real files use (`## 1992/22. Title`,
/// `ECOSOC Resolution 2002/17` + title, `*Resolution 5/2. Title***`, record codes, symbols, citation lines).
enum HeaderReader {
  static func read(_ lines: [CleanLine], vocabulary: Vocabulary) -> HeaderInfo {
    var info = HeaderInfo()
    var runs: [(block: TextBlock, numbered: Bool)] = []
    var current: TextBlock?
    var currentNumbered = false

    func closeRun() {
      if let block = current, !block.isEmpty { runs.append((block, currentNumbered)) }
      current = nil
      currentNumbered = false
    }

    // Dates alone in the header: the adoption date after `Resolution adopted by …`, the distribution date after
    // `Distr.`, and otherwise a date that stands for the adoption when nothing better is found.
    // After a heading that gives the number alone (`2004/28`, `Resolution 5/2`, a citation header), the next run of
    // text is the title.
    var titleFollows = false
    var awaitingAdoptionDate = false
    // `Distr. GENERAL` / `A/RES/51/210` / `16 January 1997`: the first date after `Distr.` is the distribution's.
    var distributionDatePending = false
    var looseDate: CalendarDate?
    var namedBody: Body?

    for line in WrappedHeaderDates.joining(lines) {
      if line.text.isEmpty {
        closeRun()
        continue
      }
      let pieces = HeaderPieces.split(line.text)
      if pieces.allSatisfy({ $0.piece == nil }), PageChrome.isChromeLine(line.text) {
        closeRun()
        continue
      }
      // `Title, G.A. res. 47/91, …`: the text before a citation header on its line is the title.
      let citesOnLine = pieces.contains { if case .citation = $0.piece { true } else { false } }
      // `A/RES/64/140 - Title`: text right after the symbol on its line is the title too.
      var symbolBefore = false
      for (range, recognised) in pieces {
        if let recognised {
          closeRun()
          symbolBefore = false
          switch recognised {
          case .symbol(let symbol):
            symbolBefore = true
            let found = symbolMetadata(symbol)
            info.number = info.number ?? found.number
            info.body = info.body ?? found.body
          case .bodyName(let body):
            // The organ printed beside `Distr.` is whose document it is (`General Assembly` for a Human Rights
            // Council resolution): a last resort after the symbol and `adopted by`.
            namedBody = namedBody ?? body
          case .adoptedBy(let body, let date, let meeting):
            info.body = body ?? info.body
            info.adopted = info.adopted ?? date
            info.meeting = info.meeting ?? meeting
            awaitingAdoptionDate = date == nil
            distributionDatePending = false
          case .adoptionDate(let date):
            info.adopted = info.adopted ?? date
            awaitingAdoptionDate = false
          case .date(let date):
            if awaitingAdoptionDate {
              info.adopted = info.adopted ?? date
              awaitingAdoptionDate = false
            } else if distributionDatePending {
              distributionDatePending = false
            } else {
              looseDate = looseDate ?? date
            }
          case .citation(let body, let number):
            info.body = info.body ?? body
            info.number = info.number ?? number
            titleFollows = pieces.count == 1
          case .distribution:
            // `Distr.: General 9 December 2024` carries its date; `Distr.` alone leaves it to a later line.
            distributionDatePending = !(range.count > 0 && HeaderReader.firstDate(in: Array(line.text[range])) != nil)
          case .organisation, .session, .agendaItem, .bracketed, .jobNumber:
            break
          }
          continue
        }
        var piece = line
        if range != 0..<line.text.count {
          piece.text = Array(line.text[range])
          piece.markers = line.markers.filter { range.contains($0.offset) || $0.offset == range.upperBound }.map {
            InlineMarker(offset: $0.offset - range.lowerBound, marker: $0.marker)
          }
        }
        let text = piece.text
        if let metadata = metadata(in: text) {
          closeRun()
          info.number = info.number ?? metadata.number
          info.body = info.body ?? metadata.body
          info.adopted = info.adopted ?? metadata.date
          info.meeting = info.meeting ?? metadata.meeting
          if let rest = metadata.titleStart {
            var titlePiece = TextBlock(line: piece).suffix(from: rest)
            titlePiece.lineStarts = [(0, line.number)]
            current = titlePiece
            currentNumbered = true
            titleFollows = false
          } else if metadata.number != nil, metadata.meeting == nil {
            titleFollows = true
          }
          continue
        }
        let block = TextBlock(line: piece)
        if current == nil {
          current = block
          currentNumbered = titleFollows || citesOnLine || symbolBefore
          titleFollows = false
        } else {
          current!.append(block, vocabulary: vocabulary)
        }
      }
    }
    info.adopted = info.adopted ?? looseDate
    info.body = info.body ?? namedBody
    closeRun()
    // The title: the run that follows a number if there is one, else the first run of text that is not a web page's
    // own name or heading.
    if let numbered = runs.first(where: { $0.numbered }) {
      info.title = numbered.block
    } else {
      let candidates = runs.map(\.block)
      info.title = candidates.enumerated().first { position, block in
        !(position + 1 < candidates.count && PageChrome.looksLikeSiteName(block.text))
      }?.element
    }
    if var title = info.title {
      // A title is never a sentence ending in a comma; trailing dots are debris (`Title.`).
      while let last = title.text.last, last == ASCII.period || last == ASCII.comma { title.text.removeLast() }
      info.title = title.text.isEmpty ? nil : title
    }
    return info
  }

  struct Metadata {
    var number: String?
    var body: Body?
    var date: CalendarDate?
    var meeting: String?
    /// Where a title begins on the same line (`55/64. Strengthening …`).
    var titleStart: Int?
  }

  /// Recognises a header line that carries metadata rather than title text.
  static func metadata(in text: [UInt8]) -> Metadata? {
    var result = Metadata()
    // `[on the report of the Third Committee (A/55/593)]`, `Distr.: General`, `Agenda item 104`.
    if text.first == ASCII.openBracket { return result }
    for prefix in ["Distr.", "Agenda item", "Original:", "Resolutions and decisions", "Official Records"]
    where text.hasPrefixIgnoringCase(Array(prefix.utf8)) {
      return result
    }
    if text == Array("United Nations".utf8) { return result }
    // `Fifty-fifth session`.
    let openingWords = VerbPhrases.firstWords(of: text, limit: 4)
    if text.count < 40, openingWords.count <= 3, openingWords.last?.lowercased() == "session" { return result }
    // `G.A. res. 51/63, 51 U.N. GAOR Supp. (No. 49) at 187, U.N. Doc. A/51/49 (Vol. I) (1996).`
    for (prefix, body) in [("G.A. res.", Body.ga), ("GA res.", .ga), ("E.S.C. res.", .ecosoc), ("ESC res.", .ecosoc),
      ("S.C. res.", .sc), ("SC res.", .sc)]
    where text.hasPrefix(Array(prefix.utf8)) {
      result.body = body
      let start = text.skippingSpaces(from: prefix.utf8.count)
      result.number = ResolutionNumber.match(text, at: start)?.number
      return result
    }
    // Record codes: `Member Name E90r019 24 May 1990`, `Resolution E92r022 30 July 1992`.
    if let code = recordCode(in: text) {
      result.body = code.body
      result.number = code.number
      result.date = code.date ?? firstDate(in: text)
      return result
    }
    if let meeting = meeting(in: text), meeting.range.lowerBound == 0 {
      result.meeting = meeting.text
      result.date = firstDate(in: text)
      return result
    }
    // A document symbol alone: `E/2004/INF/2/Add.2`, `A/RES/55/64`.
    if !text.contains(ASCII.space), text.contains(ASCII.slash), let first = text.first, ASCII.isUpper(first) {
      return symbolMetadata(text.string)
    }
    // `Resolution adopted by the General Assembly on 4 December 2000`.
    if text.hasPrefixIgnoringCase(Array("Resolution adopted by ".utf8)) {
      result.body = bodyNamed(in: text)
      result.date = firstDate(in: text)
      return result
    }
    // `ECOSOC Resolution 2002/17`, `Economic and Social Council Resolution 1997/35`, `Resolution 5/2. Title`.
    var cursor = 0
    if let (body, end) = bodyAlias(in: text, at: 0) {
      result.body = body
      cursor = text.skippingSpaces(from: end)
    }
    if text.hasPrefixIgnoringCase(Array("resolution ".utf8), at: cursor) {
      cursor = text.skippingSpaces(from: cursor + 11)
    } else if cursor > 0 {
      // A body name alone on a line (`General Assembly`) names the body; anything else is title text.
      return cursor >= text.count ? result : nil
    }
    if let number = ResolutionNumber.match(text, at: cursor) {
      result.number = number.number
      var rest = number.end
      if rest < text.count, text[rest] == ASCII.period { rest += 1 }
      rest = text.skippingSpaces(from: rest)
      // `Resolution 64/140 - Title`, `64/140: Title`, `64/140 – Title` (web pages' own headings).
      if let after = separator(in: text, at: rest) { rest = text.skippingSpaces(from: after) }
      // `Resolution 1325 (2000) Adopted by the Security Council at its 4213th meeting on 31 October 2000`.
      if case .adoptedBy(let body, let date, let meeting)? = HeaderPieces.adoptedBy(in: text, at: rest)?.0 {
        result.body = body
        result.date = date
        result.meeting = meeting
        return result
      }
      // `27 (1947). Resolution of 1 August 1947`, `Resolution 242 (1967) of 22 November 1967`: a date, not a title.
      var dateAt = rest
      if text.hasPrefixIgnoringCase(Array("resolution ".utf8), at: dateAt) {
        dateAt = text.skippingSpaces(from: dateAt + 11)
      }
      if text.hasPrefixIgnoringCase(Array("of ".utf8), at: dateAt), let found = date(in: text, at: dateAt + 3) {
        result.date = found.date
        return result
      }
      if rest < text.count {
        // A number followed by something other than a title (`55/64 of 4 December 2000`) is not a heading.
        // A title may open with a year (`80/9. 2025 Political Declaration …`) after the number's period.
        let opensWithYear = rest > number.end + 1 && text[number.end] == ASCII.period
          && text.digitRun(at: rest).count == 4 && text.digitRun(at: rest).upperBound + 1 < text.count
          && text[text.digitRun(at: rest).upperBound] == ASCII.space && ASCII.isLetter(text[text.digitRun(at: rest).upperBound + 1])
        guard rest > number.end, ASCII.isUpper(text[rest]) || text[rest] >= 0x80 || opensWithYear else { return nil }
        result.titleStart = rest
      }
      return result
    }
    return nil
  }

  /// A dash or colon between a number and its title (`-`, `:`, `–`, `—`), and where it ends.
  static func separator(in text: [UInt8], at index: Int) -> Int? {
    guard index < text.count else { return nil }
    if text[index] == ASCII.hyphen || text[index] == ASCII.colon, index + 1 < text.count,
      text[index + 1] == ASCII.space
    {
      return index + 1
    }
    let enDash: [UInt8] = [0xE2, 0x80, 0x93], emDash: [UInt8] = [0xE2, 0x80, 0x94]
    if text.hasPrefix(enDash, at: index) || text.hasPrefix(emDash, at: index) { return index + 3 }
    return nil
  }

  /// What a document symbol says: the resolution it is, or at least the body whose document it is.
  static func symbolMetadata(_ symbol: String) -> Metadata {
    var result = Metadata()
    if let id = ResolutionID(symbol) {
      result.body = id.body
      result.number = id.number
    } else if symbol.hasPrefix("E/") {
      result.body = .ecosoc
    } else if symbol.hasPrefix("A/") {
      result.body = .ga
    } else if symbol.hasPrefix("S/") {
      result.body = .sc
    }
    return result
  }

  /// Record codes: body letter, two-digit year, `r`, serial (`E92r022`), sometimes glued to the date that follows
  /// (`E95r01524 July 1995`: serial 015, then 24 July 1995). Gives the date when it follows the code.
  static func recordCode(in text: [UInt8]) -> (body: Body, number: String, date: CalendarDate?)? {
    var index = 0
    while index + 7 <= text.count {
      if text.isWordStart(index), let body = [UInt8(ascii: "E"): Body.ecosoc, UInt8(ascii: "A"): .ga, UInt8(ascii: "S"): .sc][text[index]],
        ASCII.isDigit(text[index + 1]), ASCII.isDigit(text[index + 2]), text[index + 3] == UInt8(ascii: "r")
      {
        let digits = text.digitRun(at: index + 4)
        if let yy = text.intValue((index + 1)..<(index + 3)), text.isWordEnd(digits.upperBound) {
          let year = yy >= 46 ? 1900 + yy : 2000 + yy
          // Serials are three digits; one or two more glued on are the day of the date that follows.
          if (4...5).contains(digits.count), let glued = date(in: text, at: digits.lowerBound + 3),
            let n = text.intValue(digits.lowerBound..<(digits.lowerBound + 3))
          {
            return (body, "\(year)/\(n)", glued.date)
          }
          if (1...4).contains(digits.count), let n = text.intValue(digits) {
            return (body, "\(year)/\(n)", firstDate(in: Array(text[digits.upperBound...])))
          }
        }
      }
      index += 1
    }
    return nil
  }

  /// `41st plenary meeting`, `13th Plenary Meeting`, `Meeting 21`: the meeting and where it is in the text.
  static func meeting(in text: [UInt8]) -> (text: String, range: Range<Int>)? {
    var index = 0
    while index < text.count {
      if ASCII.isDigit(text[index]), text.isWordStart(index) {
        if let found = meeting(in: text, at: index) { return found }
        index = text.digitRun(at: index).upperBound
        continue
      }
      if ASCII.lower(text[index]) == UInt8(ascii: "m"), text.isWordStart(index), let found = meeting(in: text, at: index) {
        return found
      }
      index += 1
    }
    return nil
  }

  /// A meeting line's `47th plenary meeting` or `meeting 12` starting exactly at `index` (no copy, no scan: the
  /// segmenter asks this at every number in a paragraph).
  static func meeting(in text: [UInt8], at index: Int) -> (text: String, range: Range<Int>)? {
    guard index < text.count else { return nil }
    if ASCII.isDigit(text[index]) {
      let digits = text.digitRun(at: index)
      var cursor = digits.upperBound
      guard cursor + 2 <= text.count,
        Self.ordinalSuffixes.contains(where: { text.hasPrefixIgnoringCase($0, at: cursor) && text.isWordEnd(cursor + $0.count) })
      else { return nil }
      while cursor < text.count, ASCII.isLetter(text[cursor]) { cursor += 1 }
      let ordinalEnd = cursor
      cursor = text.skippingSpaces(from: cursor)
      if text.hasPrefixIgnoringCase(Self.plenaryWord, at: cursor) { cursor = text.skippingSpaces(from: cursor + 8) }
      guard text.hasPrefixIgnoringCase(Self.meetingWord, at: cursor), text.isWordEnd(cursor + 7) else { return nil }
      let end = cursor + 7
      let ordinal = Array(text[index..<ordinalEnd]).string.lowercased()
      let plenary = text[ordinalEnd..<end].map(ASCII.lower).contains(UInt8(ascii: "p"))
      return ("\(ordinal) \(plenary ? "plenary " : "")meeting", index..<end)
    }
    if text.hasPrefixIgnoringCase(Self.meetingWord + [ASCII.space], at: index) {
      let digits = text.digitRun(at: index + 8)
      if !digits.isEmpty, text.isWordEnd(digits.upperBound) {
        return ("meeting \(text[digits].string)", index..<digits.upperBound)
      }
    }
    return nil
  }

  private static let ordinalSuffixes: [[UInt8]] = ["st", "nd", "rd", "th", "d"].map { Array($0.utf8) }
  private static let plenaryWord = Array("plenary ".utf8)
  private static let meetingWord = Array("meeting".utf8)

  /// The first `30 July 1992` in the text.
  static func firstDate(in text: [UInt8]) -> CalendarDate? {
    var index = 0
    while index < text.count {
      if ASCII.isDigit(text[index]), text.isWordStart(index), let found = date(in: text, at: index) { return found.date }
      index += 1
    }
    return nil
  }

  /// A `30 July 1992` starting at `index`.
  static func date(in text: [UInt8], at index: Int) -> (date: CalendarDate, end: Int)? {
    let day = text.digitRun(at: index)
    guard (1...2).contains(day.count), day.upperBound < text.count, text[day.upperBound] == ASCII.space else { return nil }
    var cursor = day.upperBound + 1
    let monthStart = cursor
    while cursor < text.count, ASCII.isLetter(text[cursor]) { cursor += 1 }
    guard let month = CalendarDate.month(named: Array(text[monthStart..<cursor]).string), cursor < text.count,
      text[cursor] == ASCII.space
    else { return nil }
    let year = text.digitRun(at: cursor + 1)
    guard year.count == 4, text.isWordEnd(year.upperBound), let d = text.intValue(day), let y = text.intValue(year),
      let date = CalendarDate(year: y, month: month, day: d)
    else { return nil }
    return (date, year.upperBound)
  }

  /// A body alias (`Economic and Social Council`, `ECOSOC`) starting at `index`.
  static func bodyAlias(in text: [UInt8], at index: Int) -> (Body, Int)? {
    guard index < text.count, aliasStarts[Int(text[index])] else { return nil }
    var best: (Body, Int)?
    for (body, bytes) in aliasBytes {
      if text.hasPrefix(bytes, at: index), text.isWordEnd(index + bytes.count) || bytes.last == ASCII.period,
        best == nil || best!.1 < index + bytes.count
      {
        best = (body, index + bytes.count)
      }
    }
    return best
  }

  /// Every body's aliases as bytes, made once: `bodyAlias` is asked at every word of a heading.
  private static let aliasBytes: [(Body, [UInt8])] = Body.allCases.flatMap { body in
    body.aliases.map { (body, Array($0.utf8)) }
  }

  /// The bytes an alias can start with: most words of a heading start with none of them.
  private static let aliasStarts: [Bool] = (0..<256).map { byte in aliasBytes.contains { $0.1.first == UInt8(byte) } }

  static func bodyNamed(in text: [UInt8]) -> Body? {
    var index = 0
    while index < text.count {
      if text.isWordStart(index), let (body, _) = bodyAlias(in: text, at: index) { return body }
      index += 1
    }
    return nil
  }
}
