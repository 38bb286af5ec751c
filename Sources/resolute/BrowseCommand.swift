import ArgumentParser
import Foundation
import CorpusIndex
import ReaderFiles
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

      Keys and colours can be changed in $XDG_CONFIG_HOME/resolute/config.toml (see the README); marks (m, ') and \
      the places visited (B) are kept in $XDG_STATE_HOME/resolute/state.json, written atomically.
      """)

  @Argument(
    help: ArgumentHelp(
      "The corpus folder, or one file (default: ./corpus if it exists, else $\(CorpusLocation.environmentVariable)).",
      valueName: "PATH"))
  var path: String?

  @Option(help: ArgumentHelp("Start at a resolution or paragraph, e.g. 'GA 55/64#7'.", valueName: "ID#REF"))
  var open: String?

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    let (source, sourceNotice) = try Self.source(
      path: corpusOptions.folder(orPositional: path), indexPath: corpusOptions.indexPath,
      useIndex: !corpusOptions.noIndex)
    var config = ConfigFile.load(path: ReaderPaths.configFile())
    // The help names the file as a reader writes it: under the home folder, with `~`.
    if let file = config.file, let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty,
      file.hasPrefix(home.hasSuffix("/") ? home : home + "/")
    {
      config.file = "~/" + file.dropFirst(home.hasSuffix("/") ? home.count : home.count + 1)
    }
    let stateFile = StateFile(path: ReaderPaths.stateFile())
    let corpusKey = ReaderPaths.corpusKey(source.root)
    let (saved, stateProblem) = stateFile.load(corpus: corpusKey)
    // A single file is its own corpus: its folder is where its path is relative to.
    let root = source.root
    let state = saved.resolved(against: root)
    let notice = sourceNotice ?? stateProblem
    // The prompts' history lives beside the state file, for every corpus alike (as a shell's history does).
    let historyFile = PromptHistoryFile(
      path: (stateFile.path as NSString).deletingLastPathComponent + "/prompt-history.json")
    let promptHistory = historyFile.load().history
    var savedHistoryRevision = 0
    var savedRevision = 0
    var saveProblem: String?
    do {
      try TerminalRunner.run(
        colors: config.colors,
        observe: { (session: BrowserSession) in
          if session.promptHistoryRevision != savedHistoryRevision {
            savedHistoryRevision = session.promptHistoryRevision
            // Merged under the lock with what other sessions saved meanwhile; a history that cannot be read is
            // left as it is (the prompts still work, with this session's lines).
            do {
              try historyFile.save(session.promptHistory)
            } catch {
              saveProblem = "\(error)"
            }
          }
          // Saved as soon as it changes, so a killed session loses nothing the reader did.
          guard session.stateRevision != savedRevision else { return }
          savedRevision = session.stateRevision
          do {
            try stateFile.save(session.readerState.relative(to: root), corpus: corpusKey)
          } catch {
            saveProblem = "\(error)"
          }
        }
      ) { capabilities, width, height in
        let session = BrowserSession(
          source: source, capabilities: capabilities, width: width, height: height, open: open, notice: notice,
          // The runner reads keys while long work runs on a thread of its own: q and Esc act at once, from the
          // first screen on (`--open` of a huge file is opened after it is shown).
          config: config, state: state, promptHistory: promptHistory, defersLongWork: true)
        return session
      }
    } catch let error as TerminalError {
      throw failure(error.description)
    }
    // Said again once the screen is back, where the reader can scroll to it.
    if let notice { Output.error("note: \(notice)") }
    for problem in config.problems { Output.error("config: \(problem)") }
    if let saveProblem { Output.error("warning: marks and history not saved: \(saveProblem)") }
  }

  /// Rows read before the first screen: more than any terminal shows at once.
  static let firstScreenRows = 500

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
        // The first screen needs the head of the list only; the rest is read in the background before the folder
        // is looked at (at 100,000 files reading the whole list took most of a second before anything was drawn).
        let index = try IndexedCorpus(
          corpusPath: location, indexPath: indexPath, firstRows: firstScreenRows, namedByUser: true)
        index.startUpdating()
        return (IndexOrMemory(index: index), index.notices.last)
      } catch {
        notice = "the index could not be used (\(error.description)); reading the folder into memory"
      }
    }
    return (LoadedCorpus(try CorpusLoading.load(location)), notice)
  }
}
