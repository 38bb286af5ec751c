/// One resolution as parsed from a plain-text file: a faithful, structured value.
public struct Resolution: Hashable, Sendable {
  /// `GA 55/64`; nil when the text does not give the number.
  public var id: ResolutionID?
  public var body: Body?
  public var number: String?
  public var title: String?
  public var titleLine: Int?
  public var adopted: CalendarDate?
  /// `41st plenary meeting`.
  public var meeting: String?
  /// Path of the source file as given to the loader.
  public var file: String
  public var preamble: [PreambularParagraph]
  public var sections: [Section]
  public var operative: [OperativeParagraph]
  /// The annexes printed after the resolution's own text, in order.
  public var annexes: [Annex]
  /// Every footnote marker in the text, in reading order.
  public var footnotes: [FootnoteReference]
  /// Every footnote text the file contains, in file order.
  public var footnoteTexts: [FootnoteText]
  public var citations: [Citation]
  /// What the parser noticed (decoding problems, missing parts).
  public var warnings: [ParseWarning]
  /// The decoded text of the file, for reading files the parser could not structure.
  public var plainText: String
  /// Where metadata came from the catalog file rather than the text.
  public var catalogued: Bool

  public init(file: String, plainText: String) {
    self.file = file
    self.plainText = plainText
    preamble = []
    sections = []
    operative = []
    annexes = []
    footnotes = []
    footnoteTexts = []
    citations = []
    warnings = []
    catalogued = false
  }

  /// `A/RES/55/64`, where it follows from body and number.
  public var symbol: String? {
    guard let body, let number else { return nil }
    return body.symbol(for: number)
  }

  /// True when the parser found preambular or operative paragraphs.
  public var isStructured: Bool { !preamble.isEmpty || !operative.isEmpty }

  /// Where the operative part has headings without a number (`Peacebuilding financing` between paragraphs 12 and 13),
  /// the headings before each paragraph, placed by line as in an annex; nil where every heading has a number, which
  /// stands before the first paragraph of its section.
  public var headingsBeforeParagraphs: [Int: [Section]]? {
    sections.contains { $0.number.isEmpty } ? Section.placed(sections, before: operative) : nil
  }

  /// `GA 55/64`, or a placeholder naming the body and file when the number is unknown.
  public var displayID: String {
    if let id { return id.description }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return "\(body?.key ?? "?") [\(name)]"
  }

  /// All paragraph references in reading order: `PP1`…, `1`…, `IV.3`, `IV.3(h)`, then the annexes' (`annex.35`).
  public var paragraphRefs: [String] {
    textNodes.compactMap { [.preambular, .operative, .subparagraph].contains($0.kind) ? $0.ref : nil }
  }

  /// The resolution's own operative paragraphs followed by every annex's paragraphs: what walks over "all numbered
  /// paragraphs" (search, reuse, citations) covers.
  public var allOperative: [OperativeParagraph] { operative + annexes.flatMap(\.paragraphs) }

  /// The resolution's own preambular paragraphs followed by the annexes' preambles.
  public var allPreamble: [PreambularParagraph] { preamble + annexes.flatMap(\.preamble) }

  /// The text of the paragraph with this ref (`PP3`, `IV.3(h)`, `fn2`, `title`, `annexII` for its title), if any.
  public func text(of ref: String) -> String? {
    textNodes.first { $0.ref == ref }?.text
  }

  /// The text of the paragraph with this ref, if any.
  public func text(of ref: ParagraphRef) -> String? {
    textNodes.first { $0.paragraphRef == ref }?.text
  }

  /// Every paragraph's text by ref, as `text(of:)` finds it, for callers that look up many refs: `text(of:)` walks
  /// the paragraphs each time, which a hostile file with tens of thousands of citations makes quadratic.
  public var textsByRef: [ParagraphRef: String] {
    var texts: [ParagraphRef: String] = [:]
    for node in textNodes where texts[node.paragraphRef] == nil { texts[node.paragraphRef] = node.text }
    return texts
  }

  /// The 1-based source line of the paragraph with this ref (an annex's heading line for `annexII`).
  public func line(of ref: String) -> Int? {
    ParagraphRef(ref).flatMap { line(of: $0) }
  }

  /// The 1-based source line of the paragraph with this ref (an annex's heading line for `annexII`).
  public func line(of ref: ParagraphRef) -> Int? {
    if ref.isTitle { return titleLine }
    if let node = textNodes.first(where: { $0.paragraphRef == ref }) { return node.line }
    return annexes.first { $0.wholeRef == ref }?.line
  }
}
