/// What a reuse query reads from a corpus: fingerprint postings, word frequencies, paragraph texts. `LoadedCorpus`
/// answers from memory, the index from its tables. A paragraph is named by a key of the store's choosing whose low
/// `ReuseQuery.ordinalBits` bits are the paragraph's ordinal in `Resolution.searchableParagraphs`.
public protocol ReuseStore {
  /// How many paragraphs (every searchable paragraph: titles and footnotes too) the corpus holds.
  var paragraphCount: Int { get }
  /// How many paragraphs hold the word with this key (`LanguageFingerprint.wordKeys`).
  func documentFrequency(_ wordKey: Int64) -> Int
  /// How many paragraphs hold `fingerprint`, counting no further than `limit`.
  func postingCount(_ fingerprint: Int64, limit: Int) -> Int
  /// The paragraphs holding `fingerprint`, at most `limit` of them (in key order).
  func postings(_ fingerprint: Int64, limit: Int) -> [Int64]
  /// The ref and text of the paragraph `key`.
  func paragraph(_ key: Int64) -> (ref: String, text: String)?
}
