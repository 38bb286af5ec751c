/// What a printed page repeats around the text: job numbers (`24-23107 (E)`), barcodes (`*2423107*`), page numbers
/// beside them (`2/4`), and running heads that repeat the document's symbol (`A/RES/78/215   Title`). PDF text layers
/// keep them in the middle of paragraphs; they are taken out before paragraphs are found, so a paragraph broken by a
/// page joins up again. The plain text keeps them.
enum PageFurniture {
  static func removing(from lines: [CleanLine]) -> [CleanLine] {
    // A page number alone (`2/4`) is furniture only in a printed layout, one that has job numbers.
    let printed = lines.contains { !$0.text.isEmpty && isPrintFurniture($0.text) }
    // The document's own symbol, from its first mention: running heads repeat it.
    var ownSymbol: [UInt8]?
    var textLines = 0
    // The lines dropped, by index: most files have none, and then the lines are returned as they are, not copied.
    var dropped: [Int] = []
    for index in lines.indices {
      let text = lines[index].text
      guard !text.isEmpty else { continue }
      if isPrintFurniture(text) || printed && isPageNumber(text) {
        dropped.append(index)
        continue
      }
      // The first mention heads the document; later lines that begin or end with it are running heads.
      if let ownSymbol {
        if startsWith(text, ownSymbol) || text.count > ownSymbol.count && endsWith(text, ownSymbol) {
          dropped.append(index)
          continue
        }
      } else if textLines < 30 {
        // Only a symbol in the heading is the document's own; one cited further down is not a running head.
        ownSymbol = resolutionSymbol(in: text)
      }
      textLines += 1
    }
    guard !dropped.isEmpty else { return lines }
    var kept: [CleanLine] = []
    kept.reserveCapacity(lines.count - dropped.count)
    var next = 0
    for index in lines.indices {
      if next < dropped.count, dropped[next] == index {
        next += 1
        continue
      }
      kept.append(lines[index])
    }
    return kept
  }

  /// Running heads that repeat the resolution's title, whole or cut at a word (`Regional disarmament`,
  /// `Necessity of ending the economic, commercial and financial`), alone between blank lines inside the text. Left
  /// in, one opens a paragraph of its own and the real paragraph after it is joined to it, or it is read as words of
  /// the paragraph it interrupts. A section heading that happens to match (right after its numeral) stays.
  static func removingRunningTitles(from lines: [CleanLine], title: [UInt8]) -> [CleanLine] {
    let folded = foldedWords(title)
    guard folded.count >= 2 else { return lines }
    var kept = lines
    var previousText: [UInt8]?
    for index in lines.indices {
      let text = lines[index].text
      guard !text.isEmpty else { continue }
      defer { previousText = text }
      let alone = (index == 0 || lines[index - 1].isBlank) && (index + 1 == lines.count || lines[index + 1].isBlank)
      guard alone, let last = text.last, !ASCII.isTerminal(last),
        previousText.flatMap({ SectionNumeral.parse($0) }) == nil
      else { continue }
      let words = foldedWords(text)
      guard words.count >= 2, words.count <= folded.count, Array(folded.prefix(words.count)) == words else { continue }
      kept[index] = .pageBreak(at: lines[index].number)
    }
    return kept
  }

  /// Lower-case words, punctuation and spacing aside: a running head may drop the title's commas or break its hyphens.
  private static func foldedWords(_ text: [UInt8]) -> [[UInt8]] {
    var words: [[UInt8]] = []
    var current: [UInt8] = []
    for b in text {
      if ASCII.isAlphanumeric(b) || ASCII.isNonASCII(b) {
        current.append(ASCII.lower(b))
      } else if !current.isEmpty {
        words.append(current)
        current = []
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// A line made only of job numbers, barcodes, print dates and page numbers: `24-23107 (E) 121224`, `*2423107*`,
  /// `2/4 24-23107`, `24-23107 3/4`.
  static func isPrintFurniture(_ text: [UInt8]) -> Bool {
    // Asked of every line: text that does not open with a digit is turned away at once.
    guard let first = text.first, ASCII.isDigit(first) else { return false }
    var index = 0
    var sawJobNumber = false
    while index < text.count {
      index = text.skippingSpaces(from: index)
      guard index < text.count else { break }
      if let end = HeaderPieces.jobNumber(in: text, at: index) {
        sawJobNumber = true
        index = end
        continue
      }
      // A page number `2/4` only counts beside a job number (alone, `5/2` is a resolution number).
      let first = text.digitRun(at: index)
      if (1...3).contains(first.count), first.upperBound < text.count, text[first.upperBound] == ASCII.slash {
        let second = text.digitRun(at: first.upperBound + 1)
        if (1...3).contains(second.count), text.isWordEnd(second.upperBound), let page = text.intValue(first),
          let pages = text.intValue(second), page <= pages
        {
          index = second.upperBound
          continue
        }
      }
      return false
    }
    return sawJobNumber
  }

  /// `2/4`, `Page 2 of 4`, `- 2 -`: a page's number alone on its line.
  static func isPageNumber(_ text: [UInt8]) -> Bool {
    let string = text.string
    let parts = string.split(separator: "/")
    if parts.count == 2, let page = Int(parts[0]), let pages = Int(parts[1]), parts.allSatisfy({ $0.count <= 3 }) {
      return page >= 1 && page <= pages
    }
    let words = string.split(separator: " ")
    if words.count == 4, words[0].lowercased() == "page", words[2] == "of", Int(words[1]) != nil, Int(words[3]) != nil {
      return true
    }
    return words.count == 3 && words[0] == "-" && words[2] == "-" && Int(words[1]) != nil
  }

  private static let unitedNations = Array("United Nations ".utf8)
  private static let res = Array("/RES/".utf8)

  /// The resolution symbol a line begins with (`A/RES/78/215`, `S/RES/2334 (2016)`), after `United Nations`.
  private static func resolutionSymbol(in text: [UInt8]) -> [UInt8]? {
    var start = 0
    if text.hasPrefix(unitedNations) { start = unitedNations.count }
    // Cheap test first: a resolution symbol has `/RES/` near its start.
    guard start < text.count, ASCII.isUpper(text[start]),
      (start..<min(text.count, start + 14)).contains(where: { text.hasPrefix(res, at: $0) })
    else { return nil }
    guard let (symbol, _) = HeaderPieces.symbol(in: text, at: start), ResolutionID(symbol) != nil else { return nil }
    return Array(symbol.utf8)
  }

  private static func startsWith(_ text: [UInt8], _ prefix: [UInt8]) -> Bool {
    var start = 0
    if text.hasPrefix(unitedNations) { start = unitedNations.count }
    return text.hasPrefix(prefix, at: start) && text.isWordEnd(start + prefix.count)
  }

  private static func endsWith(_ text: [UInt8], _ suffix: [UInt8]) -> Bool {
    text.count >= suffix.count && Array(text[(text.count - suffix.count)...]) == suffix
      && text[text.count - suffix.count - 1] == ASCII.space
  }
}
