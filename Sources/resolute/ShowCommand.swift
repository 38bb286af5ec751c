import ArgumentParser
import ResolutionKit

/// `resolute show ID-OR-FILE [--corpus PATH] [--json]`.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one resolution in full: title, preamble, operative paragraphs, footnotes, citations.",
    discussion: """
      ID-OR-FILE is an id such as "GA 55/64" (any case), an official symbol such as A/RES/55/64, the placeholder \
      `list` prints for a resolution without a number, or a file: its path, or its name with or without .txt. \
      A file outside the corpus is read on its own (with the catalog of its folder).

      --json prints exactly these keys: id, body, number, symbol, title, adopted (YYYY-MM-DD), meeting, file, \
      preamble [ref, verb, text, line], sections [number, heading], operative [ref, verb, text, line, \
      subparagraphs [ref, text, line]], footnotes [marker, ref, text], citations [ref, text, target, pinpoint, kind, \
      resolved, date, subject]. Missing values are null. A footnote text that no marker points at has ref null.
      """)

  @Argument(help: ArgumentHelp("The resolution's id, symbol or file.", valueName: "ID-OR-FILE"))
  var query: String

  @OptionGroup var corpusOptions: CorpusOptions

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func run() throws {
    let resolution = try ResolutionFinder.find(query, corpus: corpusOptions.corpus)
    if json {
      Output.write(ResolutionJSON.document(resolution).rendered)
    } else {
      Output.write(ResolutionText(wrapping: TextWrapping(width: Output.terminalWidth.map { min($0, 100) })).render(resolution))
    }
  }
}
