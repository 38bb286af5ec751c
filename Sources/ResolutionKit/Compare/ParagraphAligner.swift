/// Aligns the units of one part (preamble or operative) of two resolutions. See `ResolutionComparison` for the rules.
struct ParagraphAligner {
  /// The word-bigram Dice coefficient two different texts need to be paired: at 0.5 at least half their word pairs
  /// (counting the start and end of the text) are shared, which a light edit keeps and a rewrite does not.
  static let pairingThreshold = 0.5

  let old: [ComparedParagraph]
  let new: [ComparedParagraph]

  /// A pairing of old unit `old` with new unit `new`.
  struct Pair: Hashable {
    var old: Int
    var new: Int
  }

  /// The rows: the new text's order, each dropped paragraph after the row of the old paragraph before it.
  func align() -> [AlignedParagraph] {
    var numbering = WordNumbering()
    let oldTokens = old.map { WordTokens.split($0.text) }, newTokens = new.map { WordTokens.split($0.text) }
    let oldWords = oldTokens.map { numbering.numbers($0) }, newWords = newTokens.map { numbering.numbers($0) }

    var pairs = Self.exactPairs(oldWords, newWords)
    let identical = Set(pairs)
    pairs += Self.similarPairs(oldWords, newWords, excluding: pairs)

    // Pairs whose old order agrees with the new order are the backbone; the others moved.
    pairs.sort { $0.new < $1.new }
    let inOrder = Set(IncreasingSubsequence.positions(in: pairs.map(\.old)).map { pairs[$0] })

    var oldPartner = Array(repeating: -1, count: old.count)
    var newPartner = Array(repeating: -1, count: new.count)
    for pair in pairs {
      oldPartner[pair.old] = pair.new
      newPartner[pair.new] = pair.old
    }

    // Dropped units go after the row of the nearest earlier old unit that has a partner (in old order, so a run
    // of dropped units keeps its order); those before any paired unit open the part.
    var droppedAfter: [Int: [Int]] = [:]  // new index (or -1 for the start) -> dropped old indices
    var anchor = -1
    for index in old.indices {
      if oldPartner[index] >= 0 {
        anchor = oldPartner[index]
      } else {
        droppedAfter[anchor, default: []].append(index)
      }
    }

    var rows: [AlignedParagraph] = []
    rows.reserveCapacity(old.count + new.count)
    func appendDropped(after anchor: Int) {
      for index in droppedAfter[anchor] ?? [] {
        rows.append(AlignedParagraph(change: .dropped, old: old[index], new: nil, words: WordDiff(all: .deleted, old[index].text)))
      }
    }
    appendDropped(after: -1)
    for index in new.indices {
      let partner = newPartner[index]
      if partner < 0 {
        rows.append(AlignedParagraph(change: .added, old: nil, new: new[index], words: WordDiff(all: .inserted, new[index].text)))
      } else {
        let pair = Pair(old: partner, new: index)
        let same = identical.contains(pair)
        let change: ParagraphChange = !inOrder.contains(pair) ? .moved : same ? .unchanged : .changed
        // Identical word sequences need no search: the whole text is one equal run.
        let words =
          same
          ? WordDiff(all: .equal, new[index].text)
          : WordDiff(old: oldTokens[partner], numbered: oldWords[partner], new: newTokens[index], numbered: newWords[index])
        rows.append(AlignedParagraph(change: change, old: old[partner], new: new[index], words: words))
      }
      appendDropped(after: index)
    }
    return rows
  }

  /// Units with the same words pair first, in order, so repeated paragraphs pair up in sequence.
  static func exactPairs(_ oldWords: [[Int]], _ newWords: [[Int]]) -> [Pair] {
    var waiting: [[Int]: [Int]] = [:]  // words -> new indices not yet paired, latest first
    for index in newWords.indices.reversed() { waiting[newWords[index], default: []].append(index) }
    var pairs: [Pair] = []
    for (index, words) in oldWords.enumerated() {
      guard let partner = waiting[words]?.popLast() else { continue }
      pairs.append(Pair(old: index, new: partner))
    }
    return pairs
  }

