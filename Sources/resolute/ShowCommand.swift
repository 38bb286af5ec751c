import ArgumentParser
import ResolutionKit

/// `resolute show ID-OR-FILE [--corpus PATH] [--format text|markdown|json|reference] [--json] [--paragraph REF]`.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one resolution in full (or one paragraph of it) as text, Markdown or JSON, or cite it.",
    discussion: """
      ID-OR-FILE is an id such as "GA 55/64" (any case), an official symbol such as A/RES/55/64, the placeholder \
      `list` prints for a resolution without a number, or a file: its path, or its name with or without .txt. \
      A file outside the corpus is read on its own (with the catalog of its folder).

      --format text (the default) lays the resolution out for reading: title, metadata, preamble, operative \
      paragraphs under their refs (PP3, 7, IV.3, IV.3(h)), then each annex under its heading (annex.35, annexI.art5), \
      footnotes, citations, warnings.

      --format markdown prints CommonMark with footnotes: a `#` title, a metadata list, `## Preamble` with verb \
      phrases in italics, `## Operative part` with `###` section headings, numbered paragraphs and indented \
      subparagraphs, `## Annex` (`## Annex II — Title`) for each annex, and `[^2]` footnotes where their markers \
      stand. File text is escaped so it renders as written.

      --format json (or --json) prints exactly these keys: id, body, number, symbol, title, adopted (YYYY-MM-DD), \
      meeting, file, preamble [ref, verb, text, line], sections [number, heading], operative [ref, verb, text, line, \
      subparagraphs [ref, text, line]], annexes [number (I, II, or null for a single annex), title, preamble, \
      sections, paragraphs [ref, verb or null, text, line, subparagraphs]], footnotes [marker, ref, text], citations \
      [ref, text, target, pinpoint, kind, resolved, date, subject]. Missing values are null. A footnote text that no \
      marker points at has ref null.

      --format reference prints how people cite the resolution: `GA resolution 55/64`.

      --format bibtex, csl-json and ris print one entry for Zotero, JabRef and the like: the body as author, the \
      title, the symbol as number, the adoption date, and (with --paragraph) the paragraph's UN-style reference \
      as a note.

      --paragraph REF shows one paragraph: REF is a ref as the text form shows it (PP3, 7, IV.3, IV.3(h), annex.35, \
      annexI.art5; case and spaces do not matter) or as people cite it ("sect. IV, para. 3 (h)", "annex, para. 35"), \
      a footnote (fn2) or title. Text prints its citation (`GA resolution 55/64, para. 7`), \
      then the text with its subparagraphs and footnotes; markdown a block quote ending in the citation, then the \
      footnotes; json {ref, citation, text, verb, line, file} (verb null for a title, subparagraph or footnote; \
      text the paragraph's own, without its subparagraphs); reference only the citation: \
      `resolute show "GA 55/64" --paragraph 7 --format reference` prints `GA resolution 55/64, para. 7`, \
      `--paragraph IV.3(h)` of ECOSOC 1992/22 `ECOSOC resolution 1992/22, sect. IV, para. 3 (h)`.
      """)

  @Argument(help: ArgumentHelp("The resolution's id, symbol or file.", valueName: "ID-OR-FILE"))
  var query: String

  @OptionGroup var corpusOptions: CorpusOptions

  @Option(
    help: ArgumentHelp(
      "What to print: text, markdown, json, reference, or for reference managers bibtex, csl-json, ris.",
      valueName: "FORMAT"))
  var format: ShowFormat?

  @Flag(help: "Print JSON instead of text (the same as --format json).")
  var json = false

  @Option(help: ArgumentHelp("Show only this paragraph: PP3, 7, IV.3(h), fn2, title.", valueName: "REF"))
  var paragraph: String?

  func run() throws {
    let format = try ShowFormat.chosen(format: format, json: json)
    let resolution = try ResolutionFinder.find(query, corpus: corpusOptions)
    let wrapping = TextWrapping(width: Output.terminalWidth.map { min($0, 100) })
    if let paragraph {
      let export = try ParagraphExport(paragraph, in: resolution)
      switch format {
      case .text: Output.write(export.text(wrapping: wrapping))
      case .markdown: Output.write(export.markdown)
      case .json: Output.write(export.json.rendered)
      case .reference: Output.line(export.citation)
      case .bibtex, .cslJSON, .ris:
        let reference = ParagraphReference.fullCitation(for: export.ref, in: resolution)
        Self.writeBibliography(BibliographyEntry(resolution: resolution, reference: reference), format)
      }
      return
    }
    switch format {
    case .text: Output.write(ResolutionText(wrapping: wrapping).render(resolution))
    case .markdown: Output.write(ResolutionMarkdown.render(resolution))
    case .json: Output.write(ResolutionJSON.document(resolution).rendered)
    case .reference: Output.line(ParagraphReference.citation(for: nil, in: resolution) ?? resolution.displayID)
    case .bibtex, .cslJSON, .ris: Self.writeBibliography(BibliographyEntry(resolution: resolution), format)
    }
  }

  private static func writeBibliography(_ entry: BibliographyEntry, _ format: ShowFormat) {
    switch format {
    case .bibtex: Output.write(entry.bibtex)
    case .ris: Output.write(entry.ris)
    default: Output.write(entry.cslJSON.rendered)
    }
  }
}
