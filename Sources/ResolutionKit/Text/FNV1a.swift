/// FNV-1a, 64 bits: a hash of bytes that is the same on every run and machine (unlike `Hasher`). Word keys, the
/// vocabulary of a file, the index's champion-list terms and folder names, and digests all use it, and some must
/// agree (the champion lists count a paragraph's ASCII words from the reused-language pass's hashes), so it is
/// written once. `step` is for loops that hash a word while they read it.
public enum FNV1a {
  public static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
  public static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// The hash so far, with one more byte.
  @inlinable public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

  @inlinable public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash = offsetBasis
    for byte in bytes { hash = step(hash, byte) }
    return hash
  }
}
