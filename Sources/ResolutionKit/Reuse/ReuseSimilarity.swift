/// How much language two paragraphs share.
///
/// The measure is coverage: the share of a paragraph's words that lie in a run of at least three words
/// (`LanguageFingerprint.shingleWords`) the other paragraph also has, a single differing word between two shared
/// runs counting as shared. Variants of a recurring paragraph differ in length, so the shorter paragraph's coverage
/// counts four times as much as the longer's: `0.8 × shorter + 0.2 × longer`. Identical texts score 1; a paragraph
/// quoted whole inside a longer one scores at least 0.8.
///
/// Within a corpus (`CorpusSource.reusedLanguage`) two things are added. The longest shared run also scores on its own
/// (`runStrength`), so that a long paragraph that repeats a distinctive phrase of another long one is found even though
/// the phrase is a small part of both. And words are weighed by their rarity in the corpus (`WordRarity`), so that a
/// run made of ubiquitous words ("of the United Nations Crime Prevention and Criminal Justice Programme") is weak
/// evidence: a pair is a match only when the shared run has at least `minimumRunWords` words and either the
/// rarity-weighted coverage of the asked-about paragraph or the run's strength reaches `minimumEvidence`.
public enum ReuseSimilarity {
  /// The shortest shared run that makes a match.
  public static let minimumRunWords = 4
  /// The least rarity-weighted evidence that makes a match.
  public static let minimumEvidence = 0.3
  /// The rarity-weighted length of a shared run that scores 0.5 on its own (a run of five rare words, or of fifty
  /// ubiquitous ones).
  static let halfStrengthRun = 5.0

  /// The rarity-free similarity of two paragraphs, 0...1 (coverage, as described above).
  public static func score(_ a: String, _ b: String) -> Double {
    let left = LanguageFingerprint(text: a, keepingWords: false, fingerprinting: false)
    let right = LanguageFingerprint(text: b, keepingWords: false, fingerprinting: false)
    let leftCovered = coveredShare(of: left, by: Set(right.shingles), rarity: .uniform).plain
    let rightCovered = coveredShare(of: right, by: Set(left.shingles), rarity: .uniform).plain
    return blend(left.wordCount, leftCovered, right.wordCount, rightCovered)
  }

  /// The longest run of words `a` and `b` share (at least three words), as `a` writes it; empty when none.
  public static func sharedPhrase(_ a: String, _ b: String) -> String {
    let left = PreparedAnchor(LanguageFingerprint(text: a, keepingWords: false, fingerprinting: false), rarity: .uniform)
    let run = longestRun(left, LanguageFingerprint(text: b, keepingWords: false, fingerprinting: false))
    return phrase(run, in: left.fingerprint, text: a)
  }

  /// The paragraph a query starts from, with what every comparison needs of it computed once.
  struct PreparedAnchor {
    let fingerprint: LanguageFingerprint
    let rarity: WordRarity
    let shingleSet: Set<UInt64>
    /// Where each shingle starts, to find shared runs from the other paragraph's shingles.
    let positions: [UInt64: [Int]]

    init(_ fingerprint: LanguageFingerprint, rarity: WordRarity) {
      self.fingerprint = fingerprint
      self.rarity = rarity
      shingleSet = Set(fingerprint.shingles)
      var positions: [UInt64: [Int]] = [:]
      for (index, shingle) in fingerprint.shingles.enumerated() { positions[shingle, default: []].append(index) }
      self.positions = positions
    }
  }

  /// The verdict on one candidate paragraph for an anchor.
  struct Comparison {
    /// Reported as `ReuseMatch.similarity`.
    var similarity: Double
    /// Rarity-weighted evidence that the language is shared, compared with `minimumEvidence`.
    var evidence: Double
    /// The shared run that carries the most rare language, as word indexes of the anchor.
    var run: Range<Int>

    var isMatch: Bool { run.count >= ReuseSimilarity.minimumRunWords && evidence >= ReuseSimilarity.minimumEvidence }
  }

