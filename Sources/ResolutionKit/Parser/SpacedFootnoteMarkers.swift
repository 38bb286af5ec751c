/// Footnote numbers the line cleaner could not tell from text, recognised once the footnote texts are known: numbers a
/// PDF text layer set apart from their word by a space (`the Court 1 reaffirms`, `Agreement, 3 which`, `… its updated
/// version in 2014, 3` at a paragraph's end), numbers glued to punctuation after a symbol (`resolution 79/45,1`), and
/// numbers run on after a year (`25 November 20242`, `2025–20286`).
/// Left in, such a number stays in the paragraph's text, its footnote loses its reference, and a paragraph ending with
/// one no longer ends with its clause punctuation, so the next preambular paragraph is joined to it.
///
/// A number is taken for a marker only when all of these hold:
/// - its footnote text exists in the file and no marker refers to it yet;
/// - it fits the markers' order: above the marker before it in the text and below the one after it;
/// - spaced, it stands after a word or a year (possibly followed by punctuation), not after a noun that numbers things
///   (`paragraph 3`, `resolution 1325`), a small word (`of 3`, `than 3`), a month or an abbreviation (`No. 3`);
/// - it ends its line, or a lower-case word follows that is not a magnitude (`3 million`, `3 per cent`), or, after a
///   sentence's period, the next sentence (`Principles. 13 We will`).
enum SpacedFootnoteMarkers {
  static func recognising(in lines: [CleanLine], footnotes: [FootnoteText]) -> [CleanLine] {
    var defined = Set<Int>()
    for footnote in footnotes where footnote.marker.count <= 3 {
      if let number = Int(footnote.marker), number > 0 { defined.insert(number) }
    }
    guard !defined.isEmpty else { return lines }
    // The numeric markers already found, in text order.
    var known: [(line: Int, offset: Int, number: Int)] = []
    for (index, line) in lines.enumerated() {
      for marker in line.markers.sorted(by: { $0.offset < $1.offset }) {
        if let number = Int(marker.marker) { known.append((index, marker.offset, number)) }
      }
    }
    var unreferenced = defined.subtracting(known.map(\.number))
    guard !unreferenced.isEmpty else { return lines }

    var result = lines
    var nextKnown = 0  // the first known marker not yet passed
    var previous = 0  // the last marker passed, known or taken here
    for index in lines.indices {
      let line = lines[index]
      guard !line.isBlank, !line.isSeparator, line.text.contains(where: ASCII.isDigit) else {
        while nextKnown < known.count, known[nextKnown].line <= index {
          previous = known[nextKnown].number
          nextKnown += 1
        }
        continue
      }
      let text = line.text
      var taken: [(removed: Range<Int>, marker: String)] = []
      var position = 2
      while position < text.count {
        guard ASCII.isDigit(text[position]), !ASCII.isDigit(text[position - 1]) else {
          position += 1
          continue
        }
        let digits = text.digitRun(at: position)
        defer { position = digits.upperBound + 1 }
        while nextKnown < known.count, known[nextKnown].line == index, known[nextKnown].offset < position {
          previous = known[nextKnown].number
          nextKnown += 1
        }
        // `25 November 20242`, `2025–20286`: a year with its footnote number run on.
        let glued = yearWithMarker(text, digits: digits)
        let candidate = glued ?? digits
        guard candidate.count <= 3, let number = text.intValue(candidate), unreferenced.contains(number),
          number > previous, nextKnown >= known.count || known[nextKnown].number > number
        else { continue }
        // The only number that fits between the markers around it (`Tlatelolco,2 Rarotonga, 3 Bangkok[^4]`).
        let onlyFit = number == previous + 1 && nextKnown < known.count && known[nextKnown].number == number + 1
        guard
          let removed = glued
            ?? markerShape(text, digits: digits, nextLine: nextText(after: index, in: lines), onlyFit: onlyFit)
        else { continue }
        taken.append((removed, text[candidate].string))
        unreferenced.remove(number)
        previous = number
      }
      while nextKnown < known.count, known[nextKnown].line == index {
        previous = known[nextKnown].number
        nextKnown += 1
      }
      if !taken.isEmpty { result[index] = removing(taken, from: line) }
    }
    return result
  }

