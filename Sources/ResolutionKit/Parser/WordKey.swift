/// A short word, ASCII letters lower-cased, packed into three integers: looked up in the keyword tables (verbs,
/// openers, adverbs) without making a `String` or an array per word of text. Words longer than 24 bytes are in no
/// table and have no key.
struct WordKey: Hashable, Sendable {
  private var a: UInt64 = 0
  private var b: UInt64 = 0
  private var c: UInt64 = 0
  /// Length in bytes.
  private(set) var count = 0

  var parts: (UInt64, UInt64, UInt64) { (a, b, c) }

  static let capacity = 24

  init() {}

  /// The key of `bytes[range]`, lower-cased; nil when longer than `capacity`.
  init?<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) where Bytes.Index == Int {
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

/// A fixed set of `WordKey`s (a keyword table) answering `contains` with one multiply and a probe or two: asked for
/// every word of the sampled text, where `Set`'s SipHash cost more than the rest of the lookup.
struct WordKeySet: Sendable {
  private let slots: [WordKey?]
  private let mask: Int

  init<S: Sequence>(_ keys: S) where S.Element == WordKey {
    let unique = Set(keys)
    var size = 16
    while size < unique.count * 4 { size *= 2 }
    var slots = [WordKey?](repeating: nil, count: size)
    for key in unique {
      var slot = key.tableHash & (size - 1)
      while slots[slot] != nil { slot = (slot + 1) & (size - 1) }
      slots[slot] = key
    }
    self.slots = slots
    mask = size - 1
  }

  init(_ words: [String]) { self.init(words.map(WordKey.init)) }

  func contains(_ key: WordKey) -> Bool {
    var slot = key.tableHash & mask
    while let found = slots[slot] {
      if found == key { return true }
      slot = (slot + 1) & mask
    }
    return false
  }
}

extension WordKey {
  /// A cheap mixing hash for `WordKeySet` (the tables are fixed and small; no hostile keys to defend against).
  var tableHash: Int {
    let (a, b, c) = parts
    let mixed = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ (c &* 0x1656_67B1_9E37_79F9) ^ UInt64(count)
    return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
  }
}