  /// Compares a candidate with an anchor.
  static func compare(_ anchor: PreparedAnchor, _ other: LanguageFingerprint) -> Comparison {
    let run = longestRun(anchor, other)
    let runWeight = run.reduce(0.0) { $0 + anchor.rarity.weight(anchor.fingerprint.wordHashes[$1]) }
    let runStrength = run.count >= LanguageFingerprint.shingleWords ? runWeight / (runWeight + halfStrengthRun) : 0
    let anchorCovered = coveredShare(of: anchor.fingerprint, by: Set(other.shingles), rarity: anchor.rarity)
    let otherCovered = coveredShare(of: other, by: anchor.shingleSet, rarity: .uniform).plain
    let plain = blend(anchor.fingerprint.wordCount, anchorCovered.plain, other.wordCount, otherCovered)
    return Comparison(similarity: max(plain, runStrength), evidence: max(anchorCovered.weighted, runStrength), run: run)
  }

  /// `0.8 × coverage of the shorter + 0.2 × coverage of the longer`.
  static func blend(_ aWords: Int, _ aCovered: Double, _ bWords: Int, _ bCovered: Double) -> Double {
    aWords <= bWords ? 0.8 * aCovered + 0.2 * bCovered : 0.8 * bCovered + 0.2 * aCovered
  }

  /// The share of `a`'s words lying in a shingle of `others` (gaps of one word between such words bridged): plain, and
  /// weighted by `rarity`.
  static func coveredShare(
    of a: LanguageFingerprint, by others: Set<UInt64>, rarity: WordRarity
  ) -> (plain: Double, weighted: Double) {
    let count = a.wordCount
    guard count > 0, !others.isEmpty else { return (0, 0) }
    let k = min(LanguageFingerprint.shingleWords, count)
    var covered = [Bool](repeating: false, count: count)
    for (index, shingle) in a.shingles.enumerated() where others.contains(shingle) {
      for word in index..<min(index + k, count) { covered[word] = true }
    }
    // One word changed inside reused language ("for the operational" / "for all operational") stays reused language.
    if count >= 3 {
      for index in 1..<(count - 1) where !covered[index] && covered[index - 1] && covered[index + 1] {
        covered[index] = true
      }
    }
    var total = 0.0
    var shared = 0.0
    var sharedWords = 0
    for (index, hash) in a.wordHashes.enumerated() {
      let weight = rarity.weight(hash)
      total += weight
      if covered[index] {
        shared += weight
        sharedWords += 1
      }
    }
    return (Double(sharedWords) / Double(count), total > 0 ? min(1, shared / total) : 0)
  }

  /// The shared run of words with the most rarity weight (with uniform weights, the longest; the first in the anchor
  /// of equal ones), as word indexes of the anchor; empty when they share no shingle. Of "of the United Nations Crime
  /// Prevention and Criminal Justice" and "the United Nations Crime Prevention and Criminal Justice Fund", both nine
  /// words, the one with the rare word wins. Runs start only where a shingle matches, so the work is proportional to
  /// the shared shingles, not to the product of the lengths.
  static func longestRun(_ anchor: PreparedAnchor, _ b: LanguageFingerprint) -> Range<Int> {
    let a = anchor.fingerprint
    let k = LanguageFingerprint.shingleWords
    guard a.wordCount >= k, b.wordCount >= k else {
      return a.wordHashes == b.wordHashes ? 0..<a.wordCount : 0..<0
    }
    var best = 0..<0
    var bestWeight = 0.0
    for (j, shingle) in b.shingles.enumerated() {
      guard let starts = anchor.positions[shingle] else { continue }
      for i in starts {
        // Only maximal runs: one that extends to the left was measured from its real start.
        if i > 0, j > 0, a.wordHashes[i - 1] == b.wordHashes[j - 1] { continue }
        var length = 0
        var weight = 0.0
        while i + length < a.wordHashes.count, j + length < b.wordHashes.count,
          a.wordHashes[i + length] == b.wordHashes[j + length]
        {
          weight += anchor.rarity.weight(a.wordHashes[i + length])
          length += 1
        }
        if weight > bestWeight || (weight == bestWeight && (length > best.count || (length == best.count && i < best.lowerBound))) {
          best = i..<(i + length)
          bestWeight = weight
        }
      }
    }
    return best
  }

  /// The words `run` of `fingerprint` as `text` writes them (original case and punctuation between the words).
  static func phrase(_ run: Range<Int>, in fingerprint: LanguageFingerprint, text: String) -> String {
    guard let first = run.first, let last = run.last else { return "" }
    let bytes = Array(text.utf8)
    let range = fingerprint.wordRanges[first].lowerBound..<fingerprint.wordRanges[last].upperBound
    guard range.upperBound <= bytes.count else { return "" }
    return String(decoding: bytes[range], as: UTF8.self)
  }
}
