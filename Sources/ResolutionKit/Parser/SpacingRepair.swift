/// Mends PDF text layers whose word spacing is broken (`The Economic and Social Council ,`, `Recall ing its
/// resol ution 1999/23 of 2 8 Ju ly 199 9`), so the formula, verbs and citations read as in a clean copy. Only a file
/// that shows the fault several times is touched: a clean file never has words split this way, and is left as it is.
enum SpacingRepair {
  static func repairing(_ lines: [CleanLine]) -> [CleanLine] {
    // The fault shows from the first page on: a sample of the text decides, so a huge clean file costs little.
    var signals = 0
    for line in lines.lazy.filter({ !$0.text.isEmpty }).prefix(400) {
      let sample = line.text.count <= 2_000 ? line.text : Array(line.text.prefix(2_000))
      signals += punctuationSpaceCount(in: sample) + lexiconSpaces(in: sample).count
      if signals >= 3 { break }
    }
    guard signals >= 3 else { return lines }
    return lines.map { line in
      // A line of a printed page is short; a huge one is not a page's text layer, and is left alone.
      guard !line.text.isEmpty, line.text.count <= 20_000 else { return line }
      // Words first, so a mended month (`Ju ly`) can tell the date's digits apart.
      let words = removing(lexiconSpaces(in: line.text).union(punctuationSpaces(in: line.text)), from: line)
      return removing(shapeSpaces(in: words.text), from: words)
    }
  }

  private static func removing(_ removed: Set<Int>, from line: CleanLine) -> CleanLine {
    guard !removed.isEmpty else { return line }
    var repaired = line
    repaired.text = line.text.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    repaired.markers = line.markers.map { marker in
      InlineMarker(offset: marker.offset - removed.filter { $0 < marker.offset }.count, marker: marker.marker)
    }
    return repaired
  }

  /// Words the texts are built from whose halves are not words: the fragments of a broken one join into it.
  private static let lexicon = WordKeySet(lexiconWords.map(WordKey.init))

  /// The lexicon's words: the preambular openers and these.
  private static let lexiconWords = VerbPhrases.preambularOpeners.union([
    "resolution", "resolutions", "decision", "decisions", "council", "assembly", "general", "secretary-general",
    "economic", "social", "commission", "committee", "report", "reports", "session", "requests", "decides", "invites",
    "urges", "recommends", "welcomes", "notes", "calls", "takes", "approves", "endorses", "emphasizes", "stresses",
    "reaffirms", "recognizes", "encourages", "expresses", "appeals", "authorizes", "adopts", "affirms", "condemns",
    "declares", "demands", "designates", "supports", "underlines", "regrets", "reiterates", "considers", "deplores",
    "proclaims", "appreciation", "concern", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "security", "nations", "united", "international", "development",
    "implementation", "cooperation", "programme", "governments", "member", "states",
  ])

  /// The first two bytes (lower-cased; the first alone for a one-letter fragment) of every proper prefix of a lexicon
  /// word, by `openingIndex`: a table lookup that turns away most words before a key is made.
  private static let lexiconOpenings: [Bool] = {
    var table = [Bool](repeating: false, count: 1 << 16)
    for word in lexiconWords {
      let bytes = Array(word.utf8)
      guard bytes.count >= 2 else { continue }
      table[openingIndex(bytes, 0..<1)] = true
      if bytes.count >= 3 { table[openingIndex(bytes, 0..<2)] = true }
    }
    return table
  }()

  @inline(__always)
  private static func openingIndex(_ text: [UInt8], _ range: Range<Int>) -> Int {
    let second = range.count > 1 ? Int(ASCII.lower(text[range.lowerBound + 1])) : 0
    return Int(ASCII.lower(text[range.lowerBound])) << 8 | second
  }

  /// Every proper prefix of a lexicon word (`resol`, `recall`, `ju`): fragments that cannot start one are not joined,
  /// so most words of a clean text cost one lookup here and no joined keys.
  private static let lexiconPrefixes = WordKeySet(lexiconWords.flatMap { word in
    (1..<max(1, word.utf8.count)).map { WordKey(String(decoding: word.utf8.prefix($0), as: UTF8.self)) }
  })

