/// Words hyphenated at a line break that a text extraction joined with a space (`confidence- building`,
/// `nuclear- weapon-free`, `infor- mation`): mended as a break inside one line is mended (`TextBlock.append`), the
/// hyphen kept for a compound and dropped for a broken word, by the file's own vocabulary.
/// A suspended hyphen stays (`gender- and age-sensitive`, `short- to medium-term`): the word after it is a conjunction.
enum SpacedHyphens {
  static func mending(_ lines: [CleanLine], vocabulary: Vocabulary) -> [CleanLine] {
    var result = lines
    for index in lines.indices where lines[index].text.contains(ASCII.hyphen) {
      if let mended = mending(lines[index], vocabulary: vocabulary) { result[index] = mended }
    }
    return result
  }

  /// The line mended, or nil when it has nothing to mend.
  private static func mending(_ line: CleanLine, vocabulary: Vocabulary) -> CleanLine? {
    let text = line.text
    // Markers in text order, walked alongside: a hostile line has as many markers as hyphens (linear, not a search
    // of every marker at every hyphen).
    let markers = line.markers.sorted { $0.offset < $1.offset }
    var nextMarker = 0
    // Each cut: where it starts, and how many bytes go (the space, or the hyphen and the space).
    var cuts: [(at: Int, count: Int)] = []
    var index = 1
    while index + 2 < text.count {
      defer { index += 1 }
      guard text[index] == ASCII.hyphen, text[index + 1] == ASCII.space, ASCII.isLetter(text[index - 1]),
        ASCII.isLower(text[index + 2])
      else { continue }
      // A marker between the hyphen and the next word says the break is not a plain one: left as written.
      while nextMarker < markers.count, markers[nextMarker].offset <= index { nextMarker += 1 }
      guard nextMarker >= markers.count || markers[nextMarker].offset > index + 2 else { continue }
      let prefix = word(in: text, endingAt: index)
      let suffix = word(in: text, startingAt: index + 2)
      guard !suspensionWords.contains(suffix) else { continue }
      // A link of a hyphenated chain (`military-to- military`, `whole- of-government`) is a compound whatever the
      // halves: only a lone pair can be one broken word.
      let prefixStart = index - prefix.count, suffixEnd = index + 2 + suffix.count
      let inChain =
        (prefixStart > 0 && text[prefixStart - 1] == ASCII.hyphen)
        || (suffixEnd < text.count && text[suffixEnd] == ASCII.hyphen)
      if !inChain, vocabulary.shouldJoin(prefix: prefix, suffix: suffix) {
        cuts.append((index, 2))
      } else {
        cuts.append((index + 1, 1))
      }
    }
    guard !cuts.isEmpty else { return nil }
    var out = line
    var mended: [UInt8] = []
    mended.reserveCapacity(text.count)
    var cursor = 0
    for cut in cuts {
      mended.append(contentsOf: text[cursor..<cut.at])
      cursor = cut.at + cut.count
    }
    mended.append(contentsOf: text[cursor...])
    out.text = mended
    // Both in text order: one walk shifts each marker left by the bytes cut before it. No marker sits inside a cut.
    var removed = 0
    var nextCut = 0
    out.markers = markers.map { marker in
      while nextCut < cuts.count, cuts[nextCut].at < marker.offset {
        removed += cuts[nextCut].count
        nextCut += 1
      }
      return InlineMarker(offset: marker.offset - removed, marker: marker.marker)
    }
    return out
  }

  /// Words a suspended hyphen is followed by (`gender- and age-`, `short- to medium-term`, `pre- or post-`).
  private static let suspensionWords: Set<[UInt8]> = Set(
    ["and", "or", "nor", "to", "as", "but", "versus", "than", "through"].map { Array($0.utf8) })

  private static func word(in text: [UInt8], endingAt end: Int) -> [UInt8] {
    var start = end
    while start > 0, ASCII.isLetter(text[start - 1]) { start -= 1 }
    return Array(text[start..<end])
  }

  private static func word(in text: [UInt8], startingAt start: Int) -> [UInt8] {
    var end = start
    while end < text.count, ASCII.isLetter(text[end]) { end += 1 }
    return Array(text[start..<end])
  }
}
