import ArgumentParser
import CorpusIndex
import ResolutionKit

/// `resolute reuse ID-OR-FILE REF [--corpus PATH] [--index PATH] [--limit N] [--json] [--no-index]`.
struct ReuseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reuse",
    abstract: "Find the paragraphs of the corpus that reuse the language of one paragraph.",
    discussion: """
      REF is a preambular, operative, subparagraph or annex paragraph of the resolution ID-OR-FILE (PP3, 7, IV.3(c), \
      annex.35; any case and spacing, or as cited: "sect. IV, para. 3 (c)", "annex, para. 35"). \
      Every other paragraph of the corpus, in other resolutions and in the same one, is compared with it; those that \
      share a run of its language are listed best first: similarity (100% = the same words), id, paragraph, adoption \
      date, the longest phrase the two share, and the paragraph's text. Language made of words found everywhere \
      ("of the United Nations Crime Prevention and Criminal Justice Programme") does not count as reuse on its own.

      The corpus's index is brought up to date first and answers the question (see `resolute index`); --no-index \
      reads the folder into memory instead. --json prints an object with the keys anchor (id, file, ref, text) and \
      matches, an array of objects with the keys id, file, ref, adopted (YYYY-MM-DD or null), similarity (0 to 1), \
      sharedPhrase and text.
      """)

  @Argument(help: ArgumentHelp("The resolution's id, symbol or file.", valueName: "ID-OR-FILE"))
  var query: String

  @Argument(help: ArgumentHelp("The paragraph: PP3, 7, IV.3(c).", valueName: "REF"))
  var ref: String

  @OptionGroup var corpusOptions: CorpusOptions

  @Option(help: ArgumentHelp("At most this many matches.", valueName: "N"))
  var limit = 20

  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let source = try corpusOptions.source()
    let file = try ResolutionFinder.file(query, in: source, verb: "using")
    guard let resolution = source.resolution(file: file) else { throw failure("\(file) cannot be read") }
    let refs = resolution.paragraphRefs
    // The one ref grammar: `iv.3 (h)`, `para. 7`, `annex, para. 35` as `show --paragraph` reads them.
    guard let anchorRef = ParagraphRef.find(ref, in: refs) else {
      let known = refs.isEmpty ? "it has no numbered paragraphs" : "its paragraphs are " + Self.summarize(refs)
      throw failure("\(resolution.displayID) has no paragraph \(ref): \(known)")
    }
    let anchorText = resolution.text(of: anchorRef) ?? ""
    let matches = source.reusedLanguage(ref: anchorRef, inFile: file, limit: limit)
    if output.json {
      Output.write(Self.json(resolution: resolution, ref: anchorRef, text: anchorText, matches: matches).rendered)
    } else {
      Output.write(Self.text(resolution: resolution, ref: anchorRef, text: anchorText, matches: matches))
    }
  }

  /// `PP1-PP8, 1-14, IV.3(a)…` would be nicer; the first and last few are enough to show the form.
  static func summarize(_ refs: [String]) -> String {
    refs.count <= 12 ? refs.joined(separator: ", ") : (refs.prefix(6) + ["…"] + refs.suffix(4)).joined(separator: ", ")
  }

  static func percent(_ similarity: Double) -> String { "\(Int((similarity * 100).rounded()))%" }

  static func text(resolution: Resolution, ref: String, text: String, matches: [ReuseMatch]) -> String {
    let wrapping = TextWrapping(width: Output.terminalWidth.map { min($0, 100) })
    var out = "\(resolution.displayID)  \(ref)  \(resolution.adopted?.iso ?? "-")\n"
    out += wrapping.wrap(text, first: "    ", rest: "    ") + "\n\n"
    if matches.isEmpty {
      out += "No other paragraph of the corpus reuses its language.\n"
      return out
    }
    out += "\(matches.count) paragraph\(matches.count == 1 ? "" : "s") reuse its language:\n"
    for match in matches {
      out += "\n" + percent(match.similarity).padded(to: 5) + " \(match.displayID)  \(match.ref)  "
        + "\(match.adopted?.iso ?? "-")\n"
      out += wrapping.wrap("shared: “\(match.sharedPhrase)”", first: "      ", rest: "        ") + "\n"
      out += wrapping.wrap(match.text, first: "      ", rest: "      ") + "\n"
    }
    return out
  }

  static func json(resolution: Resolution, ref: String, text: String, matches: [ReuseMatch]) -> JSONValue {
    .object([
      (
        "anchor",
        .object([
          ("id", .string(resolution.displayID)), ("file", .string(resolution.file)), ("ref", .string(ref)),
          ("text", .string(text)),
        ])
      ),
      (
        "matches",
        .array(
          matches.map { match in
            .object([
              ("id", .string(match.displayID)),
              ("file", .string(match.file)),
              ("ref", .string(match.ref)),
              ("adopted", .optional(match.adopted?.iso)),
              ("similarity", .fraction(match.similarity)),
              ("sharedPhrase", .string(match.sharedPhrase)),
              ("text", .string(match.text)),
            ])
          })
      ),
    ])
  }
}
