/// The early Security Council form where the organ's name opens the operative sentence itself: `The Security Council
/// calls upon the Governments …`, with no comma and no paragraph of its own for the formula.
enum FormulaWithVerb {
  /// True when, after a body's name ending at `end`, the line goes on with a third-person verb (`calls`, `decides`).
  static func follows(_ text: [UInt8], at end: Int) -> Bool {
    guard end < text.count, text[end] == ASCII.space else { return false }
    let words = VerbPhrases.firstWords(of: text, limit: 1, from: end)
    guard let word = words.first, let first = word.utf8.first, ASCII.isLower(first), word.count >= 4 else {
      return false
    }
    return word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("ous")
  }
}
