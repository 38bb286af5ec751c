import ArgumentParser
import ResolutionKit

/// `resolute cites ID [--corpus PATH] [--json]`: what a resolution cites.
struct CitesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cites",
    abstract: "List the resolutions and documents a resolution cites, with the citing paragraph and sentence.",
    discussion: """
      ID is an id such as "GA 55/64", a symbol such as A/RES/55/64, or a file of the corpus. Citations are grouped \
      by target, in reading order; each shows its paragraph ref, source line, the words cited, any pinpoint, and \
      the sentence it sits in. A sentence is cut (and marked …) at \(CitationGraph.sentenceReach) bytes before \
      and after the citation, so each citation carries at most about 1 KB of context. Targets absent from the \
      corpus are marked; `resolute cited-by ID` shows who else cites them.

      --json prints {id, file, citations: [ref, line, text, target, pinpoint, kind, resolved, resolvedParagraph, \
      date, subject, sentence]} with resolutions and documents (not references to the resolution's own paragraphs).
      """)

  @Argument(help: ArgumentHelp("The citing resolution's id, symbol or file.", valueName: "ID"))
  var query: String

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var output: OutputOptions

  func run() throws {
    let context = try CitationContext(corpusOptions)
    let source = context.source
    let file = try ResolutionFinder.file(query, in: source, hint: nil) {
      guard let id = ResolutionID(query), !source.citations(of: id).isEmpty else { return nil }
      return "it is cited there but absent: `resolute cited-by \(id)` shows who cites it"
    }
    guard let resolution = source.resolution(file: file) else { throw failure("\(file) could not be read") }
    let citations = resolution.citations.filter { [.resolution, .document, .decision].contains($0.kind) }
    let texts = resolution.textsByRef
    if output.json {
      // Written element by element, as the text is: 100,000 citations are never held whole as JSON.
      let items = citations.lazy.map { citation in
        JSONValue.object(
          CitationContext.json(citation, sentence: CitationContext.sentence(of: citation, in: texts)))
      }
      StreamedJSON.writeObject(
        [("id", .optional(resolution.id?.description)), ("file", .string(resolution.file))],
        thenArray: "citations", of: items)
      return
    }
    // Written as produced: 100,000 citations make hundreds of megabytes of text, never held whole.
    var output = StreamedLines()
    text(resolution, citations, context) { output.append($0) }
    output.flush()
  }

  private func text(
    _ resolution: Resolution, _ citations: [Citation], _ context: CitationContext, emit: (String) -> Void
  ) {
    let texts = resolution.textsByRef
    let resolutions = citations.filter { $0.kind == .resolution }
    let documents = citations.filter { $0.kind == .document }
    let decisions = Set(citations.filter { $0.kind == .decision }.map(\.target))
    let targets = Set(resolutions.map(\.target))
    emit(
      "\(resolution.displayID) (\(resolution.file)) cites \(targets.count.counting("resolution")) in "
        + "\(resolutions.count.counting("citation")) and \(documents.count.counting("document"))"
        + (decisions.isEmpty ? "." : ", and \(decisions.count.counting("decision")).")
    )
    // Citations whose target is unclear share one group.
    var order: [CitationTarget?] = []
    var byTarget: [CitationTarget?: [Citation]] = [:]
    for citation in citations {
      let key = citation.target
      if byTarget[key] == nil { order.append(key) }
      byTarget[key, default: []].append(citation)
    }
    for key in order {
      let group = byTarget[key]!
      emit("")
      if group[0].kind == .document {
        emit("\(key?.description ?? "?") (document)")
      } else if group[0].kind == .decision {
        emit("\(key?.description ?? "?") (decision)")
      } else if let id = key?.resolution {
        emit("\(id) (\(context.whereabouts(of: id)))")
      } else {
        emit("? (the body of these citations is unclear)")
      }
      for citation in group {
        context.lines(for: citation, sentence: CitationContext.sentence(of: citation, in: texts)).forEach(emit)
      }
    }
  }
}
