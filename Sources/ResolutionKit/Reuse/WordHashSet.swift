/// A fixed set of word hashes, probed by the hash's own bits: the hashes are FNV-1a already, so a `Set` would only hash
/// them again (SipHash) for every word of every paragraph an index stores.
struct WordHashSet: Sendable {
  private var slots: [UInt64]
  private var used: [Bool]
  private let mask: Int

  init(_ hashes: some Sequence<UInt64>) {
    let all = Array(hashes)
    var size = 16
    while size < all.count * 4 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    used = Array(repeating: false, count: size)
    mask = size - 1
    for hash in all where !contains(hash) {
      var slot = Self.start(hash, mask)
      while used[slot] { slot = (slot + 1) & mask }
      slots[slot] = hash
      used[slot] = true
    }
  }

  func contains(_ hash: UInt64) -> Bool {
    var slot = Self.start(hash, mask)
    while used[slot] {
      if slots[slot] == hash { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  private static func start(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }
}
