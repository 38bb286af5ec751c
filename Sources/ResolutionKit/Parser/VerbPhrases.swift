/// The leading verb phrases of resolution paragraphs: participles for the preamble (`Recalling also`), third-person
/// verbs for operative paragraphs (`Calls upon`). Recognised from the words alone, so emphasis in the source never
/// changes the result.
enum VerbPhrases {
  /// Words that open preambular paragraphs. Used to split paragraphs run together on one line (`…justice, Acknowledging`).
  static let preambularOpeners: Set<String> = [
    "acknowledging", "acting", "affirming", "alarmed", "anxious", "appreciating", "approving", "aware", "bearing",
    "believing", "cognizant", "cognisant", "commending", "concerned", "condemning", "confident", "conscious", "considering",
    "contemplating", "convinced", "declaring", "deploring", "desiring", "desirous", "determined", "disturbed", "emphasizing",
    "emphasising", "encouraged", "endorsing", "expressing", "guided", "having", "highlighting", "keeping", "mindful",
    "noting", "observing", "reaffirming", "realizing", "realising", "recalling", "recognizing", "recognising", "referring",
    "regretting", "reiterating", "reminding", "seeking", "stressing", "taking", "underlining", "underscoring", "welcoming",
    "whereas", "wishing", "viewing", "pursuant", "shocked", "gravely", "deeply", "fully", "seriously", "further", "also",
  ]

  /// Adverbs that may come before the verb (`Also invites`, `Deeply concerned`, `Strongly condemns`).
  static let leadingAdverbs: Set<String> = [
    "also", "further", "furthermore", "deeply", "fully", "gravely", "seriously", "strongly", "firmly", "again", "once",
    "urgently", "earnestly", "warmly", "solemnly", "emphatically", "respectfully", "most", "particularly", "especially",
    "equally", "likewise", "finally", "moreover", "additionally", "similarly", "sincerely", "profoundly",
  ]

  /// Multi-word continuations after a head verb, tried longest first.
  private static let continuations: [String: [[String]]] = [
    "calls": [["upon"], ["on"], ["also", "upon"], ["further", "upon"], ["again", "upon"], ["once", "again", "upon"]],
    "calling": [["upon"], ["on"]],
    "takes": [["note"]],
    "taking": [["note"], ["into", "account"], ["into", "consideration"], ["fully", "into", "account"]],
    "take": [["note"]],
    "bearing": [["in", "mind"]],
    "keeping": [["in", "mind"]],
    "having": [],  // `Having considered`: the participle is taken generically below
    "expresses": [],
    "expressing": [],
    "acting": [["under", "chapter"]],
    "pays": [["tribute"]],
    "paying": [["tribute"]],
    "places": [["on", "record"]],
    "draws": [["attention"]],
    "drawing": [["attention"]],
    "lays": [["stress"]],
  ].mapValues { options in options.sorted { $0.count > $1.count } }

  /// What may follow `Expresses`/`Expressing` as part of the verb phrase (`its appreciation`, `deep concern`).
  private static let expressionObjects: Set<String> = [
    "appreciation", "gratitude", "concern", "support", "thanks", "condolences", "sympathy", "solidarity", "hope",
    "conviction", "satisfaction", "regret", "admiration", "confidence", "profound", "deep", "grave", "serious", "sincere",
    "full", "strong", "firm", "deepest", "warm", "great", "its", "their", "his", "her", "once", "again", "also", "further",
  ]

  /// Trailing qualifiers that belong to the verb phrase (`Reaffirms also`, `Noting with appreciation`).
  private static let trailing: [[String]] = [
    ["also", "with", "appreciation"], ["also", "with", "satisfaction"], ["also", "with", "concern"],
    ["with", "deep", "appreciation"], ["with", "great", "appreciation"], ["with", "deep", "concern"],
    ["with", "grave", "concern"], ["with", "serious", "concern"], ["with", "great", "concern"],
    ["with", "great", "satisfaction"], ["with", "appreciation"], ["with", "satisfaction"], ["with", "concern"],
    ["with", "interest"], ["with", "regret"], ["with", "gratitude"], ["with", "alarm"], ["once", "again"],
    ["in", "particular"], ["also"], ["further"], ["again"], ["furthermore"],
  ]

