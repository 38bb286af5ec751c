import ArgumentParser
import ResoluteUI
import ResolutionKit
import TerminalBackend

/// `resolute [PATH] [--open ID#REF]`: the interactive browser (the default command).
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Open the browser on a corpus (the default command).",
    discussion: """
      Keys: j/k move, Tab/Shift-Tab pick a link, Enter follows it, Backspace goes back, : goes to an id, \
      / searches, ? lists every key, q quits. Needs an interactive terminal; for scripts use list/show.
      """)

  @Argument(
    help: ArgumentHelp(
      "The corpus folder (default: ./corpus if it exists, else $\(CorpusLocation.environmentVariable)).",
      valueName: "PATH"))
  var path: String?

  @Option(help: ArgumentHelp("Start at a resolution or paragraph, e.g. 'GA 55/64#7'.", valueName: "ID#REF"))
  var open: String?

  func run() throws {
    let corpus = try CorpusLoading.load(path)
    do {
      try TerminalRunner.run { capabilities, width, height in
        BrowserSession(corpus: corpus, capabilities: capabilities, width: width, height: height, open: open)
      }
    } catch let error as TerminalError {
      throw failure(error.description)
    }
  }
}
