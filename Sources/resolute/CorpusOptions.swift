import ArgumentParser
import CorpusIndex
import ResolutionKit

/// `--corpus PATH`, `--index PATH` and `--no-index`: which corpus a command reads, and how. Every command takes this
/// group; the commands that look resolutions up read them through `source()`, the index unless `--no-index`.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The corpus folder (default: ./corpus if it exists, else $\(CorpusLocation.environmentVariable)).",
      valueName: "PATH"))
  var corpus: String?

  @Option(
    name: .customLong("index"),
    help: ArgumentHelp("The index file to use instead of the default (see `resolute index`).", valueName: "PATH"))
  var indexPath: String?

  @Flag(help: "Read the whole folder into memory instead of using the index.")
  var noIndex = false

  /// The corpus folder: `--corpus`, else `positional` (the older `list PATH` form), else nil for the default.
  func folder(orPositional positional: String?) throws -> String? {
    if let corpus, let positional, corpus != positional {
      throw ValidationError("give the corpus folder once: either PATH or --corpus PATH")
    }
    return corpus ?? positional
  }

  /// Loads the chosen corpus into memory, or reports why it cannot and fails.
  func load() throws -> Corpus { try CorpusLoading.load(corpus) }

  /// The chosen corpus as a source: its index brought up to date (notices printed), or with `--no-index` the folder
  /// read into memory.
  func source() throws -> any CorpusSource {
    if noIndex { return LoadedCorpus(try load()) }
    let (index, _) = try IndexOpening.openUpdated(corpus: corpus, index: indexPath, announcingWait: false)
    IndexOpening.printNotices(index)
    return index
  }
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
