/// Counts by word key (the bits of a word's 64-bit hash, `LanguageFingerprint`), in an open-addressing table probed by
/// the key's own bits: the keys are hashes already, and a `Dictionary` would hash each again (SipHash) for every word
/// of every paragraph an index build stores.
struct WordCounts: Sendable {
  private var keys: [Int64]
  private var counts: [Int]
  /// The last mark that counted the key (`addOnce`); `empty` for a free slot.
  private var marks: [Int32]
  private var mask: Int
  /// How many keys the table holds.
  private(set) var count = 0

  private static let empty: Int32 = -1
  private static let unmarked: Int32 = -2

  /// `capacity`: the keys expected (the table grows past them).
  init(capacity: Int = 512) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    keys = Array(repeating: 0, count: size)
    counts = Array(repeating: 0, count: size)
    marks = Array(repeating: Self.empty, count: size)
    mask = size - 1
  }

  /// Adds `delta` to the count of `key`.
  mutating func add(_ key: Int64, _ delta: Int) {
    let slot = self.slot(key)
    counts[slot] += delta
  }

  /// Adds 1 to the count of `key` unless the same `mark` (not negative; say, a paragraph's ordinal) already did.
  mutating func addOnce(_ key: Int64, mark: Int32) {
    let slot = self.slot(key)
    guard marks[slot] != mark else { return }
    marks[slot] = mark
    counts[slot] += 1
  }

  /// Every key with its count, in no particular order.
  var entries: [(key: Int64, value: Int)] {
    var entries: [(key: Int64, value: Int)] = []
    entries.reserveCapacity(count)
    for slot in marks.indices where marks[slot] != Self.empty { entries.append((keys[slot], counts[slot])) }
    return entries
  }

  /// The slot of `key`, added with a count of 0 when absent.
  private mutating func slot(_ key: Int64) -> Int {
    var slot = Self.start(key, mask)
    while marks[slot] != Self.empty {
      if keys[slot] == key { return slot }
      slot = (slot + 1) & mask
    }
    if (count + 1) * 2 > marks.count {
      grow()
      return self.slot(key)
    }
    keys[slot] = key
    marks[slot] = Self.unmarked
    count += 1
    return slot
  }

  private mutating func grow() {
    let old = (keys, counts, marks)
    let size = marks.count * 2
    keys = Array(repeating: 0, count: size)
    counts = Array(repeating: 0, count: size)
    marks = Array(repeating: Self.empty, count: size)
    mask = size - 1
    for index in old.2.indices where old.2[index] != Self.empty {
      var slot = Self.start(old.0[index], mask)
      while marks[slot] != Self.empty { slot = (slot + 1) & mask }
      keys[slot] = old.0[index]
      counts[slot] = old.1[index]
      marks[slot] = old.2[index]
    }
  }

  private static func start(_ key: Int64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }
}
