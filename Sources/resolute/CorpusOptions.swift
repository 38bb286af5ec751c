import ArgumentParser
import ResolutionKit

/// `--corpus PATH`, shared by every command that looks resolutions up by id.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The corpus folder (default: ./corpus if it exists, else $\(CorpusLocation.environmentVariable)).",
      valueName: "PATH"))
  var corpus: String?

  /// Loads the chosen corpus, or reports why it cannot and fails.
  func load() throws -> Corpus { try CorpusLoading.load(corpus) }
}

/// Loading a corpus for a command: default location, user-facing errors, exit status.
enum CorpusLoading {
  /// Loads the corpus at `explicit`, or at the default location; prints the reason and fails when it cannot.
  static func load(_ explicit: String?) throws -> Corpus {
    do {
      let path = try CorpusLocation.resolve(explicit: explicit)
      return try CorpusLoader.load(path: path)
    } catch {
      throw failure(error.description)
    }
  }
}

/// Explains a failure on standard error and returns the exit status to throw (1), so the message is printed once,
/// sanitized, and ArgumentParser adds nothing.
func failure(_ message: String) -> ExitCode {
  Output.error("error: \(message)")
  return ExitCode.failure
}
