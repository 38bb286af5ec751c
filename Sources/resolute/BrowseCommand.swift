import ArgumentParser
import Foundation
import CorpusIndex
import ResoluteUI
import ResolutionKit
import TerminalBackend

/// `resolute [PATH] [--open ID#REF] [--no-index]`: the interactive browser (the default command).
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse",
    abstract: "Open the browser on a corpus (the default command).",
    discussion: """
      Keys: j/k move, Tab/Shift-Tab pick a link, Enter follows it, Backspace goes back, : goes to an id, \
      / filters or finds, F searches the whole corpus, ? lists every key, q quits. Needs an interactive terminal; \
      for scripts use list/show/search.

      A folder is read through its index (see `resolute index`), kept in $XDG_CACHE_HOME/resolute/, never in the \
      corpus: the list shows what the index holds at once and fills while changed files are read in the background. \
      A single file, or --no-index, is read into memory instead.
      """)

  @Argument(
    help: ArgumentHelp(
      "The corpus folder, or one file (default: ./corpus if it exists, else $\(CorpusLocation.environmentVariable)).",
      valueName: "PATH"))
  var path: String?

  @Option(help: ArgumentHelp("Start at a resolution or paragraph, e.g. 'GA 55/64#7'.", valueName: "ID#REF"))
  var open: String?

  @Option(name: .customLong("index"), help: ArgumentHelp("The index file to use instead of the default.", valueName: "PATH"))
  var indexPath: String?

  @Flag(help: "Read the whole folder into memory instead of using the index.")
  var noIndex = false

  func run() throws {
    let (source, notice) = try Self.source(path: path, indexPath: indexPath, useIndex: !noIndex)
    do {
      try TerminalRunner.run { capabilities, width, height in
        BrowserSession(
          source: source, capabilities: capabilities, width: width, height: height, open: open, notice: notice)
      }
    } catch let error as TerminalError {
      throw failure(error.description)
    }
    // Said again once the screen is back, where the reader can scroll to it.
    if let notice { Output.error("note: \(notice)") }
  }

  /// What the browser reads: the index of a folder (updating in the background), or the file or folder in memory when
  /// asked or when the index cannot be opened. The notice is for the first screen.
  static func source(path: String?, indexPath: String?, useIndex: Bool) throws -> (any CorpusSource, String?) {
    let location: String
    do {
      location = try CorpusLocation.resolve(explicit: path)
    } catch {
      throw failure(error.description)
    }
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: location, isDirectory: &isFolder)
    if exists, !isFolder.boolValue {
      do {
        return (LoadedCorpus(try CorpusLoader.load(file: location)), nil)
      } catch {
        throw failure(error.description)
      }
    }
    var notice: String?
    if useIndex {
      // A missing folder is reported as such, not as an index problem.
      if !exists { _ = try CorpusLoading.load(location) }
      do {
        let index = try IndexedCorpus(corpusPath: location, indexPath: indexPath)
        index.startUpdating()
        return (index, index.notices.last)
      } catch {
        notice = "the index could not be used (\(error.description)); reading the folder into memory"
      }
    }
    return (LoadedCorpus(try CorpusLoading.load(location)), notice)
  }
}
