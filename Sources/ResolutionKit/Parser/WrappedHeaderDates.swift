/// PDF text layers wrap header lines anywhere, even inside a date (`Resolution adopted by the General Assembly on 4` /
/// `December 2024`). A header line that ends with the start of a date the next line completes is joined to it, so the
/// date reads whole.
enum WrappedHeaderDates {
  static func joining(_ lines: [CleanLine]) -> [CleanLine] {
    guard lines.count > 1 else { return lines }
    var result: [CleanLine] = []
    result.reserveCapacity(lines.count)
    var index = 0
    while index < lines.count {
      var line = lines[index]
      if index + 1 < lines.count, !line.text.isEmpty, splitsADate(line.text, lines[index + 1].text) {
        let next = lines[index + 1]
        let base = line.text.count + 1
        line.text += [ASCII.space] + next.text
        line.markers += next.markers.map { InlineMarker(offset: $0.offset + base, marker: $0.marker) }
        result.append(line)
        // The next line's place stays, empty, so line numbers and paragraph breaks are kept.
        result.append(CleanLine(number: next.number, text: [], indent: 0, markers: [], raw: [], isSeparator: false))
        index += 2
        continue
      }
      result.append(line)
      index += 1
    }
    return result
  }

  /// True when the last words of `line` and the first of `next` make one `4 December 2024` across the break, and the
  /// line does not already end with a whole date.
  private static func splitsADate(_ line: [UInt8], _ next: [UInt8]) -> Bool {
    // Only the words at the break matter: a long line is not split whole.
    let tail = words(Array(line.suffix(32))).suffix(2), head = words(Array(next.prefix(32))).prefix(2)
    guard !tail.isEmpty, !head.isEmpty else { return false }
    for taken in 1...tail.count {
      let joined = Array((Array(tail.suffix(taken)) + Array(head)).joined(separator: " ").utf8)
      guard let day = joined.first, ASCII.isDigit(day) else { continue }
      if let found = HeaderReader.date(in: joined, at: 0), found.end > tail.suffix(taken).joined(separator: " ").utf8.count {
        return true
      }
    }
    return false
  }

  private static func words(_ text: [UInt8]) -> [String] {
    text.split(separator: ASCII.space).map { String(decoding: $0, as: UTF8.self) }
  }
}
