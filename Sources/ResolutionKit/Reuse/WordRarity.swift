#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How rare each word of a paragraph is in the corpus, as a weight in `floor...1`: words in most paragraphs ("the",
/// "United", "Nations", "crime") weigh little, words in few paragraphs weigh 1. Rarity only discounts ubiquitous
/// words; it never makes a rare word count more than a word of plain coverage would.
public struct WordRarity: Sendable {
  /// The weight of a word found in every paragraph.
  static let floor = 0.1
  /// The inverse document frequency (natural log) at and above which a word weighs 1: a word in about 1 paragraph in
  /// 20 or fewer.
  static let fullWeightIDF = 3.0

  private let weights: [UInt64: Double]

  /// Every word weighs 1: plain, rarity-free coverage.
  public static let uniform = WordRarity(weights: [:], uniform: true)

  private let isUniform: Bool

  private init(weights: [UInt64: Double], uniform: Bool) {
    self.weights = weights
    isUniform = uniform
  }

  /// Weights for the words of a paragraph (`wordKeys`), from the number of paragraphs of the corpus
  /// (`paragraphCount`) and the number holding each word (`documentFrequency`).
  public init(wordKeys: Set<Int64>, paragraphCount: Int, documentFrequency: (Int64) -> Int) {
    var weights: [UInt64: Double] = [:]
    for key in wordKeys {
      weights[UInt64(bitPattern: key)] = Self.weight(frequency: documentFrequency(key), paragraphs: paragraphCount)
    }
    self.init(weights: weights, uniform: false)
  }

  static func weight(frequency: Int, paragraphs: Int) -> Double {
    min(1, max(floor, inverseFrequency(frequency, of: paragraphs) / fullWeightIDF))
  }

  /// ln((paragraphs + 1) / (frequency + 0.5)), never negative.
  static func inverseFrequency(_ frequency: Int, of paragraphs: Int) -> Double {
    max(0, log(Double(paragraphs + 1) / (Double(max(0, frequency)) + 0.5)))
  }

  /// The weight of the word with this hash (1 for a word not weighed).
  func weight(_ hash: UInt64) -> Double { isUniform ? 1 : weights[hash] ?? 1 }
}
