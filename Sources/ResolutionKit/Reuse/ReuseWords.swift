/// The words of a paragraph as reuse detection sees them: letters and digits, case-folded; everything else (spaces,
/// punctuation, footnote debris) separates words. ASCII is folded byte by byte; other letters by their Unicode
/// lowercase mapping.
struct ReuseWords: Sendable {
  /// The folded words, in order (empty unless asked for: only the paragraph a query starts from needs them).
  var words: [String] = []
  /// A 64-bit hash of each word (FNV-1a of its folded UTF-8), so comparisons need not compare strings.
  var hashes: [UInt64] = []
  /// Each word's UTF-8 range in the original text, to quote a shared phrase as the text writes it.
  var ranges: [Range<Int>] = []

  /// Paragraphs longer than this are read only this far: a hostile file's one-paragraph megabyte must not make a
  /// comparison slow. Real paragraphs have a few hundred words at most.
  static let maximumWords = 4_000

  static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// `keepingRanges` false leaves `ranges` empty: only a phrase quoted from the text needs them.
  init(_ text: String, keepingWords: Bool = true, keepingRanges: Bool = true) {
    var current: [UInt8] = []
    var hash = Self.offsetBasis
    var start = -1
    var offset = 0
    func flush() {
      guard start >= 0 else { return }
      if keepingWords { words.append(String(decoding: current, as: UTF8.self)) }
      hashes.append(hash)
      if keepingRanges { ranges.append(start..<offset) }
      current.removeAll(keepingCapacity: true)
      hash = Self.offsetBasis
      start = -1
    }
    func add(_ byte: UInt8) {
      if start < 0 { start = offset }
      hash = (hash ^ UInt64(byte)) &* Self.prime
      if keepingWords { current.append(byte) }
    }
    for scalar in text.unicodeScalars {
      if hashes.count >= Self.maximumWords { break }
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(truncatingIfNeeded: value)
        if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
          add(byte)
        } else if byte >= 0x41 && byte <= 0x5A {
          add(byte + 0x20)
        } else {
          flush()
        }
        offset += 1
        continue
      }
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        for byte in scalar.properties.lowercaseMapping.utf8 { add(byte) }
      } else {
        flush()
      }
      offset += UTF8.width(scalar)
    }
    flush()
  }

  static func hash(_ bytes: [UInt8]) -> UInt64 {
    var hash = offsetBasis
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }

  /// A well-mixed 64-bit value (the splitmix64 finaliser), so that sampling by minimum hash is unbiased.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Words too common to carry language of their own; fingerprints skip them so that they sample the content words,
  /// which makes a shared run of ordinary prose (about 40% function words) share a fingerprint sooner.
  static let functionWords: Set<UInt64> = Set(
    [
      "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "by", "with", "as", "at", "from", "into", "its",
      "their", "his", "her", "be", "been", "is", "are", "was", "were", "that", "which", "this", "these", "those", "it",
      "all", "such", "also", "other", "any", "has", "have", "had", "so", "but", "not", "no", "nor", "if", "within",
      "under", "upon", "between", "well", "both", "each", "further",
    ].map { hash(Array($0.utf8)) })
}
