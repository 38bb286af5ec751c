/// What a printed page repeats around the text: job numbers (`24-23107 (E)`), barcodes (`*2423107*`), page numbers
/// beside them (`2/4`), and running heads that repeat the document's symbol (`A/RES/78/215   Title`). PDF text layers
/// keep them in the middle of paragraphs; they are taken out before paragraphs are found, so a paragraph broken by a
/// page joins up again. The plain text keeps them.
enum PageFurniture {
  static func removing(from lines: [CleanLine]) -> [CleanLine] {
    // A page number alone (`2/4`) is furniture only in a printed layout, one that has job numbers.
    let printed = lines.contains { !$0.text.isEmpty && isPrintFurniture($0.text) }
    var symbols: [[UInt8]] = []
    var kept: [CleanLine] = []
    kept.reserveCapacity(lines.count)
    for line in lines {
      let text = line.text
      guard !text.isEmpty else {
        kept.append(line)
        continue
      }
      if isPrintFurniture(text) || printed && isPageNumber(text) { continue }
      if let symbol = resolutionSymbol(in: text) {
        // The first mention heads the document; later lines that begin or end with it are running heads.
        if symbols.contains(symbol) { continue }
        symbols.append(symbol)
      } else if symbols.contains(where: { text.count > $0.count && endsWith(text, $0) }) {
        continue
      }
      kept.append(line)
    }
    return kept
  }

  /// A line made only of job numbers, barcodes, print dates and page numbers: `24-23107 (E) 121224`, `*2423107*`,
  /// `2/4 24-23107`, `24-23107 3/4`.
  static func isPrintFurniture(_ text: [UInt8]) -> Bool {
    var index = 0
    var sawJobNumber = false
    while index < text.count {
      index = text.skippingSpaces(from: index)
      guard index < text.count else { break }
      if let (piece, end) = HeaderPieces.piece(in: text, at: index), piece == .jobNumber {
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

  /// The resolution symbol a line begins with (`A/RES/78/215`, `S/RES/2334 (2016)`), after `United Nations`.
  private static func resolutionSymbol(in text: [UInt8]) -> [UInt8]? {
    var start = 0
    let unitedNations = Array("United Nations ".utf8)
    if text.hasPrefix(unitedNations) { start = unitedNations.count }
    guard let (piece, _) = HeaderPieces.piece(in: text, at: start), case .symbol(let symbol) = piece,
      ResolutionID(symbol) != nil
    else { return nil }
    return Array(symbol.utf8)
  }

  private static func endsWith(_ text: [UInt8], _ suffix: [UInt8]) -> Bool {
    text.count >= suffix.count && Array(text[(text.count - suffix.count)...]) == suffix
      && text[text.count - suffix.count - 1] == ASCII.space
  }
}
