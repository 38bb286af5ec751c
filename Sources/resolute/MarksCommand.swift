import ArgumentParser
import ReaderFiles
import ResoluteUI
import ResolutionKit

/// `resolute marks [list|set|remove]`: the marks the browser keeps (`m` and `'`), from a script.
struct MarksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "marks",
    abstract: "List, set or remove the browser's marks for a corpus.",
    discussion: """
      Marks are what `m` sets in the browser and `'` goes to. They are kept per corpus in \
      $XDG_STATE_HOME/resolute/state.json (default ~/.local/state), written atomically, never in the corpus.
      """,
    subcommands: [List.self, Set.self, Remove.self],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the marks: name, place, reference.")
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
      let store = try MarkStore(corpusOptions.corpus)
      let state = store.load()
      if state.marks.isEmpty { Output.line("No marks for \(store.root): m then a letter sets one in the browser.") }
      for (name, place) in state.marks.sorted(by: { $0.key < $1.key }) {
        Output.line("\(name)  \(place.label)\(place.ref.map { "#\($0)" } ?? "")  \(place.file ?? "")")
      }
    }
  }

  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set", abstract: "Set mark NAME to a resolution or paragraph.")
    @Argument(help: "A letter or digit.") var name: String
    @Argument(help: ArgumentHelp("A resolution and optional paragraph: 'GA 55/64#7'.", valueName: "ID#REF"))
    var target: String
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
      guard name.count == 1, let character = name.first, character.isASCII, character.isLetter || character.isNumber
      else { throw failure("a mark is named by one letter or digit, not “\(name)”") }
      let store = try MarkStore(corpusOptions.corpus)
      // Split by hand, keeping empty parts: `''`, `'#'` and `'##'` are mistakes to name, not indexes out of range.
      let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
      let idText = parts[0].trimmingCharacters(in: .whitespaces)
      guard !idText.isEmpty else {
        throw failure("a mark needs a resolution, such as 'GA 55/64' or 'GA 55/64#7', not “\(target)”")
      }
      // The corpus the marks belong to, read into memory: marking must not build an index.
      let options = try CorpusOptions.parse(["--corpus", store.root, "--no-index"])
      let resolution = try ResolutionFinder.find(idText, corpus: options)
      let ref = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
      if let ref, ref.isEmpty { throw failure("no paragraph after # in “\(target)”: 'GA 55/64#7' marks paragraph 7") }
      if let ref, resolution.text(of: ref) == nil {
        throw failure("\(resolution.displayID) has no paragraph \(ref)")
      }
      var state = store.load()
      state.marks[name] = SavedPlace(file: resolution.file, ref: ref, label: resolution.displayID)
      try store.save(state)
      Output.line("Mark \(name): \(ParagraphReference.citation(for: ref, in: resolution) ?? resolution.displayID)")
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove mark NAME.")
    @Argument(help: "The mark's letter or digit.") var name: String
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
      let store = try MarkStore(corpusOptions.corpus)
      var state = store.load()
      guard state.marks.removeValue(forKey: name) != nil else { throw failure("no mark \(name)") }
      try store.save(state)
    }
  }
}

/// The state file seen from one corpus, with files relative to it as the browser keeps them.
private struct MarkStore {
  let root: String
  let key: String
  let file = StateFile(path: ReaderPaths.stateFile())

  init(_ explicit: String?) throws {
    do {
      root = try CorpusLocation.resolve(explicit: explicit)
    } catch {
      throw failure(error.description)
    }
    key = ReaderPaths.corpusKey(root)
  }

  func load() -> ReaderState {
    let (state, problem) = file.load(corpus: key)
    if let problem { Output.error("warning: \(problem)") }
    return state.resolved(against: root)
  }

  func save(_ state: ReaderState) throws {
    do {
      try file.save(state.relative(to: root), corpus: key)
    } catch {
      throw failure(error.description)
    }
  }
}
