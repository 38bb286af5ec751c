import ArgumentParser
import ResolutionKit

/// `resolute list [PATH] [--json]`.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the resolutions in a corpus, oldest first.",
    discussion: """
      One line per resolution: id, body, adoption date (YYYY-MM-DD) and title. A resolution whose number is not in \
      its text is shown as BODY [file name]; undated ones come last. On a terminal, long titles are cut to fit the window.
      """)

  @Argument(
    help: ArgumentHelp(
      "The corpus folder (default: ./corpus if it exists, else $\(CorpusLocation.environmentVariable)).",
      valueName: "PATH"))
  var path: String?

  @Flag(help: "Print a JSON array instead, one object per resolution, nothing cut.")
  var json = false

  func run() throws {
    let corpus = try CorpusLoading.load(path)
    if json {
      Output.write(JSONValue.array(corpus.resolutions.map(ResolutionJSON.summary)).rendered)
      return
    }
    let rows = corpus.resolutions.map { resolution in
      [resolution.displayID, resolution.body?.key ?? "?", resolution.adopted?.iso ?? "-", resolution.title ?? "(no title)"]
    }
    let idWidth = rows.map { $0[0].count }.max() ?? 0
    let bodyWidth = rows.map { $0[1].count }.max() ?? 0
    let dateWidth = 10
    for row in rows {
      let head = row[0].padded(to: idWidth) + "  " + row[1].padded(to: bodyWidth) + "  " + row[2].padded(to: dateWidth) + "  "
      var title = row[3]
      // Cut long titles to the window, unless so little room is left that the cut title would say nothing.
      if let width = Output.terminalWidth, width - head.count >= 20, head.count + title.count > width {
        title = String(title.prefix(width - head.count - 1)) + "…"
      }
      Output.line(head + title)
    }
  }
}
