import ArgumentParser
import CorpusIndex
import Foundation
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

  /// The chosen corpus as a source for a command that reads all of it (`list`, `graph`, `check`), folder given as
  /// `folder(orPositional:)` takes it: its index brought up to date, as `source()`. When the index cannot be opened
  /// or updated (a cache that cannot be written, a full disk), the folder is read into memory instead, as these
  /// commands did before there was an index, with a note saying why; with `--no-index`, without a note.
  func wholeCorpus(orPositional positional: String? = nil) throws -> any CorpusSource {
    let given = try folder(orPositional: positional)
    if noIndex { return LoadedCorpus(try CorpusLoading.load(given)) }
    let path = try IndexOpening.resolveFolder(given)
    // A path that is no folder fails in the loader with the message it always had, and leaves no index behind.
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
      return LoadedCorpus(try CorpusLoading.load(path))
    }
    let reason: String
    do throws(IndexOpening.Problem) {
      let index = try IndexOpening.opening(path, index: indexPath, loadingList: true)
      _ = try IndexOpening.updating(index, announcingWait: false)
      IndexOpening.printNotices(index)
      return index
    } catch {
      reason = error.message
    }
    let corpus = try CorpusLoading.load(path)
    Output.error("note: \(reason); read the folder into memory instead")
    return LoadedCorpus(corpus)
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
