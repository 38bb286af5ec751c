import ArgumentParser
import ResolutionKit

/// `resolute`: the root command. `resolute [PATH]` runs the default subcommand, the browser.
struct Resolute: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolute",
    abstract: "Read United Nations resolutions in the terminal.",
    discussion: """
      `resolute [PATH]` opens the browser on the corpus folder PATH; the subcommands read the corpus without it.

      The corpus is a folder of plain-text resolution files. When no folder is given, Resolute uses `corpus/` in \
      the current directory, else the folder named by the environment variable \(CorpusLocation.environmentVariable).
      """,
    subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, CheckCommand.self, CitesCommand.self, CitedByCommand.self, GraphCommand.self, SearchCommand.self, IndexCommand.self, DiffCommand.self, SeriesCommand.self, ReuseCommand.self, MarksCommand.self],
    defaultSubcommand: BrowseCommand.self
  )
}
