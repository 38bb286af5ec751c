/// The word-level difference between two paragraph texts: the old text's words in order, each kept or deleted, with
/// the new text's inserted words placed where they go.
///
/// Words are runs of non-space characters with their punctuation attached, so spacing and line breaks never count
/// as changes while a changed comma or capital does. The runs come from a longest common subsequence of the two
/// word sequences (Myers' algorithm, linear space), so a 2,000-word paragraph compares quickly. Where words are
/// replaced, the deleted run comes before the inserted one, as `wdiff` prints them.
///
/// The standard library's `CollectionDifference` is Myers' algorithm too and finds common subsequences of the same
/// length, but it keeps every step's frontier (quadratic memory) and ran 4-5 times slower on long, very different
/// paragraphs (`scripts/bench/lcs.sh`), where the aligner compares many candidate pairs; so the linear-space one stays.
public struct WordDiff: Hashable, Sendable {
  /// What happened to a run of words.
  public enum Operation: Hashable, Sendable {
    /// In both texts.
    case equal
    /// Only in the new text.
    case inserted
    /// Only in the old text.
    case deleted
  }

  /// Consecutive words with the same operation.
  public struct Run: Hashable, Sendable {
    public var operation: Operation
    /// The run's words joined by single spaces.
    public var text: String

    public init(operation: Operation, text: String) {
      self.operation = operation
      self.text = text
    }
  }

  /// The runs in reading order; never two adjacent runs with the same operation, never an empty run.
  public var runs: [Run]

  /// Number of words the two texts share, and the word counts of each (for `similarity`).
  private var equalWords: Int
  private var oldWords: Int
  private var newWords: Int

  /// Compares `old` with `new` word by word.
  public init(old: String, new: String) {
    let oldTokens = WordTokens.split(old), newTokens = WordTokens.split(new)
    var numbering = WordNumbering()
    self.init(old: oldTokens, numbered: numbering.numbers(oldTokens), new: newTokens, numbered: numbering.numbers(newTokens))
  }

  /// Compares words already split and numbered (one numbering for both sides), as the paragraph aligner has them.
  init(old oldTokens: [Substring], numbered oldNumbers: [Int], new newTokens: [Substring], numbered newNumbers: [Int]) {
    let matches = CommonSubsequence.matches(oldNumbers, newNumbers)

    var builder = RunBuilder()
    var oldNext = 0, newNext = 0
    for match in matches + [.init(oldIndex: oldTokens.count, newIndex: newTokens.count)] {
      for index in oldNext..<match.oldIndex { builder.add(.deleted, oldTokens[index]) }
      for index in newNext..<match.newIndex { builder.add(.inserted, newTokens[index]) }
      if match.oldIndex < oldTokens.count { builder.add(.equal, oldTokens[match.oldIndex]) }
      oldNext = match.oldIndex + 1
      newNext = match.newIndex + 1
    }
    runs = builder.finish()
    equalWords = matches.count
    oldWords = oldTokens.count
    newWords = newTokens.count
  }

  /// A difference in which every word of `text` has the same operation (a paragraph added or dropped whole).
  init(all operation: Operation, _ text: String) {
    let words = WordTokens.split(text)
    runs = words.isEmpty ? [] : [Run(operation: operation, text: words.joined(separator: " "))]
    equalWords = operation == .equal ? words.count : 0
    oldWords = operation == .inserted ? 0 : words.count
    newWords = operation == .deleted ? 0 : words.count
  }

  /// True when some word was inserted or deleted.
  public var hasChanges: Bool { runs.contains { $0.operation != .equal } }

  /// `2 × shared words / (old words + new words)`: 1 for identical word sequences (and for two empty texts), 0 when
  /// no word is shared.
  public var similarity: Double {
    let total = oldWords + newWords
    return total == 0 ? 1 : Double(2 * equalWords) / Double(total)
  }

  /// Collects words into runs, merging neighbours with the same operation.
  private struct RunBuilder {
    private var runs: [Run] = []
    private var operation: Operation?
    private var words: [Substring] = []

    mutating func add(_ next: Operation, _ word: Substring) {
      if next != operation { flush() }
      operation = next
      words.append(word)
    }

    mutating func finish() -> [Run] {
      flush()
      return runs
    }

    private mutating func flush() {
      if let operation, !words.isEmpty { runs.append(Run(operation: operation, text: words.joined(separator: " "))) }
      words.removeAll(keepingCapacity: true)
    }
  }
}
