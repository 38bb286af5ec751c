/// Finds the citations in a resolution's text: other resolutions, document symbols, its own paragraphs and itself.
///
/// The body of a citation that names none is decided by its antecedent, else by `adoptingBody`; `ownNumber` keeps the
/// resolution's own number in its title from counting as a citation.
public struct CitationExtractor: Sendable {
  public var adoptingBody: Body?
  public var ownNumber: String?

  public init(adoptingBody: Body?, ownNumber: String?) {
    self.adoptingBody = adoptingBody
    self.ownNumber = ownNumber
  }

  /// The citations in one paragraph's text, in reading order. `ref` and `line` are copied into each citation, and
  /// `range` is the UTF-8 byte range of the cited words in `text`.
  public func citations(in text: String, ref: ParagraphRef, line: Int) -> [Citation] {
    citations(in: text, ref: ref, line: line, ibid: nil)
  }

  func citations(in text: String, ref: ParagraphRef, line: Int, ibid: CitationScanner.IbidTarget?) -> [Citation] {
    var scanner = CitationScanner(
      text: text, ref: ref, line: line, adoptingBody: adoptingBody, ownNumber: ownNumber, ibid: ibid)
    return scanner.scan()
  }

  /// Every citation in the resolution: title, preamble, operative paragraphs and subparagraphs, annexes, then footnote
  /// texts.
  /// `Ibid.` in a footnote takes the target of the footnote before it, in footnote order.
  public func citations(in resolution: Resolution) -> [Citation] {
    var found: [Citation] = []
    for (index, node) in resolution.textNodes.enumerated() {
      // Cancelled work stops here with what it found; the caller drops it (`WorkCancellation`).
      if WorkCancellation.shouldStop(at: index) { return found }
      // Footnotes come last, in their own order, for `Ibid.`.
      guard node.kind != .footnote else { continue }
      found += citations(in: node.text, ref: node.paragraphRef, line: node.line ?? 1)
    }
    var previous: CitationScanner.IbidTarget?
    for (index, footnote) in Self.inFootnoteOrder(resolution.footnoteTexts).enumerated() {
      if WorkCancellation.shouldStop(at: index) { return found }
      let inFootnote = citations(in: footnote.text, ref: footnote.paragraphRef, line: footnote.line, ibid: previous)
      found += inFootnote
      // A footnote that cites nothing we know (a publication) leaves `Ibid.` after it without a target.
      previous = inFootnote.last(where: { [.resolution, .document, .decision].contains($0.kind) }).flatMap { citation in
        citation.target.map { CitationScanner.IbidTarget(target: $0, kind: citation.kind) }
      }
    }
    return found
  }

  /// Footnotes by number when every marker is a number (files sometimes print them out of order), else file order.
  static func inFootnoteOrder(_ footnotes: [FootnoteText]) -> [FootnoteText] {
    let numbers = footnotes.map { Int($0.marker) }
    guard numbers.allSatisfy({ $0 != nil }) else { return footnotes }
    return footnotes.enumerated().sorted { (numbers[$0.offset]!, $0.offset) < (numbers[$1.offset]!, $1.offset) }
      .map(\.element)
  }
}