  /// `Council ,` `;` `)`: a space before closing punctuation, and after an opening parenthesis.
  private static func punctuationSpaces(in text: [UInt8]) -> Set<Int> {
    var spaces: Set<Int> = []
    forEachPunctuationSpace(in: text) { spaces.insert($0) }
    return spaces
  }

  /// How many `punctuationSpaces` there are, without a set: the sample of every file is counted.
  private static func punctuationSpaceCount(in text: [UInt8]) -> Int {
    var count = 0
    forEachPunctuationSpace(in: text) { _ in count += 1 }
    return count
  }

  /// Each space of `punctuationSpaces`, once, in order.
  @inline(__always)
  private static func forEachPunctuationSpace(in text: [UInt8], _ body: (Int) -> Void) {
    guard text.count > 2 else { return }
    for index in 1..<(text.count - 1) where text[index] == ASCII.space {
      let next = text[index + 1]
      let previous = text[index - 1]
      if previous == ASCII.openParen
        || previous != ASCII.space && (next == ASCII.comma || next == ASCII.semicolon || next == ASCII.closeParen)
      {
        body(index)
      }
    }
  }

  /// A run of non-spaces. Its word is the leading letters, hyphens and non-ASCII bytes, lower-cased; punctuation at
  /// the end is dropped. Kept as offsets: the sample of every file is tokenised, and a `String` per token was most of
  /// the parser's time.
  private struct Token {
    var range: Range<Int>
    var wordEnd: Int
    var isDigits: Bool

    var wordRange: Range<Int> { range.lowerBound..<wordEnd }
    var hasWord: Bool { wordEnd > range.lowerBound }
    /// The token is all word (no punctuation after it).
    var isWholeWord: Bool { wordEnd == range.upperBound }

    func key(in text: [UInt8]) -> WordKey? { WordKey(text, wordRange) }
    func word(in text: [UInt8]) -> String { String(decoding: text[wordRange].map(ASCII.lower), as: UTF8.self) }
  }

  private static func tokens(of text: [UInt8]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(text.count / 4)
    var index = 0
    while index < text.count {
      while index < text.count, text[index] == ASCII.space { index += 1 }
      let start = index
      var wordEnd = -1
      var isDigits = true
      while index < text.count, text[index] != ASCII.space {
        let byte = text[index]
        if wordEnd < 0, !(ASCII.isLetter(byte) || byte == ASCII.hyphen || ASCII.isNonASCII(byte)) { wordEnd = index }
        if !ASCII.isDigit(byte) { isDigits = false }
        index += 1
      }
      guard index > start else { break }
      result.append(Token(range: start..<index, wordEnd: wordEnd < 0 ? index : wordEnd, isDigits: isDigits))
    }
    return result
  }

