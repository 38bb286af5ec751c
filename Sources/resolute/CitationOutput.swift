import ArgumentParser
import ResolutionKit

/// What `cites` and `cited-by` share: the corpus source (its index, or memory with --no-index), finding a cited id,
/// and one citation as text or JSON.
struct CitationContext {
  let source: any CorpusSource
  let wrapping = TextWrapping(width: Output.terminalWidth.map { min($0, 100) })

  init(_ options: CorpusOptions) throws {
    source = try options.source()
  }

  /// The id `query` names: an id or symbol (`GA 46/152`, `a/res/46/152`, `CND 11 (xxxv)`), matched against what the
  /// corpus holds or cites (the id's grammar already made case and spacing canonical); or a file of the corpus.
  func citedID(_ query: String) throws -> ResolutionID {
    // Symbols are upper case (`A/RES/46/152`); ids read in any case already.
    if let id = ResolutionID(query) {
      return id
    }
    switch source.lookup(query) {
    case .found(let file, _):
      guard let id = source.summary(file: file)?.id else {
        throw failure("\(file) has no resolution number, so nothing can cite it by number")
      }
      return id
    case .notFound(let suggestions):
      throw ResolutionFinder.notFound(
        query, in: source.root, suggestions: suggestions,
        hint: " (give an id such as \"GA 46/152\" or A/RES/46/152, or a file of the corpus)")
    }
  }

  /// `GA 46/152`, or the placeholder of a citing file without a number.
  func name(of edge: CitationEdge) -> String {
    edge.sourceID?.description ?? source.summary(file: edge.sourceFile)?.displayID ?? edge.sourceFile
  }

  /// Where a cited resolution is: its files, or that it is absent.
  func whereabouts(of id: ResolutionID) -> String {
    let files = source.files(withID: id)
    guard !files.isEmpty else { return "not in the corpus" }
    return files.joined(separator: ", ")
  }

  /// `PP1, line 7: its resolution 46/152 of 18 December 1991 [annex I]` and the sentence under it.
  func lines(for citation: Citation, sentence: String, indent: String = "  ") -> [String] {
    var head = "\(citation.ref), line \(citation.line): \(citation.text)"
    if let pinpoint = citation.pinpoint { head += " [\(pinpoint)]" }
    if let paragraph = citation.resolvedParagraph { head += " -> paragraph \(paragraph)" }
    return [
      wrapping.wrap(head, first: indent, rest: indent + "    "),
      wrapping.wrap(sentence, first: indent + "    ", rest: indent + "    "),
    ]
  }

  /// One citation with the paragraph sentence that holds it.
  static func json(_ citation: Citation, sentence: String) -> [(String, JSONValue)] {
    ResolutionJSON.fields(of: citation, withPlaces: true) + [("sentence", .string(sentence))]
  }

  /// The sentence that holds `citation`, given the paragraph texts of its resolution (`Resolution.textsByRef`).
  static func sentence(of citation: Citation, in texts: [ParagraphRef: String]) -> String {
    CitationGraph.sentence(in: texts[citation.ref] ?? citation.text, around: citation.range)
  }
}

extension Int {
  /// `1 citation`, `3 citations`.
  func counting(_ noun: String) -> String { "\(self) \(noun)\(self == 1 ? "" : "s")" }
}
