import ArgumentParser
import ResolutionKit

/// `resolute cited-by ID [--corpus PATH] [--json]`: who cites a resolution, present in the corpus or not.
struct CitedByCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cited-by",
    abstract: "List every citation of a resolution across the corpus, including resolutions absent from it.",
    discussion: """
      ID is an id such as "GA 46/152" or a symbol such as A/RES/46/152 (or a file of the corpus). A resolution that \
      is cited but not in the corpus is shown with what the citing texts say of it: every date and subject they give, \
      agreeing or conflicting, with how many citations give each. Then every citing paragraph, grouped by citing \
      resolution, with the sentence it sits in.

      --json prints {id, symbol, present, files, title, dates: [date, citations], subjects: [subject, citations], \
      citedBy: [source, sourceFile, ref, line, text, target, pinpoint, kind, resolved, resolvedParagraph, date, \
      subject, sentence]}.
      """)

  @Argument(help: ArgumentHelp("The cited resolution's id or symbol.", valueName: "ID"))
  var query: String

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var output: OutputOptions

  func run() throws {
    let context = try CitationContext(corpusOptions)
    let id = try context.citedID(query)
    let edges = context.source.citations(of: id)
    let files = context.source.files(withID: id)
    let present = !files.isEmpty
    guard present || !edges.isEmpty else {
      let suggestions: [String]
      if case .notFound(let close) = context.source.lookup(query) { suggestions = close } else { suggestions = [] }
      throw ResolutionFinder.notFound(
        query, in: context.source.root, suggestions: suggestions,
        lead: "\(id) is not in \(context.source.root) and nothing there cites it")
    }
    let title = files.first.flatMap { context.source.summary(file: $0)?.title }
    let dates = Self.tally(edges.compactMap(\.citation.date))
    let subjects = Self.tally(edges.compactMap(\.citation.subject))
    if output.json {
      Output.write(
        JSONValue.object([
          ("id", .string(id.description)),
          ("symbol", .optional(id.symbol)),
          ("present", .bool(present)),
          ("files", .array(files.map(JSONValue.string))),
          ("title", .optional(title)),
          ("dates", .array(dates.map { .object([("date", .string($0.value.iso)), ("citations", .int($0.count))]) })),
          (
            "subjects",
            .array(subjects.map { .object([("subject", .string($0.value)), ("citations", .int($0.count))]) })
          ),
          (
            "citedBy",
            .array(
              edges.map { edge in
                .object(
                  [("source", .optional(edge.sourceID?.description)), ("sourceFile", .string(edge.sourceFile))]
                    + CitationContext.json(edge.citation, sentence: edge.sentence))
              })
          ),
        ]).rendered)
      return
    }

    var out = [
      "\(id)" + (id.symbol.map { " (\($0))" } ?? "") + ": " + (present ? "in the corpus" : "not in the corpus")
    ]
    for file in files { out.append("  file: \(file)") }
    if let title { out.append(context.wrapping.wrap(title, first: "  title: ", rest: "         ")) }
    if !dates.isEmpty {
      out.append(
        dates.count > 1 ? "  dates given by the citing texts (they disagree):" : "  date given by the citing texts:")
      for date in dates { out.append("    \(date.value) (\(date.count.counting("citation")))") }
    }
    if !subjects.isEmpty {
      out.append(
        subjects.count > 1
          ? "  subjects given by the citing texts (they differ):" : "  subject given by the citing texts:")
      for subject in subjects {
        out.append(
          context.wrapping.wrap(
            "\(subject.value) (\(subject.count.counting("citation")))", first: "    ", rest: "      "))
      }
    }
    let sources = Self.groupedBySource(edges, context)
    out.append("")
    out.append(
      edges.isEmpty
        ? "Nothing in the corpus cites it."
        : "Cited by \(sources.count.counting("resolution")) in \(edges.count.counting("citation")):")
    for (name, group) in sources {
      out.append("")
      out.append("\(name) (\(group[0].sourceFile))")
      for edge in group { out += context.lines(for: edge.citation, sentence: edge.sentence) }
    }
    Output.write(out.joined(separator: "\n") + "\n")
  }

  /// Each distinct value with how many times it occurs, most frequent first, ties in order of appearance.
  static func tally<T: Hashable>(_ values: [T]) -> [(value: T, count: Int)] {
    var counts: [T: Int] = [:]
    var order: [T] = []
    for value in values {
      if counts[value] == nil { order.append(value) }
      counts[value, default: 0] += 1
    }
    return order.enumerated().sorted { (-counts[$0.element]!, $0.offset) < (-counts[$1.element]!, $1.offset) }
      .map { ($0.element, counts[$0.element]!) }
  }

  /// The edges grouped by citing resolution, in the order they first appear.
  private static func groupedBySource(_ edges: [CitationEdge], _ context: CitationContext) -> [(String, [CitationEdge])]
  {
    var order: [String] = []
    var groups: [String: [CitationEdge]] = [:]
    for edge in edges {
      let name = context.name(of: edge)
      if groups[name] == nil { order.append(name) }
      groups[name, default: []].append(edge)
    }
    return order.map { ($0, groups[$0]!) }
  }
}
