/// Search by reading every paragraph: what a corpus held in memory uses (the index has FTS5 instead). Words match at
/// the start of a word (whole words, or prefixes with `*`), phrases anywhere; both ignore case. Results come in
/// reading order, at most `limit`.
public enum ScanSearch {
  public static func search(
    _ query: SearchQuery, in resolutions: some Sequence<Resolution>, limit: Int
  ) -> [SearchHit] {
    guard !query.isEmpty, limit > 0 else { return [] }
    var hits: [SearchHit] = []
    var paragraphs = 0
    for resolution in resolutions {
      if let body = query.body, resolution.body != body { continue }
      if let years = query.years {
        guard let year = resolution.adopted?.year ?? resolution.id?.impliedYear, years.contains(year) else { continue }
      }
      for paragraph in resolution.searchableParagraphs {
        // Cancelled work returns the hits so far (`WorkCancellation`); the caller drops them.
        paragraphs += 1
        if WorkCancellation.shouldStop(at: paragraphs) { return hits }
        guard let ranges = matches(query, in: paragraph.text) else { continue }
        let (snippet, highlights) = Snippet.make(from: paragraph.text, around: ranges)
        hits.append(
          SearchHit(
            file: resolution.file, displayID: resolution.displayID, title: resolution.title, ref: paragraph.ref,
            snippet: snippet, highlights: highlights))
        if hits.count >= limit { return hits }
      }
    }
    return hits
  }

  /// The UTF-8 ranges of every term of `query` in `text`, or nil when one term is missing.
  static func matches(_ query: SearchQuery, in text: String) -> [Range<Int>]? {
    let haystack = Array(text.lowercased().utf8)
    // Lower-casing can change byte lengths outside ASCII; ranges are then only approximate, which a snippet tolerates.
    var ranges: [Range<Int>] = []
    for phrase in query.phrases {
      guard let range = find(Array(phrase.lowercased().utf8), in: haystack, wordStart: false, wholeWord: false) else {
        return nil
      }
      ranges.append(range)
    }
    for word in query.words {
      let isPrefix = word.hasSuffix("*")
      let needle = Array((isPrefix ? String(word.dropLast()) : word).lowercased().utf8)
      guard let range = find(needle, in: haystack, wordStart: true, wholeWord: !isPrefix) else { return nil }
      ranges.append(range)
    }
    return ranges.sorted { $0.lowerBound < $1.lowerBound }
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], wordStart: Bool, wholeWord: Bool) -> Range<Int>? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) {
        let end = start + needle.count
        let startsWord = start == 0 || !isWordByte(haystack[start - 1])
        let endsWord = end == haystack.count || !isWordByte(haystack[end])
        if (!wordStart || startsWord) && (!wholeWord || endsWord) {
          // A prefix match extends to the end of its word, so the whole word is highlighted.
          var wordEnd = end
          while wordEnd < haystack.count, isWordByte(haystack[wordEnd]) { wordEnd += 1 }
          return start..<(wholeWord ? end : wordEnd)
        }
      }
      start += 1
    }
    return nil
  }
}

/// A short extract of a paragraph around its matches, with the match ranges moved into it.
public enum Snippet {
  /// At most about `width` bytes of `text` starting a little before the first range, cut at spaces, with `…` where
  /// text was left out. `ranges` are UTF-8 offsets in `text`; the result's are offsets in the snippet.
  public static func make(from text: String, around ranges: [Range<Int>], width: Int = 160) -> (String, [Range<Int>]) {
    let bytes = Array(text.utf8)
    let first = ranges.first?.lowerBound ?? 0
    var start = max(0, min(first, bytes.count) - width / 4)
    while start > 0, bytes[start - 1] != 32 { start -= 1 }
    var end = min(bytes.count, start + width)
    // End at a space when one comes soon enough.
    var extended = end
    while extended < bytes.count, bytes[extended] != 32, extended - end < 40 { extended += 1 }
    if extended == bytes.count || bytes[extended] == 32 { end = extended }
    // Never cut inside a UTF-8 sequence.
    while end < bytes.count, (bytes[end] & 0xC0) == 0x80 { end += 1 }
    let leading = start > 0 ? "… " : ""
    let trailing = end < bytes.count ? " …" : ""
    let body = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces
    let shift = leading.utf8.count - start
    let trimmedLead = String(decoding: bytes[start..<end], as: UTF8.self).utf8.prefix { $0 == 32 }.count
    let moved = ranges.compactMap { range -> Range<Int>? in
      let lower = range.lowerBound + shift - trimmedLead, upper = min(range.upperBound, end) + shift - trimmedLead
      guard range.lowerBound >= start, upper > lower else { return nil }
      return lower..<upper
    }
    return (leading + body + trailing, moved)
  }
}
