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
    coverage(LanguageFingerprint(text: a), LanguageFingerprint(text: b), rarity: .uniform)
  }

  /// The longest run of words `a` and `b` share (at least three words), as `a` writes it; empty when none.
  public static func sharedPhrase(_ a: String, _ b: String) -> String {
    let left = LanguageFingerprint(text: a)
    let run = longestRun(left, LanguageFingerprint(text: b))
    return phrase(run, in: left, text: a)
  }

  /// The verdict on one candidate paragraph for an anchor.
  struct Comparison {
    /// Reported as `ReuseMatch.similarity`.
    var similarity: Double
    /// Rarity-weighted evidence that the language is shared, compared with `minimumEvidence`.
    var evidence: Double
    /// The longest shared run, as word indexes of the anchor.
    var run: Range<Int>

    var isMatch: Bool { run.count >= ReuseSimilarity.minimumRunWords && evidence >= ReuseSimilarity.minimumEvidence }
  }

  /// Compares a candidate with an anchor whose words `rarity` weighs.
  static func compare(anchor: LanguageFingerprint, _ other: LanguageFingerprint, rarity: WordRarity) -> Comparison {
    let run = longestRun(anchor, other, rarity: rarity)
    let runWeight = run.reduce(0.0) { $0 + rarity.weight(anchor.wordHashes[$1]) }
    let runStrength = run.count >= LanguageFingerprint.shingleWords ? runWeight / (runWeight + halfStrengthRun) : 0
    let plain = coverage(anchor, other, rarity: .uniform)
    let weighted = coveredShare(of: anchor, by: other, rarity: rarity)
    return Comparison(similarity: max(plain, runStrength), evidence: max(weighted, runStrength), run: run)
  }

  /// `0.8 × coverage of the shorter + 0.2 × coverage of the longer`.
  static func coverage(_ a: LanguageFingerprint, _ b: LanguageFingerprint, rarity: WordRarity) -> Double {
    let (shorter, longer) = a.words.count <= b.words.count ? (a, b) : (b, a)
    return 0.8 * coveredShare(of: shorter, by: longer, rarity: rarity)
      + 0.2 * coveredShare(of: longer, by: shorter, rarity: rarity)
  }

  /// The weighted share of `a`'s words lying in a shingle `b` also has (gaps of one word between such words bridged).
  static func coveredShare(of a: LanguageFingerprint, by b: LanguageFingerprint, rarity: WordRarity) -> Double {
    guard !a.words.isEmpty, !b.words.isEmpty else { return 0 }
    let others = Set(b.shingles)
    let k = min(LanguageFingerprint.shingleWords, a.words.count)
    var covered = [Bool](repeating: false, count: a.words.count)
    for (index, shingle) in a.shingles.enumerated() where others.contains(shingle) {
      for word in index..<min(index + k, covered.count) { covered[word] = true }
    }
    // One word changed inside reused language ("for the operational" / "for operational") stays reused language.
    if covered.count >= 3 {
      for index in 1..<(covered.count - 1) where !covered[index] && covered[index - 1] && covered[index + 1] {
        covered[index] = true
      }
    }
    var total = 0.0
    var shared = 0.0
    for (index, hash) in a.wordHashes.enumerated() {
      let weight = rarity.weight(hash)
      total += weight
      if covered[index] { shared += weight }
    }
    return total > 0 ? min(1, shared / total) : 0
  }

  /// The longest run of words of `a` that `b` also has, as word indexes of `a` (the first of equally long ones);
  /// empty when they share no shingle. With rarity weights, the heaviest run instead: of "of the United Nations Crime
  /// Prevention and Criminal Justice" and "the United Nations Crime Prevention and Criminal Justice Fund", both nine
  /// words, the one with the rare word. Runs start only where a shingle matches, so the work is proportional to the
  /// shared shingles, not to the product of the lengths.
  static func longestRun(_ a: LanguageFingerprint, _ b: LanguageFingerprint, rarity: WordRarity = .uniform) -> Range<Int> {
    let k = LanguageFingerprint.shingleWords
    guard a.words.count >= k, b.words.count >= k else {
      return a.wordHashes == b.wordHashes ? 0..<a.words.count : 0..<0
    }
    var positions: [UInt64: [Int]] = [:]
    for (index, shingle) in b.shingles.enumerated() { positions[shingle, default: []].append(index) }
    var best = 0..<0
    var bestWeight = 0.0
    for (i, shingle) in a.shingles.enumerated() {
      guard let starts = positions[shingle] else { continue }
      for j in starts {
        // Only maximal runs: one that extends to the left was measured from its real start.
        if i > 0, j > 0, a.wordHashes[i - 1] == b.wordHashes[j - 1] { continue }
        var length = 0
        var weight = 0.0
        while i + length < a.wordHashes.count, j + length < b.wordHashes.count,
          a.wordHashes[i + length] == b.wordHashes[j + length]
        {
          weight += rarity.weight(a.wordHashes[i + length])
          length += 1
        }
        if weight > bestWeight || (weight == bestWeight && length > best.count) {
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
