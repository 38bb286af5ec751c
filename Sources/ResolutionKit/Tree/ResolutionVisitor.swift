/// What a walk over a resolution's tree calls, node by node, in reading order (see `Resolution.walk(_:)`). Every
/// method has a default that does nothing, so a visitor implements only the nodes it cares about (swift-markdown's
/// `MarkupWalker` is the model).
///
/// `annex` is nil for the resolution's own text and the annex being walked otherwise.
public protocol ResolutionVisitor {
  /// The resolution's title, when it has one.
  mutating func visitTitle(_ title: String, line: Int?)
  /// An annex begins: its heading and title come here, its paragraphs follow.
  mutating func willVisitAnnex(_ annex: Annex)
  /// A part's preambular paragraphs as a whole (possibly empty), before each is visited: for layouts that measure
  /// the part first.
  mutating func willVisitPreamble(_ paragraphs: [PreambularParagraph], in annex: Annex?)
  mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?)
  /// A part's numbered paragraphs as a whole (possibly empty), with the part's sections, before each is visited.
  mutating func willVisitOperative(_ paragraphs: [OperativeParagraph], sections: [Section], in annex: Annex?)
  /// A heading where it stands between paragraphs. In the resolution's own text, where the paragraphs' section
  /// changes (the heading found by number, empty when the file gives none), or, where it has headings without a
  /// number, every heading at its place (`Resolution.headingsBeforeParagraphs`); in an annex, every chapter heading and
  /// unnumbered heading at its place (`Annex.headingsBeforeParagraphs`), those after the last paragraph included.
  mutating func visitSectionHeading(_ section: Section, in annex: Annex?)
  mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?)
  mutating func visitSubparagraph(_ subparagraph: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?)
  mutating func didVisitAnnex(_ annex: Annex)
  /// Each footnote marker in the text, in reading order, after the text.
  mutating func visitFootnoteReference(_ footnote: FootnoteReference)
  /// Each footnote text in file order, after the markers; `referenced` when a marker in the text points at it.
  mutating func visitFootnoteText(_ footnote: FootnoteText, referenced: Bool)
}

extension ResolutionVisitor {
  public mutating func visitTitle(_ title: String, line: Int?) {}
  public mutating func willVisitAnnex(_ annex: Annex) {}
  public mutating func willVisitPreamble(_ paragraphs: [PreambularParagraph], in annex: Annex?) {}
  public mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {}
  public mutating func willVisitOperative(_ paragraphs: [OperativeParagraph], sections: [Section], in annex: Annex?) {}
  public mutating func visitSectionHeading(_ section: Section, in annex: Annex?) {}
  public mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) {}
  public mutating func visitSubparagraph(
    _ subparagraph: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?
  ) {}
  public mutating func didVisitAnnex(_ annex: Annex) {}
  public mutating func visitFootnoteReference(_ footnote: FootnoteReference) {}
  public mutating func visitFootnoteText(_ footnote: FootnoteText, referenced: Bool) {}
}
