import ResolutionKit

/// The JSON forms of a resolution: the full document (`show --json`) and the summary (`list --json`).
enum ResolutionJSON {
  /// Exactly the documented keys, in the documented order, with explicit nulls.
  static func document(_ resolution: Resolution) -> JSONValue {
    let tree = resolution.walked(Tree())
    return .object([
      ("id", .optional(resolution.id?.description)),
      ("body", .optional(resolution.body?.key)),
      ("number", .optional(resolution.number)),
      ("symbol", .optional(resolution.symbol)),
      ("title", .optional(resolution.title)),
      ("adopted", .optional(resolution.adopted?.iso)),
      ("meeting", .optional(resolution.meeting)),
      ("file", .string(resolution.file)),
      ("preamble", .array(tree.preamble)),
      ("sections", .array(tree.sections)),
      ("operative", .array(tree.operative)),
      ("annexes", .array(tree.annexes)),
      ("footnotes", .array(tree.referencedFootnotes + tree.unreferencedFootnotes)),
      ("citations", .array(resolution.citations.map(citation))),
    ])
  }

  /// One line of `list --json`, from the list a source keeps (the index's or the memory's alike).
  static func summary(_ resolution: ResolutionSummary) -> JSONValue {
    .object([
      ("id", .optional(resolution.id?.description)),
      ("display", .string(resolution.displayID)),
      ("body", .optional(resolution.body?.key)),
      ("number", .optional(resolution.number)),
      ("symbol", .optional(resolution.symbol)),
      ("title", .optional(resolution.title)),
      ("adopted", .optional(resolution.adopted?.iso)),
      ("meeting", .optional(resolution.meeting)),
      ("file", .string(resolution.file)),
      ("catalogued", .bool(resolution.catalogued)),
      ("structured", .bool(resolution.isStructured)),
    ])
  }

  static func preambular(_ paragraph: PreambularParagraph) -> JSONValue {
    .object([
      ("ref", .string(paragraph.ref)), ("verb", .string(paragraph.verb)), ("text", .string(paragraph.text)),
      ("line", .int(paragraph.line)),
    ])
  }

  static func section(_ section: Section) -> JSONValue {
    .object([("number", .string(section.number)), ("heading", .string(section.heading))])
  }

  /// A numbered paragraph with its subparagraphs; in an annex, the verb is null when none is recognised
  /// (declarations open `We, the Heads of State …`, articles with their heading).
  static func operative(_ paragraph: OperativeParagraph, subparagraphs: [JSONValue], inAnnex: Bool) -> JSONValue {
    let verb: JSONValue = inAnnex ? .optional(paragraph.verb.isEmpty ? nil : paragraph.verb) : .string(paragraph.verb)
    return .object([
      ("ref", .string(paragraph.ref)), ("verb", verb), ("text", .string(paragraph.text)),
      ("line", .int(paragraph.line)), ("subparagraphs", .array(subparagraphs)),
    ])
  }

  /// The document's tree as the walk meets it: the own part's paragraphs, each annex as
  /// `{number, title, preamble, sections, paragraphs}`, then the footnotes: one entry per marker in the text, then one
  /// (with `ref: null`) per footnote text no marker points at.
  struct Tree: ResolutionVisitor {
    var preamble: [JSONValue] = []
    var sections: [JSONValue] = []
    var annexes: [JSONValue] = []
    var referencedFootnotes: [JSONValue] = []
    var unreferencedFootnotes: [JSONValue] = []
    /// The own part's numbered paragraphs and the current annex's, the last one's subparagraphs still open.
    private var ownParagraphs: [(OperativeParagraph, [JSONValue])] = []
    private var paragraphs: [(OperativeParagraph, [JSONValue])] = []
    private var annexPreamble: [JSONValue] = []

    mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {
      let value = ResolutionJSON.preambular(paragraph)
      if annex == nil { preamble.append(value) } else { annexPreamble.append(value) }
    }

    mutating func willVisitOperative(_ paragraphs: [OperativeParagraph], sections: [Section], in annex: Annex?) {
      if annex == nil { self.sections = sections.map(ResolutionJSON.section) }
    }

    var operative: [JSONValue] {
      ownParagraphs.map { ResolutionJSON.operative($0.0, subparagraphs: $0.1, inAnnex: false) }
    }

    mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) {
      if annex == nil { ownParagraphs.append((paragraph, [])) } else { paragraphs.append((paragraph, [])) }
    }

    mutating func visitSubparagraph(_ sub: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?) {
      let value = JSONValue.object([("ref", .string(sub.ref)), ("text", .string(sub.text)), ("line", .int(sub.line))])
      if annex == nil { ownParagraphs[ownParagraphs.count - 1].1.append(value) } else {
        paragraphs[paragraphs.count - 1].1.append(value)
      }
    }

    mutating func didVisitAnnex(_ annex: Annex) {
      annexes.append(
        .object([
          ("number", .optional(annex.number)),
          ("title", .optional(annex.title)),
          ("preamble", .array(annexPreamble)),
          ("sections", .array(annex.sections.map(ResolutionJSON.section))),
          ("paragraphs", .array(paragraphs.map { ResolutionJSON.operative($0.0, subparagraphs: $0.1, inAnnex: true) })),
        ]))
      paragraphs = []
      annexPreamble = []
    }

    mutating func visitFootnoteReference(_ note: FootnoteReference) {
      referencedFootnotes.append(
        .object([("marker", .string(note.marker)), ("ref", .string(note.ref)), ("text", .optional(note.text))]))
    }

    mutating func visitFootnoteText(_ note: FootnoteText, referenced: Bool) {
      guard !referenced else { return }
      unreferencedFootnotes.append(
        .object([("marker", .string(note.marker)), ("ref", .null), ("text", .string(note.text))]))
    }
  }

  static func citation(_ citation: Citation) -> JSONValue { .object(fields(of: citation, withPlaces: false)) }

  /// A citation's keys in the order both `show --json` and `cites --json` print them; `withPlaces` adds where it
  /// sits (`line`) and where it lands (`resolvedParagraph`), which `cites` prints and `show` does not.
  static func fields(of citation: Citation, withPlaces: Bool) -> [(String, JSONValue)] {
    var fields: [(String, JSONValue)] = [("ref", .string(citation.ref.description))]
    if withPlaces { fields.append(("line", .int(citation.line))) }
    fields += [
      ("text", .string(citation.text)),
      ("target", .optional(citation.target?.description)),
      ("pinpoint", .optional(citation.pinpoint?.description)),
      ("kind", .string(citation.kind.rawValue)),
      ("resolved", .optional(citation.resolved)),
    ]
    if withPlaces { fields.append(("resolvedParagraph", .optional(citation.resolvedParagraph?.description))) }
    return fields + [("date", .optional(citation.date?.iso)), ("subject", .optional(citation.subject))]
  }
}
