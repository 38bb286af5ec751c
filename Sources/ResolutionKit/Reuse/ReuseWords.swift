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

  /// Whether the text is all ASCII (then its words are exactly its runs of ASCII letters and digits).
  var isASCII = true
  /// Whether every word was read (none left out past `maximumWords`).
  var isWhole = true

  /// `keepingRanges` false leaves `ranges` empty: only a phrase quoted from the text needs them.
  init(_ text: String, keepingWords: Bool = true, keepingRanges: Bool = true) {
    var text = text
    self = text.withUTF8 { Self(utf8: $0, keepingWords: keepingWords, keepingRanges: keepingRanges) }
  }

  private init() {}

  /// Reads the UTF-8 bytes directly, ASCII (nearly every byte of a resolution) without decoding a scalar, in locals
  /// rather than through `self` (this runs for every byte of every paragraph an index stores).
  private init(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingWords: Bool, keepingRanges: Bool) {
    var words: [String] = []
    var hashes: [UInt64] = []
    hashes.reserveCapacity(bytes.count / 6 + 1)
    var ranges: [Range<Int>] = []
    if keepingRanges { ranges.reserveCapacity(bytes.count / 6 + 1) }
    var current: [UInt8] = []
    var hash = FNV1a.offsetBasis
    var start = -1
    var offset = 0
    var isASCII = true
    var isWhole = true
    // A word ends at a separator or at the end of the text; a word past `maximumWords` stops the reading.
    scan: while offset <= bytes.count {
      var folded: UInt8 = 0
      var width = 1
      var scalar: Unicode.Scalar?
      if offset < bytes.count {
        let byte = bytes[offset]
        if byte < 0x80 {
          let lower = byte | 0x20
          if lower >= 0x61 && lower <= 0x7A {
            folded = lower
          } else if byte >= 0x30 && byte <= 0x39 {
            folded = byte
          }
        } else {
          isASCII = false
          let decoded = Self.decode(bytes, at: offset)
          width = decoded.1
          if decoded.0.properties.isAlphabetic || decoded.0.properties.numericType != nil { scalar = decoded.0 }
        }
      }
      if folded != 0 || scalar != nil {
        if start < 0 {
          if hashes.count >= Self.maximumWords {
            isWhole = false
            break scan
          }
          start = offset
        }
        if let scalar {
          for byte in scalar.properties.lowercaseMapping.utf8 {
            hash = FNV1a.step(hash, byte)
            if keepingWords { current.append(byte) }
          }
        } else {
          hash = FNV1a.step(hash, folded)
          if keepingWords { current.append(folded) }
        }
      } else if start >= 0 {
        if keepingWords {
          words.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
        hashes.append(hash)
        if keepingRanges { ranges.append(start..<offset) }
        hash = FNV1a.offsetBasis
        start = -1
      }
      offset += width
    }
    self.init()
    self.words = words
    self.hashes = hashes
    self.ranges = ranges
    self.isASCII = isASCII
    self.isWhole = isWhole
  }

  /// The scalar whose UTF-8 starts at `offset` (a String's bytes are valid UTF-8), and its width in bytes.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[offset])
    func next(_ index: Int) -> UInt32 { UInt32(bytes[offset + index] & 0x3F) }
    let (value, width): (UInt32, Int) =
      lead < 0xE0
      ? ((lead & 0x1F) << 6 | next(1), 2)
      : lead < 0xF0
        ? ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
        : ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }

  static func hash(_ bytes: [UInt8]) -> UInt64 { FNV1a.hash(bytes) }

  /// A well-mixed 64-bit value (the splitmix64 finaliser), so that sampling by minimum hash is unbiased.
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Words too common to carry language of their own; fingerprints skip them so that they sample the content words,
  /// which makes a shared run of ordinary prose (about 40% function words) share a fingerprint sooner.
  static let functionWords = WordHashSet(
    [
      "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "by", "with", "as", "at", "from", "into", "its",
      "their", "his", "her", "be", "been", "is", "are", "was", "were", "that", "which", "this", "these", "those", "it",
      "all", "such", "also", "other", "any", "has", "have", "had", "so", "but", "not", "no", "nor", "if", "within",
      "under", "upon", "between", "well", "both", "each", "further",
    ].map { hash(Array($0.utf8)) })
}
