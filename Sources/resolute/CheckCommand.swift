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
      catalog) could not be read, 0 otherwise.
      """)

  @Argument(help: ArgumentHelp("The corpus folder, as --corpus gives it (kept for compatibility).", valueName: "PATH"))
  var path: String?

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    let corpus = try CorpusLoading.load(corpusOptions.folder(orPositional: path))
    for warning in corpus.warnings { Output.line(warning.description) }
    func count(_ severity: ParseWarning.Severity) -> Int { corpus.warnings.filter { $0.severity == severity }.count }
    func plural(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
    var summary = "\(plural(corpus.resolutions.count, "resolution")) in \(corpus.root): "
      + "\(plural(count(.error), "error")), \(plural(count(.warning), "warning")), \(plural(count(.note), "note"))"
    if !corpus.unreadableFiles.isEmpty {
      summary += "; \(corpus.unreadableFiles.count) could not be read"
    }
    Output.line(summary + ".")
    if !corpus.unreadableFiles.isEmpty { throw ExitCode.failure }
  }
}
