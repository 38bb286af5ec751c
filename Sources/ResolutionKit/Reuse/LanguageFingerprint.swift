/// Word shingles and content-defined fingerprints of a paragraph (normalised: case-folded, punctuation dropped).
///
/// `shingles` are the hashes of every run of `shingleWords` consecutive words: what `ReuseSimilarity` compares.
/// `fingerprints` are a small sample of them that an index can store: hashes of consecutive pairs of content words
/// (function words such as "the", "of" skipped), winnowed, i.e. the smallest hash of every window of
/// `fingerprintWindow` consecutive pairs. Two paragraphs that share a run of `fingerprintWindow + 1` content words
/// (about 11-12 words of prose) therefore always share a fingerprint, whatever surrounds the run, and a paragraph
/// keeps about one fingerprint per 6 words.
public struct LanguageFingerprint: Hashable, Sendable {
  /// Words per shingle.
  public static let shingleWords = 3
  /// Content-word pairs per winnowing window.
  public static let fingerprintWindow = 6

  /// The folded words, in order.
  public let words: [String]
  /// How many words the paragraph has.
  public var wordCount: Int { wordHashes.count }
  /// The hash of each run of `shingleWords` words, in order (one hash of all words when there are fewer).
  public let shingles: [UInt64]
  /// Winnowed content-word-pair hashes, sorted, without repeats: non-negative and below 2^31, so an index stores each
  /// in four bytes.
  public let fingerprints: [Int64]

  let wordHashes: [UInt64]
  let wordRanges: [Range<Int>]

  public init(text: String) {
    self.init(text: text, keepingWords: true, fingerprinting: true)
  }

  /// What a part of the work needs: the index writer only the fingerprints, a candidate being verified neither the
  /// word strings nor the fingerprints (`words` and `fingerprints` are then empty).
  init(text: String, keepingWords: Bool, fingerprinting: Bool) {
    let parsed = ReuseWords(text, keepingWords: keepingWords)
    words = parsed.words
    wordHashes = parsed.hashes
    wordRanges = parsed.ranges
    shingles = Self.shingles(of: parsed.hashes)
    fingerprints = fingerprinting ? Self.winnow(parsed.hashes.filter { !ReuseWords.functionWords.contains($0) }) : []
  }

  /// Only the fingerprints of `text`.
  public static func fingerprints(of text: String) -> [Int64] {
    LanguageFingerprint(text: text, keepingWords: false, fingerprinting: true).fingerprints
  }

  /// What an index stores of a paragraph (`indexEntries`).
  public struct IndexEntries: Sendable {
    /// The fingerprints (as `fingerprints`: sorted, distinct).
    public var fingerprints: [Int64]
    /// The hash of each word, in order, repeats included (the key of a word is the bits of its hash).
    public var wordHashes: [UInt64]
    /// The words themselves when asked for and the text is all ASCII, else nil.
    public var asciiWords: ASCIIWords?

    /// The distinct words as keys (for `ReuseStore.documentFrequency`), sorted.
    public var wordKeys: [Int64] {
      var keys = wordHashes.map { Int64(bitPattern: $0) }
      keys.sortWithoutRepeats()
      return keys
    }
  }

  /// The words of an all-ASCII text, read whole: its runs of ASCII letters and digits, in order, each as the FNV-1a
  /// hash of its lowercase bytes and its UTF-8 range. What any tokenizer that splits on everything but letters and
  /// digits and folds case makes of ASCII, so a caller can count words without reading the text again.
  public struct ASCIIWords: Sendable {
    public var hashes: [UInt64]
    public var ranges: [Range<Int>]

    /// The words read, when the text was all ASCII and read whole (with ranges); else nil.
    init?(_ parsed: ReuseWords) {
      guard parsed.isASCII, parsed.isWhole else { return nil }
      hashes = parsed.hashes
      ranges = parsed.ranges
    }
  }

  /// What an index stores of a paragraph, in one pass: its fingerprints, and its words; with `keepingASCIIWords`,
  /// also their ranges when it is all ASCII. Neither shingles nor word strings are made: an index build asks this of
  /// every paragraph it stores.
  public static func indexEntries(of text: String, keepingASCIIWords: Bool = false) -> IndexEntries {
    let parsed = ReuseWords(text, keepingWords: false, keepingRanges: keepingASCIIWords)
    var content: [UInt64] = []
    content.reserveCapacity(parsed.hashes.count)
    for hash in parsed.hashes where !ReuseWords.functionWords.contains(hash) { content.append(hash) }
    return IndexEntries(
      fingerprints: winnow(content), wordHashes: parsed.hashes,
      asciiWords: keepingASCIIWords ? ASCIIWords(parsed) : nil)
  }

  /// The words of `text` as `IndexEntries.asciiWords`, when it is all ASCII; else nil.
  public static func asciiWords(of text: String) -> ASCIIWords? {
    ASCIIWords(ReuseWords(text, keepingWords: false, keepingRanges: true))
  }

  /// The distinct words as keys: the bits of their hashes.
  public var wordKeys: Set<Int64> { Set(wordHashes.map { Int64(bitPattern: $0) }) }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wordHashes == rhs.wordHashes && lhs.words == rhs.words }
  public func hash(into hasher: inout Hasher) { hasher.combine(wordHashes) }

  static func shingles(of hashes: [UInt64]) -> [UInt64] {
    let k = shingleWords
    guard !hashes.isEmpty else { return [] }
    guard hashes.count >= k else { return [combine(hashes[...])] }
    return (0...(hashes.count - k)).map { combine(hashes[$0..<($0 + k)]) }
  }

  static func combine(_ hashes: ArraySlice<UInt64>) -> UInt64 {
    var value: UInt64 = 0x243F_6A88_85A3_08D3
    for hash in hashes { value = ReuseWords.mix(value ^ hash) }
    return value
  }

  /// Robust winnowing: in each window the smallest hash (the rightmost of equal ones) is kept; a hash is recorded
  /// once per stretch of windows that chose it.
  static func winnow(_ content: [UInt64]) -> [Int64] {
    guard !content.isEmpty else { return [] }
    let pairs: [Int64] =
      content.count == 1
      ? [compact(combine(content[...]))]
      : (0..<(content.count - 1)).map { compact(combine(content[$0...($0 + 1)])) }
    let window = min(fingerprintWindow, pairs.count)
    var chosen: [Int64] = []
    var previous = -1
    for start in 0...(pairs.count - window) {
      var best = start
      for index in start..<(start + window) where pairs[index] <= pairs[best] { best = index }
      if best != previous {
        chosen.append(pairs[best])
        previous = best
      }
    }
    chosen.sortWithoutRepeats()
    return chosen
  }

  /// 31 bits: small enough for SQLite's four-byte integers; a collision only adds a candidate that verification drops.
  static func compact(_ hash: UInt64) -> Int64 { Int64(hash >> 33) }
}

extension Array where Element: Comparable {
  /// Sorts in place and drops repeats: for a paragraph's few dozen words or fingerprints, cheaper than a set.
  fileprivate mutating func sortWithoutRepeats() {
    sort()
    var kept = 0
    for index in indices where kept == 0 || self[kept - 1] != self[index] {
      self[kept] = self[index]
      kept += 1
    }
    removeLast(count - kept)
  }
}