  /// The line with the taken numbers (and a space before one) cut out, every marker at its new offset.
  private static func removing(_ taken: [(removed: Range<Int>, marker: String)], from line: CleanLine) -> CleanLine {
    var out = line
    var text: [UInt8] = []
    text.reserveCapacity(line.text.count)
    var cursor = 0
    var added: [InlineMarker] = []
    for item in taken {
      text.append(contentsOf: line.text[cursor..<item.removed.lowerBound])
      // Just after the word it follows, as the line cleaner places markers (`Parties, 8and` keeps its space).
      added.append(InlineMarker(offset: text.last == ASCII.space ? text.count - 1 : text.count, marker: item.marker))
      cursor = item.removed.upperBound
    }
    text.append(contentsOf: line.text[cursor...])
    // Both in text order: one walk shifts every marker left by the bytes cut before it.
    var cut = 0
    var next = 0
    let shifted = line.markers.sorted { $0.offset < $1.offset }.map { marker in
      while next < taken.count, taken[next].removed.upperBound <= marker.offset {
        cut += taken[next].removed.count
        next += 1
      }
      return InlineMarker(offset: marker.offset - cut, marker: marker.marker)
    }
    out.text = text
    out.markers = (shifted + added).sorted { $0.offset < $1.offset }
    return out
  }

  private static func nextText(after index: Int, in lines: [CleanLine]) -> [UInt8]? {
    index + 1 < lines.count ? lines[index + 1].text : nil
  }

  /// Whether the digits read as a footnote number by their surroundings; if so, the bytes to cut out. Three shapes:
  /// - spaced: `Court 1 reaffirms`, `in 2014, 3` at a line's end (the space goes with the number);
  /// - spaced before, glued after: `Parties, 8and welcomes` (the number alone goes);
  /// - glued after punctuation that follows a symbol the line cleaner does not trust (`resolution 79/45,1`,
  ///   `52/38 J,3`), where a thousands separator (`1,000`) or a list (`2,3`) has only digits before the comma.
  /// `onlyFit`: the number is the one the markers before and after it leave (`2`, here `3`, `4`); then a capital or a
  /// year may follow it after a comma (`Rarotonga, 3 Bangkok`, `for 2021, 1 2022,2`), as in a list of names or years.
  private static func markerShape(
    _ text: [UInt8], digits: Range<Int>, nextLine: [UInt8]?, onlyFit: Bool
  ) -> Range<Int>? {
    let start = digits.lowerBound
    let before = text[start - 1]
    if before == ASCII.space {
      if standsAfterHost(text, before: start - 1) {
        let afterSentence = endsSentence(text, at: start - 1)
        if isFollowedAsMarker(text, after: digits.upperBound, nextLine: nextLine, afterSentence: afterSentence) {
          return start - 1..<digits.upperBound
        }
        if onlyFit, start >= 2, text[start - 2] == ASCII.comma, digits.upperBound + 1 < text.count,
          text[digits.upperBound] == ASCII.space,
          ASCII.isUpper(text[digits.upperBound + 1]) && !startsWithCountWord(text, at: digits.upperBound + 1)
            || text.digitRun(at: digits.upperBound + 1).count == 4  // `for 2021, 1 2022,2 and 2023`
        {
          return start - 1..<digits.upperBound
        }
        if gluesToWord(text, at: digits.upperBound) { return digits }
      }
      return nil
    }
    guard before == ASCII.comma || before == ASCII.semicolon else { return nil }
    let token = text[tokenStart(text, before: start - 1)..<(start - 1)]
    guard token.contains(where: { !ASCII.isDigit($0) && $0 != ASCII.comma && $0 != ASCII.period }) else { return nil }
    return isFollowedAsMarker(text, after: digits.upperBound, nextLine: nextLine, afterSentence: false) ? digits : nil
  }

  /// The footnote number run on after a year (`20242` is 2024 and marker 2): five or six digits whose first four
  /// are a year, the rest a number without a leading zero, ending a word.
  private static func yearWithMarker(_ text: [UInt8], digits: Range<Int>) -> Range<Int>? {
    guard digits.count == 5 || digits.count == 6, let year = text.intValue(digits.lowerBound..<(digits.lowerBound + 4)),
      (1900...2099).contains(year), text[digits.lowerBound + 4] != UInt8(ascii: "0")
    else { return nil }
    guard digits.upperBound >= text.count || !ASCII.isLetter(text[digits.upperBound]) else { return nil }
    if digits.upperBound < text.count, text[digits.upperBound] == ASCII.period || text[digits.upperBound] == ASCII.comma,
      digits.upperBound + 1 < text.count, ASCII.isDigit(text[digits.upperBound + 1])
    {
      return nil  // `20242.5`, `20242,000`: a number
    }
    return (digits.lowerBound + 4)..<digits.upperBound
  }