  /// The verb phrase at the start of a paragraph's words, or "" when the paragraph does not open with one.
  static func leadingPhrase(of text: [UInt8], operative: Bool) -> String {
    guard let firstByte = text.first(where: { $0 != ASCII.space }), ASCII.isUpper(firstByte) else { return "" }
    let words = firstWords(of: text, limit: 8)
    var lowered = firstWords(of: text, limit: 8, lowercased: true)
    var taken = 0
    // Leading adverbs: `Also`, `Deeply`, `Once again`.
    while taken < lowered.count - 1, leadingAdverbs.contains(lowered[taken]) {
      if lowered[taken] == "once" && lowered[taken + 1] != "again" { break }
      taken += 1
      if lowered[taken - 1] == "once" { taken += 1 }
    }
    guard taken < lowered.count else { return "" }
    let head = lowered[taken]
    guard looksLikeVerb(head, operative: operative) || (taken > 0 && head.count > 3) else { return "" }
    taken += 1
    if let options = continuations[head] {
      for option in options where matches(option, in: lowered, at: taken) {
        taken += option.count
        break
      }
    }
    if head == "having", taken < lowered.count, lowered[taken].hasSuffix("ed") || lowered[taken].hasSuffix("en")
      || ["heard", "read", "met", "held", "taken", "seen", "undertaken"].contains(lowered[taken])
    {
      taken += 1
    }
    if head == "expresses" || head == "expressing" || head == "reiterates" && taken < lowered.count && lowered[taken] == "its" {
      let start = taken
      while taken < lowered.count, expressionObjects.contains(lowered[taken]) { taken += 1 }
      // Only keep the object if it ends on a noun (`its appreciation`), not a bare determiner.
      while taken > start, ["its", "their", "his", "her", "deep", "grave", "serious", "sincere", "full", "strong", "firm",
        "profound", "deepest", "warm", "great", "once", "again"].contains(lowered[taken - 1])
      {
        taken -= 1
      }
    }
    for option in trailing where matches(option, in: lowered, at: taken) {
      // `Calls upon … also` is fine; `Recalling also` too. But do not eat `in particular` unless after a preambular verb.
      if option == ["in", "particular"] && operative { continue }
      taken += option.count
      // `Takes note also with appreciation`.
      if option == ["also"], let more = trailing.first(where: { $0.first == "with" && matches($0, in: lowered, at: taken) }) {
        taken += more.count
      }
      break
    }
    lowered = []
    return words[0..<min(taken, words.count)].joined(separator: " ")
  }

  /// True when the paragraph opens with a preambular opener, for splitting run-together paragraphs.
  static func startsPreambularParagraph(_ text: [UInt8], at index: Int) -> Bool {
    guard index < text.count, ASCII.isUpper(text[index]) else { return false }
    var end = index
    while end < text.count, ASCII.isLetter(text[end]) { end += 1 }
    let word = Array(text[index..<end]).string.lowercased()
    guard preambularOpeners.contains(word) else { return false }
    if word == "also" || word == "further" || word == "deeply" || word == "fully" || word == "gravely" || word == "seriously" {
      // `Also welcoming`: the adverb must be followed by a participle or adjective.
      let next = firstWords(of: text, limit: 1, from: end, lowercased: true).first ?? ""
      return next.hasSuffix("ing") || next.hasSuffix("ed") || ["aware", "mindful", "conscious", "cognizant"].contains(next)
    }
    return true
  }

  /// True when a paragraph opening word is an operative verb (`Decides`, `Also requests`).
  static func startsOperativeParagraph(_ text: [UInt8]) -> Bool {
    let words = firstWords(of: text, limit: 3, lowercased: true)
    var index = 0
    while index < words.count - 1, leadingAdverbs.contains(words[index]) { index += 1 }
    guard index < words.count, let first = text.first, ASCII.isUpper(first) else { return false }
    return looksLikeVerb(words[index], operative: true)
  }

  private static func looksLikeVerb(_ word: String, operative: Bool) -> Bool {
    guard word.count >= 4 else { return false }
    if operative { return word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("ous") }
    return word.hasSuffix("ing") || word.hasSuffix("ed") || preambularOpeners.contains(word)
  }

  private static func matches(_ option: [String], in words: [String], at index: Int) -> Bool {
    guard index + option.count <= words.count else { return false }
    for (offset, word) in option.enumerated() where words[index + offset] != word { return false }
    return true
  }

  /// The first words of the text, letters only (punctuation ends a word and stops the scan).
  /// `lowercased` lowers ASCII letters while the words are made (cheaper than `String.lowercased()`, and the words
  /// hold ASCII letters only).
  static func firstWords(of text: [UInt8], limit: Int, from start: Int = 0, lowercased: Bool = false) -> [String] {
    var words: [String] = []
    var index = start
    while index < text.count, words.count < limit {
      while index < text.count, text[index] == ASCII.space { index += 1 }
      let start = index
      while index < text.count, ASCII.isLetter(text[index]) || text[index] == ASCII.hyphen { index += 1 }
      guard index > start else { break }
      var word = Array(text[start..<index])
      if lowercased { for position in word.indices { word[position] = ASCII.lower(word[position]) } }
      words.append(String(decoding: word, as: UTF8.self))
      if index < text.count, text[index] != ASCII.space { break }
    }
    return words
  }
}
