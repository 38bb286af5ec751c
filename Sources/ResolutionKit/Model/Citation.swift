/// What a citation points at.
public enum CitationKind: String, Sendable, Codable, Hashable {
  /// Another resolution (`General Assembly resolution 46/152`).
  case resolution
  /// A decision (`General Assembly decision 55/488`): target `GA decision 55/488`, never linked as a resolution.
  case decision
  /// A document symbol (`A/55/119`, `A/58/6 (sect. 23)`).
  case document
  /// A paragraph of the same resolution (`paragraph 2 of the present section`).
  case `internal`
  /// The resolution itself (`the present resolution`).
  case `self`
}

/// One reference found in a resolution's text.
public struct Citation: Hashable, Sendable {
  /// The paragraph it sits in: `title`, `PP3`, `IV.3(h)`, `fn4`.
  public var ref: ParagraphRef
  /// The exact words cited.
  public var text: String
  /// What it points at (its case agrees with `kind`); nil when the text does not say (`the Commission's resolution
  /// 5/2` in a text whose commissions are unclear). Printed `GA 46/152`, `GA decision 55/488`, `A/55/119`, `II.2`.
  public var target: CitationTarget?
  /// Where inside the target: `para. 9`, `annex I`, `annex, para. 35`, `section II`, `sect. 23` of a document.
  public var pinpoint: Pinpoint?
  public var kind: CitationKind
  /// The corpus file that holds the target, filled in when the corpus is loaded.
  public var resolved: String?
  /// The paragraph of the target the pinpoint names, when it exists there (`9`, `IV.3`).
  public var resolvedParagraph: ParagraphRef?
  /// The target's date as the citing text gives it (`of 18 December 1991`).
  public var date: CalendarDate?
  /// The target's subject as the citing text gives it (`on the creation of …`).
  public var subject: String?
  public var line: Int
  /// UTF-8 range of `text` inside the citing paragraph's text (for links in the viewer).
  public var range: Range<Int>

  public init(
    ref: ParagraphRef, text: String, target: CitationTarget?, pinpoint: Pinpoint? = nil, kind: CitationKind,
    resolved: String? = nil, resolvedParagraph: ParagraphRef? = nil, date: CalendarDate? = nil, subject: String? = nil,
    line: Int, range: Range<Int>
  ) {
    self.ref = ref
    self.text = text
    self.target = target
    self.pinpoint = pinpoint
    self.kind = kind
    self.resolved = resolved
    self.resolvedParagraph = resolvedParagraph
    self.date = date
    self.subject = subject
    self.line = line
    self.range = range
  }
}
