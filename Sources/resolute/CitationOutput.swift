import ArgumentParser
import ResolutionKit

/// What `cites`, `cited-by` and `graph` share: the corpus with its graph, finding a cited id, and one citation as
/// text or JSON.
struct CitationContext {
  let corpus: Corpus
  let graph: CitationGraph
  let wrapping = TextWrapping(width: Output.terminalWidth.map { min($0, 100) })

  init(corpus explicit: String?) throws {
    corpus = try CorpusLoading.load(explicit)
    graph = CitationGraph(corpus: corpus)
  }

  /// The id `query` names: an id or symbol (`GA 46/152`, `a/res/46/152`, `CND 11 (xxxv)`), matched against what the
  /// corpus holds or cites (the id's grammar already made case and spacing canonical); or a file of the corpus.
  func citedID(_ query: String) throws -> ResolutionID {
    // Symbols are upper case (`A/RES/46/152`); ids read in any case already.
    if let id = ResolutionID(query) {
      return id
    }
    if case .found(let resolution, _) = corpus.lookup(query) {
      guard let id = resolution.id else {
        throw failure("\(resolution.file) has no resolution number, so nothing can cite it by number")
      }
      return id
    }
    throw failure(
      "'\(query)' is neither a resolution id (such as \"GA 46/152\" or A/RES/46/152) nor a file of \(corpus.root)")
  }

  /// `GA 46/152`, or the placeholder of a citing file without a number.
  func name(of edge: CitationEdge) -> String {
    edge.sourceID?.description ?? corpus.resolution(file: edge.sourceFile)?.displayID ?? edge.sourceFile
  }

  /// Where a cited resolution is: its files, or that it is absent.
  func whereabouts(of id: ResolutionID) -> String {
    guard let files = graph.filesByID[id], !files.isEmpty else { return "not in the corpus" }
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
    [
      ("ref", .string(citation.ref)),
      ("line", .int(citation.line)),
      ("text", .string(citation.text)),
      ("target", .optional(citation.target)),
      ("pinpoint", .optional(citation.pinpoint)),
      ("kind", .string(citation.kind.rawValue)),
      ("resolved", .optional(citation.resolved)),
      ("resolvedParagraph", .optional(citation.resolvedParagraph)),
      ("date", .optional(citation.date?.iso)),
      ("subject", .optional(citation.subject)),
      ("sentence", .string(sentence)),
    ]
  }

  /// The sentence that holds `citation`, given the paragraph texts of its resolution (`Resolution.textsByRef`).
  static func sentence(of citation: Citation, in texts: [String: String]) -> String {
    CitationGraph.sentence(in: texts[citation.ref] ?? citation.text, around: citation.range)
  }
}

extension Int {
  /// `1 citation`, `3 citations`.
  func counting(_ noun: String) -> String { "\(self) \(noun)\(self == 1 ? "" : "s")" }
}
