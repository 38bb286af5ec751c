import ArgumentParser
import ResolutionKit

/// `resolute diff OLD NEW [--corpus PATH] [--json] [--width N] [--side-by-side | --interleaved]`, or
/// `resolute diff ID` to compare a resolution with its predecessor in its series.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two resolutions paragraph by paragraph, word by word.",
    discussion: """
      OLD and NEW are ids, symbols or files, as `show` takes them. With one resolution only, it is compared with \
      its predecessor in its series (see `resolute series`), as the browser's `d` proposes. Preambular paragraphs are aligned with \
      preambular ones and operative units (paragraphs and subparagraphs) with operative ones. Paragraphs with the \
      same words are unchanged whatever their numbers; similar ones (half their word pairs shared) are changed, \
      or moved when out of order; the rest are added or dropped. Rows follow the new text; a dropped paragraph \
      appears after the one that preceded it. Changed words are marked [-deleted-] and {+inserted+}.

      The text form is side by side when the width (the terminal's, or --width; 80 when not a terminal) is at \
      least \(ComparisonText.Layout.sideBySideWidth) columns, interleaved otherwise. --json prints {old: {file, \
      name}, new: {file, name}, counts: {unchanged, changed, moved, added, dropped}, preamble: [row], operative: \
      [row]} with row = {change, old: {ref, text} or null, new: {ref, text} or null, words: [{op: \
      equal|inserted|deleted, text}]}.
      """)

  @Argument(help: ArgumentHelp("The earlier resolution's id, symbol or file.", valueName: "OLD"))
  var old: String

  @Argument(
    help: ArgumentHelp(
      "The later resolution's id, symbol or file (default: OLD is the later one, compared with its predecessor).",
      valueName: "NEW"))
  var new: String?

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var output: OutputOptions

  @Option(help: ArgumentHelp("Lay the text out in N columns (default: the terminal's width, else 80).", valueName: "N"))
  var width: Int?

  @Flag var layout: ComparisonText.Layout?

  /// Below this a column of the side-by-side form would hold only a few words.
  static let minimumWidth = 40

  func validate() throws {
    if let width, width < Self.minimumWidth { throw ValidationError("--width must be at least \(Self.minimumWidth)") }
  }

  func run() throws {
    let found: [Resolution]
    if let new {
      found = try ResolutionFinder.find([old, new], corpus: corpusOptions)
    } else {
      let corpus = try corpusOptions.source()
      let later = try ResolutionFinder.resolution(old, in: corpus)
      let series = SeriesIndex(source: corpus).series(ofFile: later.file)
      guard let predecessor = series?.predecessor, let file = predecessor.file, let older = corpus.resolution(file: file)
      else {
        throw failure(
          "\(later.displayID) has no earlier resolution of its series in the corpus (`resolute series` shows it); "
            + "name the one to compare with: resolute diff OLD NEW")
      }
      Output.error("note: comparing with \(predecessor.displayID), its predecessor in its series")
      found = [older, later]
    }
    let comparison = ResolutionComparison(old: found[0], new: found[1])
    if output.json {
      Output.write(ComparisonJSON.document(comparison).rendered)
      return
    }
    let columns = width ?? Output.terminalWidth ?? 80
    let chosen = layout ?? (columns >= ComparisonText.Layout.sideBySideWidth ? .sideBySide : .interleaved)
    let sanitize: (String) -> String = Output.isTerminal ? { VisibleText.sanitize($0) } : { $0 }
    Output.write(ComparisonText(width: columns, layout: chosen, visible: sanitize).render(comparison))
  }
}
