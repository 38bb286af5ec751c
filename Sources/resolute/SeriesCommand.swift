import ArgumentParser
import ResolutionKit

/// `resolute series ID-OR-FILE [--corpus PATH] [--json]`: the series a resolution belongs to, as a timeline.
struct SeriesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "series",
    abstract: "Show the series of resolutions on the same subject as one resolution, oldest first.",
    discussion: """
      ID-OR-FILE is an id such as "GA 55/64" or A/RES/55/64, the placeholder `list` prints for a resolution without \
      a number, a file of the corpus, or the id of a resolution the corpus cites but does not hold ("GA 58/140").

      Members are resolutions whose titles share the rare words of this one's title (words every title uses weigh \
      almost nothing), resolutions it cites or that cite it with a somewhat similar title or in a report on the \
      implementation of the earlier text, and cited-only resolutions whose subject, as the citing texts give it, \
      matches. Every member is related to the resolution asked about itself, not only through another member.

      One line per member: date (YYYY-MM-DD, else the year, else "undated"), id, "in corpus" or "cited only", title; \
      ">" marks the resolution asked about. The predecessor is the latest earlier member in the corpus, the \
      successor the earliest later one.

      --json prints {subject, anchor, predecessor, successor, members: [id, file, title, date, year, present, \
      evidence]}: anchor, predecessor and successor are indexes into members (null when there is none); evidence \
      holds {kind: similarTitle, similarity}, {kind: citesAnchor}, {kind: citedByAnchor}, {kind: citationSubject}.
      """)

  @Argument(help: ArgumentHelp("The resolution's id, symbol or file, present or cited only.", valueName: "ID-OR-FILE"))
  var query: String

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var output: OutputOptions

  func run() throws {
    let source = try corpusOptions.source()
    let index = SeriesIndex(source: source)
    let series = try find(query, in: source, index: index)
    if output.json {
      Output.write(Self.json(series).rendered)
    } else {
      Output.write(Self.text(series).joined(separator: "\n") + "\n")
    }
  }

  /// The series of the resolution `query` names: present by id or file, else cited only by id.
  private func find(_ query: String, in source: any CorpusSource, index: SeriesIndex) throws -> ResolutionSeries {
    let suggestions: [String]
    switch source.lookup(query) {
    case .found(let file, let others):
      if !others.isEmpty {
        let files = ([file] + others).joined(separator: ", ")
        Output.error("note: \(query) matches \(others.count + 1) files: \(files); using \(file)")
      }
      if let series = index.series(ofFile: file) { return series }
      suggestions = []
    case .notFound(let close):
      suggestions = close
    }
    // Ids and symbols read in any case, with the number made canonical by its grammar.
    if let id = ResolutionID(query) {
      if let absent = source.absentSummaries.first(where: { $0.id == id }),
        let series = index.series(of: absent.id)
      {
        return series
      }
    }
    throw ResolutionFinder.notFound(
      query, in: source.root, suggestions: suggestions, qualifier: ", and none cited there by that id")
  }

  /// `2004-07-21`, `2002`, or `undated`.
  static func when(_ member: SeriesMember) -> String {
    member.date?.iso ?? member.year.map(String.init) ?? "undated"
  }

  static func text(_ series: ResolutionSeries) -> [String] {
    let present = series.members.filter(\.isPresent).count
    var out = [
      "Series: \(series.subject)",
      "\(series.members.count.counting("resolution")), \(present) in the corpus:",
      "",
    ]
    let dateWidth = series.members.map { when($0).count }.max() ?? 0
    let idWidth = series.members.map(\.displayID.count).max() ?? 0
    for (index, member) in series.members.enumerated() {
      let marker = index == series.anchor ? "> " : "  "
      let head =
        marker + when(member).padded(to: dateWidth) + "  " + member.displayID.padded(to: idWidth) + "  "
        + (member.isPresent ? "in corpus " : "cited only") + "  "
      var title = member.title ?? (member.isPresent ? "(no title)" : "(no citing text gives its subject)")
      // Cut long titles to the window, unless so little room is left that the cut title would say nothing.
      if let width = Output.terminalWidth, width - head.count >= 20, head.count + title.count > width {
        title = String(title.prefix(width - head.count - 1)) + "…"
      }
      out.append(head + title)
    }
    out.append("")
    out.append("Predecessor: " + (series.predecessor.map(describe) ?? "none in the corpus"))
    out.append("Successor: " + (series.successor.map(describe) ?? "none in the corpus"))
    return out
  }

  private static func describe(_ member: SeriesMember) -> String {
    "\(member.displayID) (\(when(member)))"
  }

  static func json(_ series: ResolutionSeries) -> JSONValue {
    func position(_ member: SeriesMember?) -> JSONValue {
      .optional(member.flatMap { series.members.firstIndex(of: $0) })
    }
    let members = series.members.map { member in
      JSONValue.object([
        ("id", .optional(member.id?.description)),
        ("file", .optional(member.file)),
        ("title", .optional(member.title)),
        ("date", .optional(member.date?.iso)),
        ("year", .optional(member.year)),
        ("present", .bool(member.isPresent)),
        ("evidence", .array(member.evidence.map(json))),
      ])
    }
    return .object([
      ("subject", .string(series.subject)),
      ("anchor", .int(series.anchor)),
      ("predecessor", position(series.predecessor)),
      ("successor", position(series.successor)),
      ("members", .array(members)),
    ])
  }

  private static func json(_ evidence: SeriesEvidence) -> JSONValue {
    switch evidence {
    case .similarTitle(let similarity): .object([("kind", .string("similarTitle")), ("similarity", .fraction(similarity))])
    case .citesAnchor: .object([("kind", .string("citesAnchor"))])
    case .citedByAnchor: .object([("kind", .string("citedByAnchor"))])
    case .citationSubject: .object([("kind", .string("citationSubject"))])
    }
  }
}
