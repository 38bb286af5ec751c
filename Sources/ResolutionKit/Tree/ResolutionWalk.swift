extension Resolution {
  /// Walks the tree in reading order: title; preamble; operative paragraphs (section headings where they stand),
  /// each followed by its subparagraphs; each annex (its preamble, headings, paragraphs, subparagraphs); then the
  /// footnote markers and the footnote texts. The one traversal every renderer, index and search goes through.
  public func walk<Visitor: ResolutionVisitor>(_ visitor: inout Visitor) {
    if let title { visitor.visitTitle(title, line: titleLine) }
    walkPart(preamble: preamble, paragraphs: operative, sections: sections, annex: nil, visitor: &visitor)
    for annex in annexes {
      visitor.willVisitAnnex(annex)
      walkPart(
        preamble: annex.preamble, paragraphs: annex.paragraphs, sections: annex.sections, annex: annex,
        visitor: &visitor)
      visitor.didVisitAnnex(annex)
    }
    for footnote in footnotes { visitor.visitFootnoteReference(footnote) }
    let markers = Set(footnotes.map(\.marker))
    for note in footnoteTexts { visitor.visitFootnoteText(note, referenced: markers.contains(note.marker)) }
  }

  /// Walks with `visitor` and returns it, for visitors that collect.
  public func walked<Visitor: ResolutionVisitor>(_ visitor: Visitor) -> Visitor {
    var visitor = visitor
    walk(&visitor)
    return visitor
  }

  private func walkPart<Visitor: ResolutionVisitor>(
    preamble: [PreambularParagraph], paragraphs: [OperativeParagraph], sections: [Section], annex: Annex?,
    visitor: inout Visitor
  ) {
    visitor.willVisitPreamble(preamble, in: annex)
    for paragraph in preamble { visitor.visitPreambular(paragraph, in: annex) }
    visitor.willVisitOperative(paragraphs, sections: sections, in: annex)
    let placed = annex.map(\.headingsBeforeParagraphs) ?? headingsBeforeParagraphs
    var section: String?
    for (index, paragraph) in paragraphs.enumerated() {
      if let placed {
        for heading in placed[index] ?? [] { visitor.visitSectionHeading(heading, in: annex) }
      } else if paragraph.section != section, let number = paragraph.section {
        section = number
        let found = sections.first { $0.number == number }
        visitor.visitSectionHeading(
          Section(number: number, heading: found?.heading ?? "", line: found?.line ?? paragraph.line), in: annex)
      }
      visitor.visitOperative(paragraph, in: annex)
      for sub in paragraph.subparagraphs { visitor.visitSubparagraph(sub, of: paragraph, in: annex) }
    }
    if let placed { for heading in placed[paragraphs.count] ?? [] { visitor.visitSectionHeading(heading, in: annex) } }
  }
}

/// One paragraph-like node with its ref, text and line, as the simple walks (search, lookup by ref, citations) see
/// them: the title (`title`), each annex's title under its ref (`annexII`), preambular and numbered paragraphs,
/// subparagraphs, and footnote texts (`fn2`).
public struct TextNode: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case title, annexTitle, preambular, operative, subparagraph, footnote }
  public var kind: Kind
  public var paragraphRef: ParagraphRef
  /// `paragraphRef` as printed.
  public var ref: String { paragraphRef.description }
  public var text: String
  public var line: Int?
}

/// Collects `TextNode`s in walk order.
public struct TextNodeCollector: ResolutionVisitor {
  public var nodes: [TextNode] = []
  public init() {}
  public mutating func visitTitle(_ title: String, line: Int?) {
    nodes.append(TextNode(kind: .title, paragraphRef: .title, text: title, line: line))
  }
  public mutating func willVisitAnnex(_ annex: Annex) {
    if let title = annex.title {
      nodes.append(TextNode(kind: .annexTitle, paragraphRef: annex.wholeRef, text: title, line: annex.line))
    }
  }
  public mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {
    nodes.append(TextNode(kind: .preambular, paragraphRef: paragraph.paragraphRef, text: paragraph.text, line: paragraph.line))
  }
  public mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) {
    nodes.append(TextNode(kind: .operative, paragraphRef: paragraph.paragraphRef, text: paragraph.text, line: paragraph.line))
  }
  public mutating func visitSubparagraph(
    _ subparagraph: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?
  ) {
    nodes.append(TextNode(kind: .subparagraph, paragraphRef: subparagraph.paragraphRef, text: subparagraph.text, line: subparagraph.line))
  }
  public mutating func visitFootnoteText(_ footnote: FootnoteText, referenced: Bool) {
    nodes.append(TextNode(kind: .footnote, paragraphRef: footnote.paragraphRef, text: footnote.text, line: footnote.line))
  }
}

extension Resolution {
  /// Every paragraph-like node in walk order (see `TextNode`).
  public var textNodes: [TextNode] { walked(TextNodeCollector()).nodes }
}
