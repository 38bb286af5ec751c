/// An annex to a resolution: the declaration, programme of action, rules or articles the resolution adopts or
/// endorses, printed after the closing meeting line under `Annex` (one annex) or `Annex I`, `Annex II`, ….
public struct Annex: Hashable, Sendable {
  /// `I`, `II`, …; nil when the resolution has a single unnumbered annex.
  public var number: String?
  /// The annex's own title (`Awaza Political Declaration`), when it has one.
  public var title: String?
  /// 1-based line of the `Annex` heading.
  public var line: Int
  /// The annex's own preambular paragraphs (`annex.PP2`), for conventions and rules that have one.
  public var preamble: [PreambularParagraph]
  /// Chapters, parts and sections (`I`, `II`, … with their headings).
  public var sections: [Section]
  /// Numbered paragraphs, articles and rules, each with its subparagraphs. Refs carry the annex: `annex.35`,
  /// `annexI.3`, `annexII.IV.3(h)`, `annexI.art5`.
  public var paragraphs: [OperativeParagraph]

  public init(
    number: String?, title: String?, line: Int, preamble: [PreambularParagraph] = [], sections: [Section] = [],
    paragraphs: [OperativeParagraph] = []
  ) {
    self.number = number
    self.title = title
    self.line = line
    self.preamble = preamble
    self.sections = sections
    self.paragraphs = paragraphs
  }

  /// Where the refs inside this annex point: the single annex or annex II.
  public var place: ParagraphRef.Annex { number.map { .numbered($0) } ?? .single }

  /// The annex as a whole (`annexII`), the ref of its title.
  public var wholeRef: ParagraphRef { ParagraphRef(annex: place, place: .whole) }

  /// `annex` or `annexII`: the prefix of every ref inside this annex.
  public var refPrefix: String { place.prefix }

  /// `Annex`, `Annex II`: the heading as printed.
  public var heading: String { number.map { "Annex \($0)" } ?? "Annex" }

  /// Every paragraph ref in reading order: preamble, paragraphs and their subparagraphs.
  public var paragraphRefs: [String] {
    preamble.map(\.ref) + paragraphs.flatMap { [$0.ref] + $0.subparagraphs.map(\.ref) }
  }

  /// The headings (chapters, and headings without a number, `number` "") that stand before each paragraph, by the
  /// paragraph's index; headings after the last paragraph under `paragraphs.count`. Renderers print them in place.
  public var headingsBeforeParagraphs: [Int: [Section]] { Section.placed(sections, before: paragraphs) }
}
