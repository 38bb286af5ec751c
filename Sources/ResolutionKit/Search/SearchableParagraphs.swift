/// One unit of text a search can land on.
public struct SearchableParagraph: Hashable, Sendable {
  /// `title`, `PP3`, `IV.3(h)`, `fn2`, or `text` for a file kept as plain text.
  public var ref: String
  public var text: String
  /// Reuse detection looks at it (`ReuseQuery.isReusable`): decided from the typed ref the paragraph was made from, so
  /// an index build does not parse every ref again.
  public var isReusable: Bool

  /// The ref of the one paragraph of a file the parser could not structure: no `ParagraphRef`.
  public static let plainTextRef = "text"
}

extension Resolution {
  /// Every paragraph a search can find, in reading order: the title, the preamble, operative paragraphs and their
  /// subparagraphs, the annexes (title under the annex's ref `annexII`, preamble, paragraphs), footnote texts; a file the parser could not structure is one `text` paragraph.
  public var searchableParagraphs: [SearchableParagraph] {
    var paragraphs: [SearchableParagraph] = []
    if let title {
      paragraphs.append(
        SearchableParagraph(
          ref: ParagraphRef.title.description, text: title, isReusable: ReuseQuery.isReusable(ParagraphRef.title)))
    }
    guard isStructured else {
      paragraphs.append(
        SearchableParagraph(
          ref: SearchableParagraph.plainTextRef, text: plainText,
          isReusable: ReuseQuery.isReusable(ref: SearchableParagraph.plainTextRef)))
      return paragraphs
    }
    // The title is the walk's first node.
    paragraphs = textNodes.map {
      SearchableParagraph(ref: $0.ref, text: $0.text, isReusable: ReuseQuery.isReusable($0.paragraphRef))
    }
    return paragraphs
  }
}
