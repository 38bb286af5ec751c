/// One unit of text a search can land on.
public struct SearchableParagraph: Hashable, Sendable {
  /// `title`, `PP3`, `IV.3(h)`, `fn2`, or `text` for a file kept as plain text.
  public var ref: String
  public var text: String
}

extension Resolution {
  /// Every paragraph a search can find, in reading order: the title, the preamble, operative paragraphs and their
  /// subparagraphs, the annexes (title under the annex's ref `annexII`, preamble, paragraphs), footnote texts; a file the parser could not structure is one `text` paragraph.
  public var searchableParagraphs: [SearchableParagraph] {
    var paragraphs: [SearchableParagraph] = []
    if let title { paragraphs.append(SearchableParagraph(ref: "title", text: title)) }
    guard isStructured else {
      paragraphs.append(SearchableParagraph(ref: "text", text: plainText))
      return paragraphs
    }
    for paragraph in preamble { paragraphs.append(SearchableParagraph(ref: paragraph.ref, text: paragraph.text)) }
    for paragraph in operative {
      paragraphs.append(SearchableParagraph(ref: paragraph.ref, text: paragraph.text))
      for sub in paragraph.subparagraphs { paragraphs.append(SearchableParagraph(ref: sub.ref, text: sub.text)) }
    }
    for annex in annexes {
      if let title = annex.title { paragraphs.append(SearchableParagraph(ref: annex.refPrefix, text: title)) }
      for paragraph in annex.preamble { paragraphs.append(SearchableParagraph(ref: paragraph.ref, text: paragraph.text)) }
      for paragraph in annex.paragraphs {
        paragraphs.append(SearchableParagraph(ref: paragraph.ref, text: paragraph.text))
        for sub in paragraph.subparagraphs { paragraphs.append(SearchableParagraph(ref: sub.ref, text: sub.text)) }
      }
    }
    for footnote in footnoteTexts { paragraphs.append(SearchableParagraph(ref: footnote.ref, text: footnote.text)) }
    return paragraphs
  }
}