  /// The remaining units pair by word-bigram Dice, best first, each unit at most once.
  ///
  /// A bigram measure over sorted keys costs one merge per pair of units, so every pair can be scored without
  /// running a word diff (which is computed only for the pairs chosen); pairs whose sizes alone rule out the
  /// threshold are not even merged.
  static func similarPairs(_ oldWords: [[Int]], _ newWords: [[Int]], excluding taken: [Pair]) -> [Pair] {
    let oldTaken = Set(taken.map(\.old)), newTaken = Set(taken.map(\.new))
    let oldFree = oldWords.indices.filter { !oldTaken.contains($0) }
    let newFree = newWords.indices.filter { !newTaken.contains($0) }
    guard !oldFree.isEmpty, !newFree.isEmpty else { return [] }
    var oldBigrams: [Int: [UInt64]] = [:]
    for index in oldFree { oldBigrams[index] = bigrams(oldWords[index]) }
    let newBigrams = newFree.map { bigrams(newWords[$0]) }

    struct Candidate {
      var pair: Pair
      var score: Double
      /// How far the pair is from its own position, to break ties.
      var distance: Int
    }
    var candidates: [Candidate] = []
    for oldIndex in oldFree {
      let left = oldBigrams[oldIndex]!
      for (slot, newIndex) in newFree.enumerated() {
        let right = newBigrams[slot]
        let total = left.count + right.count
        // Dice can be at most 2·min/total; skip the merge when even that falls short.
        guard Double(2 * min(left.count, right.count)) >= pairingThreshold * Double(total) else { continue }
        let score = Double(2 * sharedCount(left, right)) / Double(total)
        if score >= pairingThreshold {
          let distance = oldIndex > newIndex ? oldIndex - newIndex : newIndex - oldIndex
          candidates.append(Candidate(pair: Pair(old: oldIndex, new: newIndex), score: score, distance: distance))
        }
      }
    }
    // Best score first; among equals, the pair closest to its own position, then reading order: deterministic.
    candidates.sort {
      if $0.score != $1.score { return $0.score > $1.score }
      if $0.distance != $1.distance { return $0.distance < $1.distance }
      return $0.pair.new != $1.pair.new ? $0.pair.new < $1.pair.new : $0.pair.old < $1.pair.old
    }
    var oldUsed = Set<Int>(), newUsed = Set<Int>()
    var pairs: [Pair] = []
    for candidate in candidates where !oldUsed.contains(candidate.pair.old) && !newUsed.contains(candidate.pair.new) {
      oldUsed.insert(candidate.pair.old)
      newUsed.insert(candidate.pair.new)
      pairs.append(candidate.pair)
    }
    return pairs
  }

  /// The sorted adjacent word pairs of a text, with its start and end as word 0, so a short text still has some.
  static func bigrams(_ words: [Int]) -> [UInt64] {
    var keys: [UInt64] = []
    keys.reserveCapacity(words.count + 1)
    var previous = 0
    for word in words + [0] {
      keys.append(UInt64(previous) << 32 | UInt64(word))
      previous = word
    }
    keys.sort()
    return keys
  }

  /// Size of the multiset intersection of two sorted arrays.
  static func sharedCount(_ left: [UInt64], _ right: [UInt64]) -> Int {
    // Buffer pointers: this runs once per pair of units, the alignment's innermost loop.
    left.withUnsafeBufferPointer { left in
      right.withUnsafeBufferPointer { right in
        var i = 0, j = 0, shared = 0
        while i < left.count, j < right.count {
          let l = left[i], r = right[j]
          if l == r {
            shared += 1
            i += 1
            j += 1
          } else if l < r {
            i += 1
          } else {
            j += 1
          }
        }
        return shared
      }
    }
  }
}
