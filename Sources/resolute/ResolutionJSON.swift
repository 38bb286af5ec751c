import ResolutionKit

/// The JSON forms of a resolution: the full document (`show --json`) and the summary (`list --json`).
enum ResolutionJSON {
  /// Exactly the documented keys, in the documented order, with explicit nulls.
  static func document(_ resolution: Resolution) -> JSONValue {
    .object([
      ("id", .optional(resolution.id?.description)),
      ("body", .optional(resolution.body?.key)),
      ("number", .optional(resolution.number)),
      ("symbol", .optional(resolution.symbol)),
      ("title", .optional(resolution.title)),
      ("adopted", .optional(resolution.adopted?.iso)),
      ("meeting", .optional(resolution.meeting)),
      ("file", .string(resolution.file)),
      ("preamble", .array(resolution.preamble.map(preambular))),
      ("sections", .array(resolution.sections.map(section))),
      ("operative", .array(resolution.operative.map(operative))),
      ("annexes", .array(resolution.annexes.map(annex))),
      ("footnotes", .array(footnotes(resolution))),
      ("citations", .array(resolution.citations.map(citation))),
    ])
  }

  /// One line of `list --json`.
  static func summary(_ resolution: Resolution) -> JSONValue {
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

  static func operative(_ paragraph: OperativeParagraph) -> JSONValue {
    .object([
      ("ref", .string(paragraph.ref)), ("verb", .string(paragraph.verb)), ("text", .string(paragraph.text)),
      ("line", .int(paragraph.line)),
      (
        "subparagraphs",
        .array(
          paragraph.subparagraphs.map {
            .object([("ref", .string($0.ref)), ("text", .string($0.text)), ("line", .int($0.line))])
          })
      ),
    ])
  }

  /// `{number, title, preamble, sections, paragraphs}`; a paragraph's verb is null when none is recognised
  /// (declarations open `We, the Heads of State …`, articles with their heading).
  static func annex(_ annex: Annex) -> JSONValue {
    .object([
      ("number", .optional(annex.number)),
      ("title", .optional(annex.title)),
      ("preamble", .array(annex.preamble.map(preambular))),
      ("sections", .array(annex.sections.map(section))),
      (
        "paragraphs",
        .array(
          annex.paragraphs.map { paragraph in
            .object([
              ("ref", .string(paragraph.ref)), ("verb", .optional(paragraph.verb.isEmpty ? nil : paragraph.verb)),
              ("text", .string(paragraph.text)), ("line", .int(paragraph.line)),
              (
                "subparagraphs",
                .array(
                  paragraph.subparagraphs.map {
                    .object([("ref", .string($0.ref)), ("text", .string($0.text)), ("line", .int($0.line))])
                  })
              ),
            ])
          })
      ),
    ])
  }

  /// One entry per marker in the text, then one (with `ref: null`) per footnote text no marker points at.
  static func footnotes(_ resolution: Resolution) -> [JSONValue] {
    let markers = Set(resolution.footnotes.map(\.marker))
    let referenced = resolution.footnotes.map {
      JSONValue.object([("marker", .string($0.marker)), ("ref", .string($0.ref)), ("text", .optional($0.text))])
    }
    let unreferenced = resolution.footnoteTexts.filter { !markers.contains($0.marker) }.map {
      JSONValue.object([("marker", .string($0.marker)), ("ref", .null), ("text", .string($0.text))])
    }
    return referenced + unreferenced
  }

  static func citation(_ citation: Citation) -> JSONValue {
    .object([
      ("ref", .string(citation.ref)),
      ("text", .string(citation.text)),
      ("target", .optional(citation.target)),
      ("pinpoint", .optional(citation.pinpoint)),
      ("kind", .string(citation.kind.rawValue)),
      ("resolved", .optional(citation.resolved)),
      ("date", .optional(citation.date?.iso)),
      ("subject", .optional(citation.subject)),
    ])
  }
}