  /// `8and welcomes`: a word glued to the number's right, not an ordinal (`3rd`, `21st`) nor a unit (`3km`).
  private static func gluesToWord(_ text: [UInt8], at index: Int) -> Bool {
    var end = index
    while end < text.count, ASCII.isLower(text[end]) { end += 1 }
    guard end - index >= 2, end >= text.count || !ASCII.isLetter(text[end]) else { return false }
    let word = Array(text[index..<end])
    let ordinals: Set<[UInt8]> = [Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8)]
    return !ordinals.contains(word) && !magnitudes.contains(word)
  }

  /// A period ending a sentence just before `end` (`Principles. 13 We`), not one ending an abbreviation (`No. 3`).
  private static func endsSentence(_ text: [UInt8], at end: Int) -> Bool {
    guard end >= 2, text[end - 1] == ASCII.period, ASCII.isLetter(text[end - 2]) else { return false }
    var start = end - 1
    while start > 0, end - start < longestToken, ASCII.isLetter(text[start - 1]) { start -= 1 }
    let word = text[start..<(end - 1)].map(ASCII.lower)
    return word.count >= 2 && !abbreviations.contains(word)
  }

  // MARK: - What stands before

  /// Words and symbols are short: looking back no further keeps a hostile line of one endless token linear.
  private static let longestToken = 64

  private static func tokenStart(_ text: [UInt8], before end: Int) -> Int {
    var start = end
    while start > 0, end - start < longestToken, text[start - 1] != ASCII.space { start -= 1 }
    return start
  }

  /// Whether the token ending at `end` (exclusive) can carry a footnote marker: a word, a closing parenthesis or quote,
  /// or a year or span of years, possibly followed by clause punctuation.
  private static func standsAfterHost(_ text: [UInt8], before end: Int) -> Bool {
    var token = Array(text[tokenStart(text, before: end)..<end])
    var punctuated = false
    while let last = token.last {
      if ASCII.isTerminal(last) || last == ASCII.closeParen || last == ASCII.quote {
        token.removeLast()
      } else if token.count >= 3, token[token.count - 3] == 0xE2, token[token.count - 2] == 0x80,
        token[token.count - 1] == 0x9D || token[token.count - 1] == 0x99
      {
        token.removeLast(3)  // `”`, `’`
      } else {
        break
      }
      punctuated = true
    }
    while let first = token.first, !ASCII.isAlphanumeric(first), !ASCII.isNonASCII(first) { token.removeFirst() }
    guard let last = token.last else { return false }
    if ASCII.isDigit(last) { return isYear(token) }  // `in 2014, 3`, `(2000), 3`
    if token.contains(ASCII.slash) { return false }
    guard token.count >= 2, token.allSatisfy({ ASCII.isLetter($0) || ASCII.isNonASCII($0) || $0 == ASCII.hyphen }),
      token.contains(where: ASCII.isLetter)
    else { return false }
    let lowered = token.map(ASCII.lower)
    if CalendarDate.month(named: lowered.string) != nil { return false }
    if text[end - 1] == ASCII.period { return !Self.abbreviations.contains(lowered) }  // `No. 3`
    // Punctuation between them, the word does not name the number (`Principles. 13`, `Agreement, 3`).
    return punctuated || !(Self.numberingWords.contains(lowered) || Self.smallWords.contains(lowered))
  }

  /// `2014`, `2024/25`, `2012–2013`: a year, or a span ending in one.
  private static func isYear(_ token: [UInt8]) -> Bool {
    let leading = token.digitRun(at: 0)
    guard leading.count == 4, let year = token.intValue(leading), (1900...2099).contains(year) else { return false }
    if leading.upperBound == token.count { return true }
    var cursor = leading.upperBound
    if token[cursor] == ASCII.slash || token[cursor] == ASCII.hyphen {
      cursor += 1
    } else if token.hasPrefix([0xE2, 0x80, 0x93], at: cursor) {
      cursor += 3  // `–`
    } else {
      return false
    }
    let trailing = token.digitRun(at: cursor)
    return trailing.upperBound == token.count && (trailing.count == 2 || trailing.count == 4)
  }

  /// Nouns a number follows as a name or a count of a thing, not as a footnote (`paragraph 3`, `goal 16`).
  private static let numberingWords: Set<[UInt8]> = Set(
    ["paragraph", "paragraphs", "para", "paras", "subparagraph", "subparagraphs", "article", "articles", "art", "arts",
     "resolution", "resolutions", "decision", "decisions", "chapter", "chapters", "chap", "section", "sections", "sect",
     "annex", "annexes", "appendix", "appendices", "rule", "rules", "regulation", "regulations", "goal", "goals",
     "target", "targets", "item", "items", "sub-item", "principle", "principles", "recommendation", "recommendations",
     "page", "pages", "volume", "volumes", "vol", "no", "nos", "number", "numbers", "part", "parts",
     "phase", "phases", "level", "levels", "step", "steps", "table", "tables", "figure", "figures", "fig", "box", "line",
     "lines", "option", "options", "category", "categories", "class", "tier", "stage", "round", "cycle", "objectives",
     "indicator", "indicators", "element", "elements", "pillar", "pillars", "cluster", "clusters", "component",
     "components", "priority", "priorities", "subprogramme", "module", "modules", "grade", "year", "years", "day", "days",
     "week", "weeks", "month", "months", "hour", "hours", "age", "aged", "minus", "plus", "times", "tranche", "unit",
     "units", "point", "points", "rank", "criterion"]
      .map { Array($0.utf8) })

  /// Words a count follows (`of 3`, `than 3`, `the 3`), not a footnote.
  private static let smallWords: Set<[UInt8]> = Set(
    ["a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with", "within", "and", "or", "nor", "than",
     "between", "over", "under", "about", "around", "above", "below", "up", "down", "into", "onto", "upon", "per",
     "some", "all", "each", "every", "any", "only", "nearly", "almost", "approximately", "roughly", "least", "most",
     "top", "first", "last", "next", "its", "their", "his", "her", "our", "your", "my", "these", "those", "this",
     "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
     "shall", "would", "should", "may", "might", "can", "could", "must", "until", "till", "since", "before", "after",
     "during", "through", "throughout", "against", "among", "via", "towards", "toward", "without", "including",
     "except", "more", "less", "fewer", "many", "several", "other", "another", "such", "same", "as", "if",
     "then", "also", "but", "not", "just", "exactly", "out"]
      .map { Array($0.utf8) })

  /// Abbreviations ending with a period that a number follows (`No. 3`, `para. 3`, `vol. 610`).
  private static let abbreviations: Set<[UInt8]> = Set(
    ["no", "nos", "para", "paras", "vol", "p", "pp", "sect", "art", "arts", "chap", "supp", "suppl", "add", "rev",
     "corr", "op", "res", "doc", "sess", "fig", "ibid"]
      .map { Array($0.utf8) })

  // MARK: - What follows

  /// Whether what follows the number at `after` reads like text a marker interrupts: the end of the line (unless the
  /// next line goes on with a month, a number or a magnitude: `on 3` / `December`), or a lower-case word that is not a
  /// magnitude.
  private static func isFollowedAsMarker(_ text: [UInt8], after: Int, nextLine: [UInt8]?, afterSentence: Bool) -> Bool {
    if after >= text.count {
      guard let nextLine, let first = nextLine.first else { return true }
      if ASCII.isDigit(first) { return false }
      return !startsWithCountWord(nextLine, at: 0)
    }
    guard text[after] == ASCII.space, after + 1 < text.count else { return false }
    // After a sentence's period, the next sentence opens with a capital (`Principles. 13 We will`), or the next
    // numbered paragraph run onto the line (`Pact for the Future. 16 9. We note`).
    if afterSentence, ASCII.isUpper(text[after + 1]) || opensNumberedParagraph(text, at: after + 1) { return true }
    guard ASCII.isLower(text[after + 1]) else { return false }
    return !startsWithCountWord(text, at: after + 1)
  }

  /// `9. We`: a paragraph number, its period and a capital.
  private static func opensNumberedParagraph(_ text: [UInt8], at index: Int) -> Bool {
    let digits = text.digitRun(at: index)
    guard !digits.isEmpty, digits.count <= 3, digits.upperBound + 2 < text.count,
      text[digits.upperBound] == ASCII.period, text[digits.upperBound + 1] == ASCII.space
    else { return false }
    return ASCII.isUpper(text[digits.upperBound + 2])
  }

  /// A month (`3 December`) or a magnitude (`3 million`, `3 per cent`) at `index`.
  private static func startsWithCountWord(_ text: [UInt8], at index: Int) -> Bool {
    var end = index
    while end < text.count, ASCII.isLetter(text[end]) { end += 1 }
    guard end > index else { return false }
    let word = text[index..<end].map(ASCII.lower)
    return magnitudes.contains(word) || CalendarDate.month(named: word.string) != nil
  }

  private static let magnitudes: Set<[UInt8]> = Set(
    ["million", "millions", "billion", "billions", "trillion", "trillions", "thousand", "thousands", "hundred",
     "hundreds", "dozen", "per", "percent", "times", "fold", "bn", "m", "km", "kg", "mm", "cm", "kt", "mt", "t", "ha",
     "degrees", "degree", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
     "seconds", "out"]
      .map { Array($0.utf8) })
}
