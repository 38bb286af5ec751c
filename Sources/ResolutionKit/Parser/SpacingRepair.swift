/// Mends PDF text layers whose word spacing is broken (`The Economic and Social Council ,`, `Recall ing its
/// resol ution 1999/23 of 2 8 Ju ly 199 9`), so the formula, verbs and citations read as in a clean copy. Only a file
/// that shows the fault several times is touched: a clean file never has words split this way, and is left as it is.
enum SpacingRepair {
  static func repairing(_ lines: [CleanLine]) -> [CleanLine] {
    // The fault shows from the first page on: a sample of the text decides, so a huge clean file costs little.
    // Read in place, by index: a line taken out of the array is a copy of its three arrays.
    var signals = 0
    var sampled = 0
    var tokens: [Token] = []  // one buffer for every line of the sample
    for index in lines.indices where !lines[index].text.isEmpty {
      guard sampled < 400 else { break }
      sampled += 1
      lines[index].text.withUnsafeBufferPointer { text in
        signals += signalCount(in: UnsafeBufferPointer(rebasing: text.prefix(2_000)), tokens: &tokens)
      }
      if signals >= 3 { break }
    }
    guard signals >= 3 else { return lines }
    return lines.map { line in
      // A line of a printed page is short; a huge one is not a page's text layer, and is left alone.
      guard !line.text.isEmpty, line.text.count <= 20_000 else { return line }
      // Words first, so a mended month (`Ju ly`) can tell the date's digits apart.
      let words = removing(lexiconAndPunctuationSpaces(in: line.text), from: line)
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

  /// Every proper prefix of a lexicon word (as `lexiconPrefixes`), by `PrefixHash`, one bit each in 64 K bits (8 KB,
  /// which stays in the cache): a word that is no such prefix is turned away by one lookup, before a key is made. A
  /// few others share a bit with a prefix; the key lookup that follows turns them away.
  private static let prefixBits: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: (1 << 16) / 64)
    for prefix in lexiconPrefixWords {
      var hash = PrefixHash()
      for byte in prefix.utf8 { hash.add(byte) }
      bits[hash.bit >> 6] |= 1 << UInt64(hash.bit & 63)
    }
    return bits
  }()

