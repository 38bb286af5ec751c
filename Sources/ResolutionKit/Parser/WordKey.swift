/// A short word, ASCII letters lower-cased, packed into three integers: looked up in the keyword tables (verbs,
/// openers, adverbs) without making a `String` or an array per word of text. Words longer than 24 bytes are in no
/// table and have no key.
struct WordKey: Hashable, Sendable {
  private var a: UInt64 = 0
  private var b: UInt64 = 0
  private var c: UInt64 = 0
  /// Length in bytes.
  private(set) var count = 0

  static let capacity = 24

  init() {}

  /// The key of `bytes[range]`, lower-cased; nil when longer than `capacity`.
  init?(_ bytes: [UInt8], _ range: Range<Int>) {
    guard range.count <= Self.capacity else { return nil }
    for index in range { append(bytes[index]) }
  }

  /// The key of a literal (a table entry).
  init(_ word: String) {
    let bytes = Array(word.utf8)
    precondition(bytes.count <= Self.capacity, "table word too long for a WordKey: \(word)")
    for byte in bytes { append(byte) }
  }

  /// Appends one byte, lower-cased if an ASCII capital; false (and nothing appended) when full.
  @discardableResult
  mutating func append(_ byte: UInt8) -> Bool {
    guard count < Self.capacity else { return false }
    let value = UInt64(ASCII.lower(byte))
    let shift = UInt64((count & 7) * 8)
    switch count >> 3 {
    case 0: a |= value << shift
    case 1: b |= value << shift
    default: c |= value << shift
    }
    count += 1
    return true
  }
}
