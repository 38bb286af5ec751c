/// The leading verb phrases of resolution paragraphs: participles for the preamble (`Recalling also`), third-person
/// verbs for operative paragraphs (`Calls upon`). Recognised from the words alone, so emphasis in the source never
/// changes the result.
///
/// Asked of every paragraph and of every `, Capital` in a preamble: words are read as byte ranges and looked up as
/// `WordKey`s, so no `String` is made until a phrase is returned.
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

  /// Words an expression's object may not end on (`Expresses its`): a determiner or adjective without its noun.
  private static let bareDeterminers: Set<String> = [
    "its", "their", "his", "her", "deep", "grave", "serious", "sincere", "full", "strong", "firm", "profound", "deepest",
    "warm", "great", "once", "again",
  ]

  /// Participles after `Having` that do not end in -ed or -en.
  private static let irregularParticiples: Set<String> = ["heard", "read", "met", "held", "taken", "seen", "undertaken"]

  /// Trailing qualifiers that belong to the verb phrase (`Reaffirms also`, `Noting with appreciation`).
  private static let trailing: [[String]] = [
    ["also", "with", "appreciation"], ["also", "with", "satisfaction"], ["also", "with", "concern"],
    ["with", "deep", "appreciation"], ["with", "great", "appreciation"], ["with", "deep", "concern"],
    ["with", "grave", "concern"], ["with", "serious", "concern"], ["with", "great", "concern"],
    ["with", "great", "satisfaction"], ["with", "appreciation"], ["with", "satisfaction"], ["with", "concern"],
    ["with", "interest"], ["with", "regret"], ["with", "gratitude"], ["with", "alarm"], ["once", "again"],
    ["in", "particular"], ["also"], ["further"], ["again"], ["furthermore"],
  ]

  /// The tables above as keys (built once).
  private enum Keys {
    static let preambularOpeners = WordKeySet(VerbPhrases.preambularOpeners.map(WordKey.init))
    static let leadingAdverbs = WordKeySet(VerbPhrases.leadingAdverbs.map(WordKey.init))
    static let continuations = Dictionary(
      uniqueKeysWithValues: VerbPhrases.continuations.map { (WordKey($0.key), $0.value.map { $0.map(WordKey.init) }) })
    static let expressionObjects = WordKeySet(VerbPhrases.expressionObjects.map(WordKey.init))
    static let bareDeterminers = WordKeySet(VerbPhrases.bareDeterminers.map(WordKey.init))
    static let irregularParticiples = WordKeySet(VerbPhrases.irregularParticiples.map(WordKey.init))
    static let trailing = VerbPhrases.trailing.map { $0.map(WordKey.init) }
    static let inParticular = [WordKey("in"), WordKey("particular")]
    static let alsoAlone = [WordKey("also")]
    static let with = WordKey("with")
    static let once = WordKey("once")
    static let again = WordKey("again")
    static let having = WordKey("having")
    static let expresses = WordKey("expresses")
    static let expressing = WordKey("expressing")
    static let reiterates = WordKey("reiterates")
    static let its = WordKey("its")
    static let adverbsBeforeParticiple = WordKeySet(["also", "further", "deeply", "fully", "gravely", "seriously"])
    static let adjectivesAfterAdverb = WordKeySet(["aware", "mindful", "conscious", "cognizant"])
  }

  private static let ing = Array("ing".utf8)
  private static let ed = Array("ed".utf8)
  private static let en = Array("en".utf8)
  private static let s = Array("s".utf8)
  private static let ss = Array("ss".utf8)
  private static let ous = Array("ous".utf8)

  /// The verb phrase at the start of a paragraph's words, or "" when the paragraph does not open with one.
  static func leadingPhrase(of text: [UInt8], operative: Bool) -> String {
    guard let firstByte = text.first(where: { $0 != ASCII.space }), ASCII.isUpper(firstByte) else { return "" }
    let words = wordRanges(of: text, limit: 8)
    let keys = words.map { WordKey(text, $0) }
    func key(_ position: Int, is table: WordKeySet) -> Bool { keys[position].map(table.contains) ?? false }
    var taken = 0
    // Leading adverbs: `Also`, `Deeply`, `Once again`.
    while taken < keys.count - 1, key(taken, is: Keys.leadingAdverbs) {
      if keys[taken] == Keys.once && keys[taken + 1] != Keys.again { break }
      taken += 1
      if keys[taken - 1] == Keys.once { taken += 1 }
    }
    guard taken < keys.count else { return "" }
    let head = keys[taken]
    guard looksLikeVerb(text, words[taken], key: head, operative: operative) || (taken > 0 && words[taken].count > 3)
    else { return "" }
    taken += 1
    if let head, let options = Keys.continuations[head] {
      for option in options where matches(option, in: keys, at: taken) {
        taken += option.count
        break
      }
    }
    if head == Keys.having, taken < keys.count,
      hasSuffix(text, words[taken], ed) || hasSuffix(text, words[taken], en) || key(taken, is: Keys.irregularParticiples)
    {
      taken += 1
    }
    if head == Keys.expresses || head == Keys.expressing
      || head == Keys.reiterates && taken < keys.count && keys[taken] == Keys.its
    {
      let start = taken
      while taken < keys.count, key(taken, is: Keys.expressionObjects) { taken += 1 }
      // Only keep the object if it ends on a noun (`its appreciation`), not a bare determiner.
      while taken > start, key(taken - 1, is: Keys.bareDeterminers) { taken -= 1 }
    }
    for option in Keys.trailing where matches(option, in: keys, at: taken) {
      // `Calls upon … also` is fine; `Recalling also` too. But do not eat `in particular` unless after a preambular verb.
      if option == Keys.inParticular && operative { continue }
      taken += option.count
      // `Takes note also with appreciation`.
      if option == Keys.alsoAlone,
        let more = Keys.trailing.first(where: { $0.first == Keys.with && matches($0, in: keys, at: taken) })
      {
        taken += more.count
      }
      break
    }
    var phrase: [UInt8] = []
    for range in words[0..<min(taken, words.count)] {
      if !phrase.isEmpty { phrase.append(ASCII.space) }
      phrase.append(contentsOf: text[range])
    }
    return phrase.string
  }

  /// True when the paragraph opens with a preambular opener, for splitting run-together paragraphs.
  static func startsPreambularParagraph(_ text: [UInt8], at index: Int) -> Bool {
    guard index < text.count, ASCII.isUpper(text[index]) else { return false }
    var end = index
    while end < text.count, ASCII.isLetter(text[end]) { end += 1 }
    guard let word = WordKey(text, index..<end), Keys.preambularOpeners.contains(word) else { return false }
    if Keys.adverbsBeforeParticiple.contains(word) {
      // `Also welcoming`: the adverb must be followed by a participle or adjective.
      guard let next = wordRanges(of: text, limit: 1, from: end).first else { return false }
      return hasSuffix(text, next, ing) || hasSuffix(text, next, ed)
        || WordKey(text, next).map(Keys.adjectivesAfterAdverb.contains) == true
    }
    return true
  }

  /// True when a paragraph opening word is an operative verb (`Decides`, `Also requests`).
  static func startsOperativeParagraph(_ text: [UInt8]) -> Bool {
    let words = wordRanges(of: text, limit: 3)
    var index = 0
    while index < words.count - 1, WordKey(text, words[index]).map(Keys.leadingAdverbs.contains) == true { index += 1 }
    guard index < words.count, let first = text.first, ASCII.isUpper(first) else { return false }
    return looksLikeVerb(text, words[index], key: WordKey(text, words[index]), operative: true)
  }

  /// `word` is `text[range]` (letters and hyphens), `key` its key (nil when too long for any table).
  private static func looksLikeVerb(_ text: [UInt8], _ range: Range<Int>, key: WordKey?, operative: Bool) -> Bool {
    guard range.count >= 4 else { return false }
    if operative { return hasSuffix(text, range, s) && !hasSuffix(text, range, ss) && !hasSuffix(text, range, ous) }
    return hasSuffix(text, range, ing) || hasSuffix(text, range, ed) || key.map(Keys.preambularOpeners.contains) == true
  }

  /// Whether the word `text[range]`, lower-cased, ends with `suffix` (lower-case letters).
  private static func hasSuffix(_ text: [UInt8], _ range: Range<Int>, _ suffix: [UInt8]) -> Bool {
    guard range.count >= suffix.count else { return false }
    let start = range.upperBound - suffix.count
    for offset in 0..<suffix.count where ASCII.lower(text[start + offset]) != suffix[offset] { return false }
    return true
  }

  private static func matches(_ option: [WordKey], in keys: [WordKey?], at index: Int) -> Bool {
    guard index + option.count <= keys.count else { return false }
    for (offset, word) in option.enumerated() where keys[index + offset] != word { return false }
    return true
  }

  /// Where the first words of the text are: letters and hyphens, up to `limit` of them, separated by spaces
  /// (punctuation ends a word and stops the scan).
  static func wordRanges(of text: [UInt8], limit: Int, from start: Int = 0) -> [Range<Int>] {
    var words: [Range<Int>] = []
    words.reserveCapacity(min(limit, 8))
    text.withUnsafeBufferPointer { text in
      var index = start
      while index < text.count, words.count < limit {
        while index < text.count, text[index] == ASCII.space { index += 1 }
        let start = index
        while index < text.count, ASCII.isLetter(text[index]) || text[index] == ASCII.hyphen { index += 1 }
        guard index > start else { break }
        words.append(start..<index)
        if index < text.count, text[index] != ASCII.space { break }
      }
    }
    return words
  }

  /// The first words of the text, letters only (punctuation ends a word and stops the scan).
  /// `lowercased` lowers ASCII letters while the words are made (cheaper than `String.lowercased()`, and the words
  /// hold ASCII letters only).
  static func firstWords(of text: [UInt8], limit: Int, from start: Int = 0, lowercased: Bool = false) -> [String] {
    wordRanges(of: text, limit: limit, from: start).map { range in
      var word = Array(text[range])
      if lowercased { for position in word.indices { word[position] = ASCII.lower(word[position]) } }
      return word.string
    }
  }
}