  /// The spaces that split a lexicon word: `resol ution`, `Recall ing`, `Ju ly`.
  private static func lexiconSpaces(in text: [UInt8]) -> Set<Int> {
    let tokens = tokens(of: text)
    // Read once: a static in the loop costs a lazy-initialisation check per token.
    let lexicon = lexicon, prefixes = lexiconPrefixes, openings = lexiconOpenings
    var removed: Set<Int> = []
    func inLexicon(_ token: Token) -> Bool { token.key(in: text).map(lexicon.contains) == true }
    var index = 0
    while index < tokens.count {
      defer { index += 1 }
      let first = tokens[index]
      // Two or three fragments that make a lexicon word, the first not one itself; the last may carry punctuation.
      // Only the start of a lexicon word can be joined into one: its first two bytes, then its key (a fragment too long
      // for a key is too long for the lexicon, alone or joined), are tested before any joined key is made.
      guard first.hasWord, index + 1 < tokens.count, first.isWholeWord, tokens[index + 1].hasWord,
        openings[openingIndex(text, first.wordRange)], let firstKey = first.key(in: text), prefixes.contains(firstKey),
        !lexicon.contains(firstKey)
      else { continue }
      // The joined words, lower-cased, are built in place (too long for a key is too long for the lexicon): two
      // fragments, then three.
      var two: WordKey? = firstKey
      for position in tokens[index + 1].wordRange where two?.append(text[position]) == false { two = nil }
      var three: WordKey?
      if index + 2 < tokens.count, tokens[index + 1].isWholeWord, tokens[index + 2].hasWord, var extended = two,
        prefixes.contains(extended)
      {
        three = extended
        for position in tokens[index + 2].wordRange where extended.append(text[position]) == false { three = nil }
        if three != nil { three = extended }
      }
      // Three fragments first, then two; none of them a lexicon word of its own (beyond three letters).
      func joins(_ joined: WordKey?, length: Int) -> Bool {
        guard let joined, lexicon.contains(joined) else { return false }
        return !tokens[index..<(index + length)].contains { $0.wordRange.count > 3 && inLexicon($0) }
      }
      let length = joins(three, length: 3) ? 3 : joins(two, length: 2) ? 2 : 0
      guard length > 0 else { continue }
      for part in tokens[(index + 1)..<(index + length)] { removed.insert(part.range.lowerBound - 1) }
      index += length - 1
    }
    return removed
  }

  /// The spaces that split a word by its shape: an opening verb (`Req uests`), a date's digits (`2 8 July 199 9`), a
  /// number's (`199 9/23`).
  private static func shapeSpaces(in text: [UInt8]) -> Set<Int> {
    let tokens = tokens(of: text)
    var removed: Set<Int> = []
    // An opening verb split in two: `Req uests`, `Deci des`, after a paragraph number or not.
    var opening = 0
    if let first = tokens.first, first.range.count <= 4, text[first.range].last == ASCII.period,
      text[first.range].dropLast().allSatisfy(ASCII.isDigit)
    {
      opening = 1
    }
    if opening + 1 < tokens.count, !removed.contains(tokens[opening + 1].range.lowerBound - 1) {
      let head = tokens[opening], tail = tokens[opening + 1]
      let headWord = head.word(in: text), tailWord = tail.word(in: text)
      let joined = headWord + tailWord
      if headWord.utf8.count == head.range.count, !headWord.isEmpty, !VerbPhrases.leadingAdverbs.contains(headWord),
        !(headWord.hasSuffix("s") || headWord.hasSuffix("ing") || headWord.hasSuffix("ed")),
        joined.count >= 6, joined.hasSuffix("s") || joined.hasSuffix("ing"), !tailWord.isEmpty,
        ASCII.isUpper(text[head.range.lowerBound])
      {
        removed.insert(tail.range.lowerBound - 1)
      }
    }
    // Digits of a date or a number split apart: `2 8 July 199 9`, `199 9/23`.
    var position = 0
    while position + 1 < tokens.count {
      let current = tokens[position], next = tokens[position + 1]
      let nextText = text[next.range]
      let nextLead = nextText.prefix(while: ASCII.isDigit)
      if current.isDigits, !nextLead.isEmpty, current.range.count + nextLead.count <= 4 {
        let afterLead = nextText.dropFirst(nextLead.count).first
        // Day before a month; year after one; the first part of a number before its slash.
        let beforeMonth = position + 2 < tokens.count && CalendarDate.month(named: tokens[position + 2].word(in: text)) != nil
          && current.range.count + next.range.count <= 2 && next.isDigits
        let afterMonth = position > 0 && CalendarDate.month(named: tokens[position - 1].word(in: text)) != nil
          && current.range.count + nextLead.count <= 4
        let numberHead = afterLead == ASCII.slash && current.range.count + nextLead.count == 4
        if beforeMonth || afterMonth || numberHead {
          removed.insert(next.range.lowerBound - 1)
        }
      }
      position += 1
    }
    return removed
  }
}
