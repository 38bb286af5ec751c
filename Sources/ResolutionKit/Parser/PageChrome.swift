/// What a web page puts above a resolution it shows: skip links, search box labels, breadcrumbs, cookie banners, the
/// site's name and the page's own heading. None of it is the resolution's title.
enum PageChrome {
  /// A line that is navigation or a banner by its shape: `Skip to content`, `Search this site:`,
  /// `Home > Documents > Resolutions`, `Home | About | Contact`, `We use cookies …`, a web address.
  static func isChromeLine(_ text: [UInt8]) -> Bool {
    let lowered = text.map(ASCII.lower)
    let words = VerbPhrases.firstWords(of: lowered, limit: 12)
    // A label waiting for input: `Search this site:`, `Search:` (a title never ends with a colon).
    if lowered.last == ASCII.colon, words.count <= 5, words.first.map(labelWords.contains) == true { return true }
    if let first = words.first, words.count <= 6, navigationOpenings.contains(first), !lowered.contains(ASCII.comma) {
      return true
    }
    // Breadcrumbs and menus: short items between `>`, `»`, `|` or `/` separators.
    for separator in breadcrumbSeparators where lowered.count < 160 {
      let parts = split(lowered, on: separator)
      if parts.count >= 3 || parts.count == 2 && separator != Array(" / ".utf8) {
        if parts.allSatisfy({ VerbPhrases.firstWords(of: $0, limit: 8).count <= 6 }) { return true }
      }
    }
    if contains(lowered, "cookie") || contains(lowered, "http://") || contains(lowered, "https://")
      || contains(lowered, "www.") || contains(lowered, "javascript")
    {
      return true
    }
    if lowered.first == 0xC2, lowered.count > 1, lowered[1] == 0xA9 { return true }  // `© United Nations`
    if lowered.starts(with: Array("copyright".utf8)) { return true }
    return false
  }

  /// A short name in title case with no small words (`UN Documents Library`, `Document Sample`): a site's or page's
  /// name, never a resolution's title, which reads as a phrase (`Question of Palestine`).
  static func looksLikeSiteName(_ text: [UInt8]) -> Bool {
    let words = text.split(separator: ASCII.space)
    guard (1...5).contains(words.count) else { return false }
    for word in words {
      guard let first = word.first else { continue }
      if ASCII.isLower(first) { return false }
      if word.contains(where: { $0 == ASCII.comma || $0 == ASCII.period || $0 == ASCII.colon || $0 == ASCII.slash }) {
        return false
      }
    }
    return true
  }

  private static let labelWords: Set<String> = ["search", "find", "keywords", "query", "go", "enter", "type"]
  private static let navigationOpenings: Set<String> = [
    "skip", "jump", "menu", "home", "login", "log", "sign", "print", "share", "email", "download", "back", "top",
    "accept", "close", "toggle", "navigation", "breadcrumb", "you",
  ]
  private static let breadcrumbSeparators = [" > ", " » ", " | ", " / ", " :: "].map { Array($0.utf8) }

  private static func split(_ text: [UInt8], on separator: [UInt8]) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + separator.count <= text.count {
      if text.hasPrefix(separator, at: index) {
        parts.append(Array(text[start..<index]))
        index += separator.count
        start = index
      } else {
        index += 1
      }
    }
    parts.append(Array(text[start...]))
    return parts.filter { !$0.isEmpty }
  }

  private static func contains(_ text: [UInt8], _ word: String) -> Bool {
    let bytes = Array(word.utf8)
    guard text.count >= bytes.count else { return false }
    for index in 0...(text.count - bytes.count) where text.hasPrefix(bytes, at: index) { return true }
    return false
  }
}