  /// A hash of a word's bytes, ASCII lower-cased, made as the token walk reads them.
  private struct PrefixHash {
    private var value: UInt64 = 0
    /// Rotate and mix in: no multiply on the chain through a word's bytes. Only word bytes are added, and `| 0x20`
    /// lower-cases their letters and leaves a hyphen as it is (a non-ASCII byte changes, but no prefix has one).
    @inline(__always) mutating func add(_ byte: UInt8) { value = (value << 7 | value >> 57) ^ UInt64(byte | 0x20) }
    /// Its bit in `prefixBits`.
    var bit: Int { Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 48) }
  }

  /// Whether a byte can be part of a token's word: a letter, a hyphen or a byte of a non-ASCII character.
  private static let wordBytes: [Bool] = (0..<256).map { byte in
    let byte = UInt8(byte)
    return ASCII.isLetter(byte) || byte == ASCII.hyphen || ASCII.isNonASCII(byte)
  }

  /// Every proper prefix of a lexicon word (`resol`, `recall`, `ju`): fragments that cannot start one are not joined,
  /// so most words of a clean text cost one lookup here and no joined keys.
  private static let lexiconPrefixes = WordKeySet(lexiconPrefixWords.map(WordKey.init))

  /// The proper prefixes themselves, the one list both `lexiconPrefixes` and `prefixBits` are made from: a prefix the
  /// bits missed would turn its word away before the key lookup.
  private static let lexiconPrefixWords: [String] = lexiconWords.flatMap { word in
    (1..<max(1, word.utf8.count)).map { String(decoding: word.utf8.prefix($0), as: UTF8.self) }
  }

  /// The spaces that split a lexicon word (`resol ution`, `Recall ing`, `Ju ly`) and those before closing punctuation
  /// or after an opening parenthesis (`Council ,` `;` `)`), from one reading of the line's tokens, as the sample counts
  /// them.
  private static func lexiconAndPunctuationSpaces(in text: [UInt8]) -> Set<Int> {
    var spaces: Set<Int> = []
    let tokens = tokens(of: text)
    text.withUnsafeBufferPointer { text in
      forEachLexiconSpace(in: text, tokens: tokens) { spaces.insert($0) }
      forEachPunctuationSpace(in: text, tokens: tokens) { spaces.insert($0) }
    }
    return spaces
  }

  /// How many `lexiconAndPunctuationSpaces` a sample holds (a space of both kinds counts twice), from one reading of
  /// its tokens into `tokens` (a buffer the caller keeps from line to line): the sample of every file is counted, and a
  /// walk over its bytes for each kind of space was a tenth of the parser's time.
  private static func signalCount(in text: UnsafeBufferPointer<UInt8>, tokens: inout [Token]) -> Int {
    tokens.removeAll(keepingCapacity: true)
    appendTokens(of: text, to: &tokens)
    var count = 0
    forEachPunctuationSpace(in: text, tokens: tokens) { _ in count += 1 }
    forEachLexiconSpace(in: text, tokens: tokens) { _ in count += 1 }
    return count
  }

  /// Each space before closing punctuation or after `(` in `text`, whose tokens are `tokens`, in order: the first space
  /// after a token (the only one that can follow a non-space), when it is not the text's last byte, after `(` or
  /// before `,` `;` `)`.
  @inline(__always)
  private static func forEachPunctuationSpace(
    in text: UnsafeBufferPointer<UInt8>, tokens: [Token], _ body: (Int) -> Void
  ) {
    for token in tokens {
      let space = token.range.upperBound
      guard space + 1 < text.count else { break }
      let previous = text[space - 1], next = text[space + 1]
      if previous == ASCII.openParen || next == ASCII.comma || next == ASCII.semicolon || next == ASCII.closeParen {
        body(space)
      }
    }
  }

  /// A run of non-spaces. Its word is the leading letters, hyphens and non-ASCII bytes, lower-cased; punctuation at
  /// the end is dropped. Kept as offsets: the sample of every file is tokenised, and a `String` per token was most of
  /// the parser's time.
  private struct Token {
    var range: Range<Int>
    var wordEnd: Int
    /// The hash of the word's bytes.
    var wordHash: PrefixHash

    var wordRange: Range<Int> { range.lowerBound..<wordEnd }
    var hasWord: Bool { wordEnd > range.lowerBound }
    /// The token is all word (no punctuation after it).
    var isWholeWord: Bool { wordEnd == range.upperBound }
    /// The token is all digits (which are no word bytes: asked only when mending shapes, not during the walk).
    func isDigits(in text: [UInt8]) -> Bool { !hasWord && text[range].allSatisfy(ASCII.isDigit) }

    func key(in text: UnsafeBufferPointer<UInt8>) -> WordKey? { WordKey(text, wordRange) }
    func word(in text: [UInt8]) -> String { String(decoding: text[wordRange].map(ASCII.lower), as: UTF8.self) }
  }

  private static func tokens(of text: [UInt8]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(text.count / 4)
    text.withUnsafeBufferPointer { appendTokens(of: $0, to: &result) }
    return result
  }

  private static func appendTokens(of text: UnsafeBufferPointer<UInt8>, to tokens: inout [Token]) {
    let wordBytes = wordBytes
    var next = token(in: text, from: 0, wordBytes: wordBytes)
    while let current = next {
      tokens.append(current)
      next = token(in: text, from: current.range.upperBound, wordBytes: wordBytes)
    }
  }

  /// The first token at or after `start`, spaces skipped; nil past the last.
  @inline(__always)
  private static func token(in text: UnsafeBufferPointer<UInt8>, from start: Int, wordBytes: [Bool]) -> Token? {
    var index = start
    while index < text.count, text[index] == ASCII.space { index += 1 }
    let begin = index
    var wordEnd = -1
    var wordHash = PrefixHash()
    while index < text.count {
      let byte = text[index]
      if byte == ASCII.space { break }
      if wordEnd < 0 {
        if wordBytes[Int(byte)] { wordHash.add(byte) } else { wordEnd = index }
      }
      index += 1
    }
    guard index > begin else { return nil }
    return Token(range: begin..<index, wordEnd: wordEnd < 0 ? index : wordEnd, wordHash: wordHash)
  }

  /// Each space that splits a lexicon word in `text`, whose tokens are `tokens`, in order.
  private static func forEachLexiconSpace(in text: UnsafeBufferPointer<UInt8>, tokens: [Token], _ body: (Int) -> Void) {
    // Read once: a static in the loop costs a lazy-initialisation check per token.
    let lexicon = lexicon, prefixes = lexiconPrefixes, prefixBits = prefixBits
    func inLexicon(_ token: Token) -> Bool { token.key(in: text).map(lexicon.contains) == true }
    func mayBePrefix(_ token: Token) -> Bool {
      let bit = token.wordHash.bit
      return prefixBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
    // `first` is the token at `index`; joining skips the fragments joined.
    var index = 0
    while index + 1 < tokens.count {
      let first = tokens[index], second = tokens[index + 1]
      index += 1
      // Two or three fragments that make a lexicon word, the first not one itself; the last may carry punctuation.
      // Only the start of a lexicon word can be joined into one: its hash's bit, then its key (a fragment too long for
      // a key is too long for the lexicon, alone or joined), are tested before any joined key is made.
      guard first.hasWord, first.isWholeWord, second.hasWord, mayBePrefix(first),
        let firstKey = first.key(in: text), prefixes.contains(firstKey), !lexicon.contains(firstKey)
      else { continue }
      // The joined words, lower-cased, are built in place (too long for a key is too long for the lexicon): two
      // fragments, then three.
      var two: WordKey? = firstKey
      for position in second.wordRange where two?.append(text[position]) == false { two = nil }
      var three: WordKey?
      var third: Token?
      if second.isWholeWord, var extended = two, prefixes.contains(extended), index + 1 < tokens.count,
        tokens[index + 1].hasWord
      {
        let next = tokens[index + 1]
        third = next
        three = extended
        for position in next.wordRange where extended.append(text[position]) == false { three = nil }
        if three != nil { three = extended }
      }
      // Three fragments first, then two; none of them a lexicon word of its own (beyond three letters).
      func joins(_ joined: WordKey?, _ parts: [Token]) -> Bool {
        guard let joined, lexicon.contains(joined) else { return false }
        return !parts.contains { $0.wordRange.count > 3 && inLexicon($0) }
      }
      if let third, joins(three, [first, second, third]) {
        body(second.range.lowerBound - 1)
        body(third.range.lowerBound - 1)
        index += 2
      } else if joins(two, [first, second]) {
        body(second.range.lowerBound - 1)
        index += 1
      }
    }
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
      if current.isDigits(in: text), !nextLead.isEmpty, current.range.count + nextLead.count <= 4 {
        let afterLead = nextText.dropFirst(nextLead.count).first
        // Day before a month; year after one; the first part of a number before its slash.
        let beforeMonth = position + 2 < tokens.count && CalendarDate.month(named: tokens[position + 2].word(in: text)) != nil
          && current.range.count + next.range.count <= 2 && next.isDigits(in: text)
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
