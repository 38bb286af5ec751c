import ArgumentParser
import ResolutionKit
import ResoluteUI

/// `resolute list [--corpus PATH] [--json]` (or `list PATH`).
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the resolutions in a corpus, oldest first.",
    discussion: """
      The corpus's index is brought up to date first and the list read from it (see `resolute index`; --no-index \
      reads the folder instead). One line per resolution: id, body, adoption date (YYYY-MM-DD) and title. A resolution whose number is not in \
      its text is shown as BODY [file name]; undated ones come last. On a terminal, long titles are cut to fit the \
      window. --json prints an array with one object per resolution, nothing cut, with the keys id, display, body, \
      number, symbol, title, adopted, meeting, file, structured and catalogued.
      """)

  @Argument(help: ArgumentHelp("The corpus folder, as --corpus gives it (kept for compatibility).", valueName: "PATH"))
  var path: String?

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var output: OutputOptions

  func run() throws {
    let summaries = try corpusOptions.wholeCorpus(orPositional: path).summaries
    if output.json {
      Output.write(JSONValue.array(summaries.map(ResolutionJSON.summary)).rendered)
      return
    }
    let rows = summaries.map { resolution in
      // One line each, always: a newline in a file name or a catalog title must not forge a row.
      [VisibleText.oneLine(resolution.displayID), resolution.body?.key ?? "?", resolution.adopted?.iso ?? "-",
       VisibleText.oneLine(resolution.title ?? "(no title)")]
    }
    let idWidth = rows.map { TerminalColumns.width($0[0]) }.max() ?? 0
    let bodyWidth = rows.map { $0[1].count }.max() ?? 0
    let dateWidth = 10
    for row in rows {
      let head = row[0].padded(to: idWidth) + "  " + row[1].padded(to: bodyWidth) + "  " + row[2].padded(to: dateWidth) + "  "
      var title = row[3]
      // Cut long titles to the window (by columns: CJK and emoji take two), unless so little room is left that the
      // cut title would say nothing.
      let headWidth = TerminalColumns.width(head)
      if let width = Output.terminalWidth, width - headWidth >= 20 {
        title = TerminalColumns.cut(title, toColumns: width - headWidth)
      }
      Output.line(head + title)
    }
  }
}
