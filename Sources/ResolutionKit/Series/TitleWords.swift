/// The words of a title or subject that can tell one subject from another: lower-cased, numbers and punctuation
/// dropped, stop words left out, plurals folded (`services` → `service`, `activities` → `activity`).
///
/// Words shared by every title of a field ("crime prevention and criminal justice") are not stop words: they are left
/// to the rarity weights of `TitleWordIndex`, which bring them close to nothing in such a corpus.
enum TitleWords {
  /// The distinct content words of `text`, in order of first appearance.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var seen: Set<String> = []
    var current = String.UnicodeScalarView()
    func flush() {
      defer { current = String.UnicodeScalarView() }
      guard current.count > 1 else { return }
      let word = folded(String(current))
      if !stopWords.contains(word), seen.insert(word).inserted { words.append(word) }
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value >= 0x61 && value <= 0x7A {
        current.append(scalar)
      } else if value >= 0x41 && value <= 0x5A {
        current.append(Unicode.Scalar(value + 0x20)!)
      } else if value >= 0x80 && scalar.properties.isAlphabetic {
        current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else if (value == 0x27 || value == 0x2019) && !current.isEmpty {
        // `Women's` is one word, `women`, not `women` and `s`.
        flush()
        current.append("'")
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// Plural folded to singular, so that yearly texts that say `service` one year and `services` the next still agree.
  static func folded(_ word: String) -> String {
    if word.hasPrefix("'") { return "" }
    let count = word.utf8.count
    if count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
    if count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
      return String(word.dropLast())
    }
    return word
  }

  /// Function words and the words any resolution title may use about itself; never evidence of a shared subject.
  static let stopWords: Set<String> = [
    "", "a", "an", "the", "of", "and", "or", "nor", "in", "on", "for", "to", "its", "it", "their", "his", "her", "with",
    "by", "at", "from", "as", "into", "under", "upon", "within", "between", "among", "concerning", "regarding",
    "relating", "related", "particular", "particularly", "including", "such", "other", "all", "any", "this", "that",
    "these", "those", "which", "be", "is", "are", "was", "were", "no", "not", "also", "further", "well",
    "resolution", "decision", "general", "assembly",
  ]
}
