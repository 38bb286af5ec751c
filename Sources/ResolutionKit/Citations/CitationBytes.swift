/// Byte-level reading helpers for the citation grammar: the extractor runs on every paragraph of large corpora,
/// so it looks at UTF-8 bytes instead of `Character`s.
struct CitationBytes {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }

  var count: Int { bytes.count }

  subscript(index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

  func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  // MARK: classes of bytes

  /// Letters, digits and every non-ASCII byte count as word characters, so `résolution` or `¹resolution`
  /// are never cut in the middle of a word.
  static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte >= 0x80 }
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
  static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static func isRoman(_ byte: UInt8) -> Bool {
    byte == 0x49 || byte == 0x56 || byte == 0x58 || byte == 0x4C || byte == 0x43 || byte == 0x44 || byte == 0x4D
  }

  /// True when no word character sits just before `index`.
  func isWordStart(_ index: Int) -> Bool { index == 0 || !Self.isWordByte(bytes[index - 1]) }
  /// True when no word character sits at `index`.
  func isWordEnd(_ index: Int) -> Bool { index >= bytes.count || !Self.isWordByte(bytes[index]) }

  // MARK: literal matching

  /// True when `literal` is at `index`.
  func has(_ literal: [UInt8], at index: Int) -> Bool {
    guard index >= 0, index + literal.count <= bytes.count else { return false }
    for offset in 0..<literal.count where bytes[index + offset] != literal[offset] { return false }
    return true
  }

  /// The end of `literal` when it is at `index` and ends at a word boundary.
  func word(_ literal: [UInt8], at index: Int) -> Int? {
    has(literal, at: index) && isWordEnd(index + literal.count) ? index + literal.count : nil
  }

  /// Like `word`, but the first letter may be upper or lower case (`Resolution` / `resolution`).
  func wordAnyCase(_ literal: [UInt8], at index: Int) -> Int? {
    guard index >= 0, index + literal.count <= bytes.count, let want = literal.first,
      bytes[index] | 0x20 == want | 0x20
    else { return nil }
    for offset in 1..<literal.count where bytes[index + offset] != literal[offset] { return nil }
    return isWordEnd(index + literal.count) ? index + literal.count : nil
  }

  /// The start of `literal` when the text just before `end` is exactly `literal` and a word starts there.
  func suffix(_ literal: [UInt8], before end: Int) -> Int? {
    let start = end - literal.count
    guard start >= 0, has(literal, at: start), isWordStart(start) || !Self.isWordByte(literal[0]) else { return nil }
    return start
  }

  // MARK: small grammar pieces

  /// Digits at `index`: the value as text and where they end.
  func digits(at index: Int) -> (text: String, end: Int)? {
    var end = index
    while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
    return end > index && isWordEnd(end) ? (string(index..<end), end) : nil
  }

  /// An upper-case roman numeral as a whole word at `index`.
  func roman(at index: Int) -> (text: String, end: Int)? {
    var end = index
    while end < bytes.count, Self.isRoman(bytes[end]) { end += 1 }
    return end > index && isWordEnd(end) ? (string(index..<end), end) : nil
  }

  /// A day-month-year date such as `18 December 1991` at `index`.
  func date(at index: Int) -> (date: CalendarDate, end: Int)? {
    guard let day = digits(at: index), day.text.count <= 2, self[day.end] == 0x20 else { return nil }
    var monthEnd = day.end + 1
    while monthEnd < bytes.count, Self.isLetter(bytes[monthEnd]) { monthEnd += 1 }
    guard let month = CalendarDate.month(named: string(day.end + 1..<monthEnd)), self[monthEnd] == 0x20,
      let year = digits(at: monthEnd + 1), year.text.count == 4,
      let date = CalendarDate(year: Int(year.text)!, month: month, day: Int(day.text)!)
    else { return nil }
    return (date, year.end)
  }

  /// Where the spaces starting at `index` end.
  func skippingSpaces(_ index: Int) -> Int {
    var end = index
    while end < bytes.count, bytes[end] == 0x20 { end += 1 }
    return end
  }
}
