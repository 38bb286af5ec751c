import ArgumentParser
import ResolutionKit

/// `resolute check [--corpus PATH]` (or `check PATH`).
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report every problem found in a corpus, as FILE:LINE: SEVERITY: MESSAGE.",
    discussion: """
      Lists unreadable files and folders, empty and binary files, invalid UTF-8, files whose paragraphs could not be \
      recognised, duplicate ids and catalog errors, then a summary line. Exits with status 1 when any file (or the \
      catalog) could not be read, 0 otherwise. The problems are read from the corpus's index, brought up to date \
      first: only files changed since are parsed again (--no-index reads the whole folder instead).
      """)

  @Argument(help: ArgumentHelp("The corpus folder, as --corpus gives it (kept for compatibility).", valueName: "PATH"))
  var path: String?

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    // The index keeps every file's problems as the parser found them, and the folder's; nothing is read again.
    let source = try corpusOptions.wholeCorpus(orPositional: path)
    let warnings = source.warnings
    for warning in warnings { Output.line(warning.description) }
    func count(_ severity: ParseWarning.Severity) -> Int { warnings.filter { $0.severity == severity }.count }
    func plural(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
    var summary = "\(plural(source.summaries.count, "resolution")) in \(CorpusLoader.displayFolder(source.root)): "
      + "\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.note), "note"))"
    let unreadable = source.unreadableCount
    if unreadable > 0 {
      summary += "; \(unreadable) could not be read"
    }
    Output.line(summary + ".")
    if unreadable > 0 { throw ExitCode.failure }
  }
}
