/// A run of text joined from one or more source lines, with the footnote markers in it and a map back to lines.
struct TextBlock: Sendable {
  var text: [UInt8] = []
  var markers: [InlineMarker] = []
  /// Where each source line starts in `text`, ascending. (`markers` are ascending by offset too.)
  var lineStarts: [(offset: Int, line: Int)] = []

  init() {}

  init(line: CleanLine) {
    text = line.text
    markers = line.markers
    lineStarts = [(0, line.number)]
  }

  var isEmpty: Bool { text.isEmpty }
  var firstLine: Int { lineStarts.first?.line ?? 0 }

  /// The source line of the byte at `offset`.
  func line(at offset: Int) -> Int {
    let after = firstLineStart(after: offset)
    return after > 0 ? lineStarts[after - 1].line : (lineStarts.first?.line ?? 0)
  }

  /// The index of the first line start beyond `offset` (binary search: a block may hold a million lines, and every
  /// marker and every piece cut from it asks).
  private func firstLineStart(after offset: Int) -> Int {
    var low = 0, high = lineStarts.count
    while low < high {
      let middle = (low + high) / 2
      if lineStarts[middle].offset > offset { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// Appends another run, joining with a space, or mending a word hyphenated across the break.
  mutating func append(_ other: TextBlock, vocabulary: Vocabulary) {
    guard !other.text.isEmpty else { return }
    guard !text.isEmpty else {
      self = other
      return
    }
    var base = text.count
    if text.last == ASCII.hyphen, text.count >= 2, ASCII.isLetter(text[text.count - 2]), let first = other.text.first,
      ASCII.isLetter(first)
    {
      if vocabulary.shouldJoin(prefix: lastWord(of: text.dropLast()), suffix: firstWord(of: other.text)) {
        text.removeLast()
        base -= 1
      }
    } else {
      text.append(ASCII.space)
      base += 1
    }
    text.append(contentsOf: other.text)
    // A marker opening the next line belongs to the word before the break, not after the joining space.
    let joinedWithSpace = base > 0 && text[base - 1] == ASCII.space
    markers.append(
      contentsOf: other.markers.map {
        InlineMarker(offset: $0.offset == 0 && joinedWithSpace ? base - 1 : $0.offset + base, marker: $0.marker)
      })
    lineStarts.append(contentsOf: other.lineStarts.map { ($0.offset + base, $0.line) })
  }

  /// The part of the block in `range`, with leading and trailing spaces dropped.
  func slice(_ range: Range<Int>) -> TextBlock {
    var lower = max(0, range.lowerBound), upper = min(text.count, range.upperBound)
    while lower < upper, ASCII.isSpace(text[lower]) { lower += 1 }
    while upper > lower, ASCII.isSpace(text[upper - 1]) { upper -= 1 }
    var piece = TextBlock()
    piece.text = Array(text[lower..<upper])
    // Markers are in text order: start at the first one at `lower` (binary search; the segmenter cuts a block into
    // as many pieces as it has paragraphs, and a hostile block has tens of thousands of both).
    var low = 0, high = markers.count
    while low < high {
      let middle = (low + high) / 2
      if markers[middle].offset < lower { low = middle + 1 } else { high = middle }
    }
    var markerIndex = low
    while markerIndex < markers.count, markers[markerIndex].offset <= upper {
      let marker = markers[markerIndex]
      if range.upperBound >= text.count || marker.offset < range.upperBound {
        piece.markers.append(InlineMarker(offset: min(marker.offset - lower, upper - lower), marker: marker.marker))
      }
      markerIndex += 1
    }
    var starts: [(offset: Int, line: Int)] = [(0, line(at: lower))]
    var index = firstLineStart(after: lower)
    while index < lineStarts.count, lineStarts[index].offset < upper {
      starts.append((lineStarts[index].offset - lower, lineStarts[index].line))
      index += 1
    }
    piece.lineStarts = starts
    return piece
  }

  /// The text from `offset` to the end, as a piece.
  func suffix(from offset: Int) -> TextBlock { slice(offset..<text.count) }

  /// True when the text ends a clause (`,` `;` `:` `.`); an open block continues in the next one.
  var isClosed: Bool {
    guard let last = text.last else { return true }
    return ASCII.isTerminal(last)
  }

  private func lastWord(of bytes: ArraySlice<UInt8>) -> [UInt8] {
    var start = bytes.endIndex
    while start > bytes.startIndex, ASCII.isLetter(bytes[start - 1]) { start -= 1 }
    return Array(bytes[start...])
  }

  private func firstWord(of bytes: [UInt8]) -> [UInt8] {
    var end = 0
    while end < bytes.count, ASCII.isLetter(bytes[end]) { end += 1 }
    return Array(bytes[..<end])
  }
}

/// The words a file uses, to decide whether `in-` + `formation` is one word or a compound (`policy-` + `making`).
final class Vocabulary: @unchecked Sendable {
  private let lines: [CleanLine]
  /// The file's words by `key`: a 64-bit hash per word, so building the set makes no array per word (a file's
  /// thousands of words were a seventh of its parse once every spaced hyphen asked).
  private var words: Set<UInt64>?

  /// Prefixes that usually form real compounds; kept hyphenated when the file does not decide.
  private static let compoundPrefixes: Set<[UInt8]> = Set(
    ["non", "co", "self", "well", "policy", "decision", "long", "short", "medium", "follow", "cross", "peace", "law",
     "multi", "post", "pre", "anti", "inter", "intra", "sub", "socio", "drug", "crime", "money", "capacity", "human",
     "state", "high", "low", "large", "small", "full", "part", "half", "cost", "time", "fund", "fact", "case", "world",
     "region", "country", "gender", "age", "child", "community", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
     "eighty", "ninety", "ex", "vice", "semi", "extra", "counter", "under", "over"]
      .map { Array($0.utf8) })

  init(lines: [CleanLine]) { self.lines = lines }

  func shouldJoin(prefix: [UInt8], suffix: [UInt8]) -> Bool {
    guard !prefix.isEmpty, !suffix.isEmpty else { return false }
    let p = prefix.map(ASCII.lower), s = suffix.map(ASCII.lower)
    let known = knownWords()
    if known.contains(Self.key(p, s)) { return true }
    if known.contains(Self.key(p, [ASCII.hyphen], s)) { return false }
    if Self.compoundPrefixes.contains(p) { return false }
    // Both halves real words on their own (`decision`-`making`): a compound. Otherwise a broken word.
    return !(known.contains(Self.key(p)) && known.contains(Self.key(s)) && p.count > 2 && s.count > 3)
  }

  /// `ACTIVI-TIES` inside a heading: joined only when the joined word is in the file and the first half is not.
  func shouldMendInnerHyphen(prefix: [UInt8], suffix: [UInt8]) -> Bool {
    let p = prefix.map(ASCII.lower), s = suffix.map(ASCII.lower)
    let known = knownWords()
    return known.contains(Self.key(p, s)) && !known.contains(Self.key(p))
  }

  /// FNV-1a of the parts' bytes in a row, lower-cased.
  private static func key(_ parts: [UInt8]...) -> UInt64 {
    var hash = FNV1a.offsetBasis
    for part in parts {
      for byte in part { hash = FNV1a.step(hash, ASCII.lower(byte)) }
    }
    return hash
  }

  /// Words the file writes whole, and hyphenated compounds as written (`policy-making`), by `key`.
  private func knownWords() -> Set<UInt64> {
    if let words { return words }
    var set = Set<UInt64>()
    for line in lines {
      var index = 0
      let text = line.text
      while index < text.count {
        while index < text.count, !ASCII.isLetter(text[index]) { index += 1 }
        let start = index
        var hash = FNV1a.offsetBasis
        while index < text.count,
          ASCII.isLetter(text[index])
            || (text[index] == ASCII.hyphen && index + 1 < text.count && ASCII.isLetter(text[index + 1]) && index > start)
        {
          hash = FNV1a.step(hash, ASCII.lower(text[index]))
          index += 1
        }
        if index > start { set.insert(hash) }
      }
    }
    words = set
    return set
  }
}
