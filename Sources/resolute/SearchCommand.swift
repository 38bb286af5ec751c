import ArgumentParser
import CorpusIndex
import ResolutionKit

/// `resolute search QUERY... [--corpus PATH] [--index PATH] [--json] [--limit N]`.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search every paragraph of a corpus, best matches first.",
    discussion: """
      Every word must occur in the paragraph (case and accents are ignored); `cooperat*` matches words that start \
      with cooperat; "quoted phrases" match words in that order. body:ECOSOC keeps one adopting body, year:2000 or \
      year:1990-2000 the resolutions adopted (or numbered) in those years. Quote the query for the shell: \
      resolute search '"technical cooperation" body:GA'.

      The corpus's index is brought up to date first (see `resolute index`). Comparing every file with the index \
      takes one stat a file, so within \(recentCheckSeconds) seconds of the last time any command did that, search \
      looks only at the folders and the catalog: files added, removed or renamed (as most editors save) are seen, a \
      file rewritten in place is seen only if it is among the hits (their files are compared, and when one changed \
      every file is), and a note on standard error says how long ago every file was compared. --fresh compares \
      every file first.

      Each hit shows the resolution, the \
      paragraph (PP3, 7, IV.3(h), fn2, title), its title and an extract with the matched words in «». --json prints \
      an array of objects with the keys id, file, ref, title, snippet and highlights (UTF-8 byte ranges of the \
      matched words in snippet, as [start, end] pairs).
      """)

  @Argument(help: ArgumentHelp("Words, \"phrases\", body: and year: filters.", valueName: "QUERY"))
  var query: [String]

  @OptionGroup var corpusOptions: CorpusOptions

  @Option(help: ArgumentHelp("At most this many hits.", valueName: "N"))
  var limit = 20

  @Flag(help: "Compare every file with the index first, even within \(recentCheckSeconds) s of the last time.")
  var fresh = false

  /// How long after every file was compared with the index a search trusts that comparison (see the discussion).
  static let recentCheckSeconds = 60

  @OptionGroup var output: OutputOptions

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let parsed: SearchQuery
    do {
      parsed = try SearchQuery(parsing: query.joined(separator: " "))
    } catch {
      throw failure(error.description)
    }
    guard !parsed.isEmpty else { throw failure("nothing to search for: give at least one word or \"phrase\"") }
    if corpusOptions.noIndex {
      do {
        print(try LoadedCorpus(corpusOptions.load()).search(parsed, limit: limit))
      } catch let error as SearchError {
        throw failure(error.description)
      }
      return
    }
    let folder = try IndexOpening.resolveFolder(corpusOptions.corpus)
    let window = fresh ? nil : Double(Self.recentCheckSeconds)
    // The index as it stands, on a read-only connection, checked against the folder as an update would check it: when
    // nothing changed that its answer depends on, that answer is final, and the index is never opened for writing
    // (its writer connection, log set-up and lock cost more than the query).
    let early = ReadOnlySearch.search(
      parsed, limit: limit, corpusPath: folder, indexPath: corpusOptions.indexPath, trustingFilesComparedWithin: window)
    if let early, early.isUpToDate {
      print(early.hits)
      noteComparison(secondsAgo: early.secondsSinceFilesCompared)
      return
    }
    let index = try IndexOpening.open(folder, index: corpusOptions.indexPath, loadingList: false)
    var report = try IndexOpening.update(index, trustingFilesComparedWithin: window)
    var hits: [SearchHit]
    do {
      let stale = report.added + report.changed + report.removed > 0 || report.updatedElsewhere
      if !stale, let early, early.generation == index.currentGeneration {
        hits = early.hits
      } else {
        hits = try index.search(parsed, limit: limit)
      }
      // Only the folders were compared: a hit from a file changed since is never shown; every file is compared and
      // the search asked again.
      if report.secondsSinceFilesCompared != nil, !index.changedFiles(among: hits.map(\.file)).isEmpty {
        report = try IndexOpening.update(index)
        hits = try index.search(parsed, limit: limit)
      }
    } catch let error as SearchError {
      throw failure(error.description)
    }
    IndexOpening.printNotices(index)
    print(hits)
    noteComparison(secondsAgo: report.secondsSinceFilesCompared)
  }

  /// Says on standard error that files were compared only `secondsAgo` (nil: just now, nothing to say).
  private func noteComparison(secondsAgo seconds: Double?) {
    guard let seconds else { return }
    Output.error(
      "note: every file was last compared with the index \(Int(seconds)) s ago; a file rewritten in place since "
        + "then may not be reflected (--fresh compares them now)")
  }

  /// The hits as text or JSON.
  private func print(_ hits: [SearchHit]) {
    if output.json {
      Output.write(JSONValue.array(hits.map(Self.json)).rendered)
      return
    }
    if hits.isEmpty {
      Output.error("no paragraph matches \(query.joined(separator: " "))")
      return
    }
    for hit in hits {
      Output.line("\(hit.displayID)  \(hit.ref)  \(hit.title ?? "(no title)")")
      Output.line("    " + Self.marked(hit))
    }
  }

  static func json(_ hit: SearchHit) -> JSONValue {
    .object([
      ("id", .string(hit.displayID)),
      ("file", .string(hit.file)),
      ("ref", .string(hit.ref)),
      ("title", .optional(hit.title)),
      ("snippet", .string(hit.snippet)),
      ("highlights", .array(hit.highlights.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
    ])
  }

  /// The snippet on one line with each highlight in «», ranges taken in UTF-8 and never splitting a character.
  static func marked(_ hit: SearchHit) -> String {
    let bytes = Array(hit.snippet.utf8)
    var out: [UInt8] = []
    var position = 0
    for range in hit.highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      let lower = max(range.lowerBound, position), upper = min(range.upperBound, bytes.count)
      guard lower < upper, !isContinuation(bytes, lower), !isContinuation(bytes, upper) else { continue }
      out += bytes[position..<lower]
      out += Array("«".utf8) + bytes[lower..<upper] + Array("»".utf8)
      position = upper
    }
    out += bytes[position...]
    return String(decoding: oneLine(out), as: UTF8.self)
  }

  /// Runs of line breaks (the scalars `Character.isNewline` knows: LF, VT, FF, CR, NEL, U+2028, U+2029) become one
  /// space, none at either end. On the UTF-8 bytes: a line break is always a grapheme of its own (or CR LF), and
  /// splitting the text into graphemes cost a search a tenth of what printing its hits did.
  private static func oneLine(_ bytes: [UInt8]) -> [UInt8] {
    var line: [UInt8] = []
    line.reserveCapacity(bytes.count)
    var pendingSpace = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let breakLength =
        switch byte {
        case 0x0A...0x0D: 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] | 1) == 0xA9: 3
        default: 0
        }
      if breakLength > 0 {
        pendingSpace = !line.isEmpty
        index += breakLength
        continue
      }
      if pendingSpace { line.append(0x20) }
      pendingSpace = false
      line.append(byte)
      index += 1
    }
    return line
  }

  private static func isContinuation(_ bytes: [UInt8], _ index: Int) -> Bool {
    index < bytes.count && bytes[index] & 0xC0 == 0x80
  }
}
