/// United Nations document symbols: `A/55/119`, `A/58/6 (sect. 23)`, `E/CN.15/1996/2/Add.1`, and resolution
/// symbols (`A/RES/55/64`, `S/RES/1325 (2000)`), which are citations of resolutions.
extension CitationScanner {
  /// Symbol prefixes of resolutions, longest first: `Body.symbolPrefix`, the one place symbols are defined.
  private static let resolutionSymbolPrefixes: [(bytes: [UInt8], body: Body)] = Body.allCases
    .compactMap { body in body.symbolPrefix.map { (Array($0.utf8), body) } }
    .sorted { $0.0.count > $1.0.count }

  /// Parenthesised parts of a document that belong to the symbol:
  /// `(sect. 23)`, `(Part I)`, `(Vol. II)`, `(Suppl. No. 6)`.
  private static let documentParts = Pinpoint.Part.documentPartWords.map { Array($0.utf8) }

  mutating func scanDocumentSymbol(at index: Int) -> Int? {
    // A symbol does not continue a path or a number (`and/or`, `1992/22`).
    if let before = text[index - 1], before == UInt8(ascii: "/") || before == UInt8(ascii: ".") { return nil }
    // Most capitalised words are not symbols: look for the slash after the first letters before anything else.
    var end = index
    while let byte = text[end], CitationBytes.isUpper(byte) { end += 1 }
    guard end > index, end - index <= 6, text[end] == UInt8(ascii: "/") else { return nil }
    for (prefix, body) in Self.resolutionSymbolPrefixes where text.has(prefix, at: index) {
      guard let number = resolutionNumber(at: index + prefix.count, afterSymbolPrefix: true) else { return nil }
      add(index..<number.end, target: .resolution(ResolutionID(body: body, number: number.text)), kind: .resolution)
      return number.end
    }
    // Segments of letters, digits, dots and dashes, separated by slashes; at least one carries a digit.
    var hasDigit = false
    while text[end] == UInt8(ascii: "/"), let next = text[end + 1], CitationBytes.isWordByte(next), next < 0x80 {
      end += 1
      while let byte = text[end], byte < 0x80,
        CitationBytes.isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
      {
        hasDigit = hasDigit || CitationBytes.isDigit(byte)
        end += 1
      }
    }
    // The full stop that ends a footnote is not part of the symbol.
    while let last = text[end - 1], last == UInt8(ascii: ".") || last == UInt8(ascii: "-") { end -= 1 }
    guard hasDigit, text.isWordEnd(end) || text[end] == UInt8(ascii: ".") else { return nil }
    let symbol = text.string(index..<end)
    var pinpoint: Pinpoint?
    var citationEnd = end
    if text[end] == 0x20, text[end + 1] == UInt8(ascii: "("),
      Self.documentParts.contains(where: { text.has($0, at: end + 2) })
    {
      var close = end + 2
      while let byte = text[close], byte != UInt8(ascii: ")"), close - end < 40 { close += 1 }
      if text[close] == UInt8(ascii: ")") {
        pinpoint = Pinpoint([.documentPart(text.string((end + 2)..<close))])
        citationEnd = close + 1
      }
    }
    add(index..<citationEnd, target: .document(symbol: symbol), kind: .document, pinpoint: pinpoint)
    return citationEnd
  }
}
