#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An inverted index of title words with rarity weights: finds the texts whose titles resemble a given one without
/// reading every title.
///
/// A text is the title of a present resolution or the subject the citing texts give an absent one. Each word weighs its
/// inverse document frequency over the N texts that have words, `log((N + 1) / df)`, so a word every title shares weighs almost nothing;
/// similarity is the cosine of the weighted word sets, from 0 (no word in common) to 1 (the same words).
struct TitleWordIndex: Sendable {
  /// Each text's words, as word numbers sorted ascending (for merging).
  private var wordsByText: [[Int32]] = []
  /// The length of each text's weight vector (0 for a text without words).
  private var norms: [Double] = []
  /// For each word number, the texts holding it, ascending.
  private var postings: [[Int32]] = []
  private var weights: [Double] = []
  private var numbers: [String: Int32] = [:]

  /// Indexes `texts` (nil for a text nothing is known of); text `i` is answered as `i`.
  init(_ texts: [String?]) {
    wordsByText.reserveCapacity(texts.count)
    for (index, text) in texts.enumerated() {
      var words: [Int32] = []
      for word in text.map(TitleWords.words) ?? [] {
        let number: Int32
        if let known = numbers[word] {
          number = known
        } else {
          number = Int32(postings.count)
          numbers[word] = number
          postings.append([])
        }
        words.append(number)
        postings[Int(number)].append(Int32(index))
      }
      words.sort()
      wordsByText.append(words)
    }
    // Only texts with words count: an absent resolution nothing is known of says nothing about a word's rarity.
    let count = Double(wordsByText.count { !$0.isEmpty })
    weights = postings.map { log((count + 1) / Double($0.count)) }
    norms = wordsByText.map { words in words.reduce(0.0) { $0 + weights[Int($1)] * weights[Int($1)] }.squareRoot() }
  }

  /// True when text `index` has at least one content word.
  func hasWords(_ index: Int) -> Bool { !wordsByText[index].isEmpty }

  /// The weighted similarity of two indexed texts, 0...1.
  func similarity(_ left: Int, _ right: Int) -> Double {
    let denominator = norms[left] * norms[right]
    guard denominator > 0 else { return 0 }
    let a = wordsByText[left], b = wordsByText[right]
    var i = 0, j = 0, shared = 0.0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        shared += weights[Int(a[i])] * weights[Int(a[i])]
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return min(1, shared / denominator)
  }

  /// Every other text whose similarity to text `index` is at least `threshold`, with that similarity.
  ///
  /// Only the postings of the rarer words are read: a text sharing none of them shares at most the common words, whose
  /// weight together is too small to reach the threshold (cosine ≤ √(shared weight) / norm), so the long postings of
  /// the words every title uses are never walked.
  func similar(to index: Int, atLeast threshold: Double) -> [(text: Int, similarity: Double)] {
    let norm = norms[index]
    guard norm > 0, threshold > 0 else { return [] }
    let words = wordsByText[index].sorted { weights[Int($0)] > weights[Int($1)] }
    let needed = threshold * threshold * norm * norm
    var remaining = norm * norm
    var candidates: Set<Int32> = []
    for word in words {
      // What the words not yet read could give a text found only through them.
      if remaining < needed { break }
      candidates.formUnion(postings[Int(word)])
      remaining -= weights[Int(word)] * weights[Int(word)]
    }
    candidates.remove(Int32(index))
    var found: [(text: Int, similarity: Double)] = []
    for candidate in candidates {
      let similarity = similarity(index, Int(candidate))
      if similarity >= threshold { found.append((Int(candidate), similarity)) }
    }
    return found
  }
}
