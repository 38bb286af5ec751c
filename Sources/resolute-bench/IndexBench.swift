import ArgumentParser
import CorpusIndex
import Foundation
import ResoluteUI
import ResolutionKit

/// Options shared by the benchmarks that read a corpus through its index.
struct IndexOptions: ParsableArguments {
  @Argument(help: "The corpus folder.") var path: String
  @Option(help: "The index file to use (default: a fresh one under a temporary folder, built first).") var index: String?
  @Option(help: "Use the index `resolute` itself uses with XDG_CACHE_HOME set to this folder (built when missing).")
  var cache: String?
  @Option(help: "How many timed runs.") var runs = 5

  /// The temporary folder of an index built by `upToDateIndex` (removed by `removeTemporaryIndex`).
  var temporaryFolder: URL { FileManager.default.temporaryDirectory.appendingPathComponent("resolute-bench-\(getpid())") }

  func removeTemporaryIndex() {
    if index == nil, cache == nil { try? FileManager.default.removeItem(at: temporaryFolder) }
  }

  /// An up-to-date index of `path`: the one given (brought up to date), or one built in a temporary folder.
  func upToDateIndex() throws -> String {
    let indexPath: String
    if let index {
      indexPath = index
    } else if let cache {
      indexPath = IndexedCorpus.defaultIndexPath(forCorpus: path, environment: ["XDG_CACHE_HOME": cache])
    } else {
      try FileManager.default.createDirectory(at: temporaryFolder, withIntermediateDirectories: true)
      indexPath = temporaryFolder.appendingPathComponent("index.sqlite").path
    }
    let corpus = try IndexedCorpus(corpusPath: path, indexPath: indexPath)
    let seconds = try Timing.time { _ = try corpus.update(threads: 2) }
    Timing.note("index at \(indexPath) up to date (\(corpus.summaries.count) resolutions, \(String(format: "%.2f", seconds)) s)")
    return indexPath
  }
}

/// `resolute-bench index PATH`: a full index build into a fresh file, 2 threads.
struct IndexBuildBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index", abstract: "Full index build of PATH into a fresh temporary index, update(threads:).")

  @Argument(help: "The corpus folder.") var path: String
  @Option(help: "How many timed builds.") var runs = 3
  @Option(help: "Threads for update(threads:).") var threads = 2

  func run() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolute-bench-build-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    var times: [Double] = []
    var count = 0
    for run in 0..<max(1, runs) {
      try? FileManager.default.removeItem(at: folder)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let indexPath = folder.appendingPathComponent("index-\(run).sqlite").path
      let seconds = try Timing.time {
        let corpus = try IndexedCorpus(corpusPath: path, indexPath: indexPath)
        let report = try corpus.update(threads: threads)
        count = report.added
      }
      Timing.note("index build \(run + 1): \(count) files in \(String(format: "%.2f", seconds)) s")
      times.append(seconds)
    }
    Timing.report("index_build_\(threads)threads", Timing.median(times), "s", runs: times.count)
    Timing.report("index_build_rate", Double(count) / Timing.median(times), "files/s", runs: times.count)
  }
}

/// `resolute-bench open PATH`: opening an up-to-date index until the list is ready, and the browser's first frame.
struct OpenBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open an up-to-date index (init until summaries are ready), then build the browser and render 80x24.")

  @OptionGroup var options: IndexOptions

  func run() throws {
    let indexPath = try options.upToDateIndex()
    defer { options.removeTemporaryIndex() }
    var open: [Double] = []
    var browser: [Double] = []
    for _ in 0..<max(1, options.runs) {
      var corpus: IndexedCorpus?
      open.append(
        try Timing.time {
          corpus = try IndexedCorpus(corpusPath: options.path, indexPath: indexPath)
          _ = corpus!.summaries.count
        })
      browser.append(
        Timing.time {
          let session = BrowserSession(
            source: corpus!, capabilities: TerminalCapabilities(unicode: true, colors: true), width: 80, height: 24)
          var buffer = ScreenBuffer(width: 80, height: 24)
          session.render(into: &buffer)
        })
    }
    Timing.report("open_index", Timing.median(open) * 1000, "ms", runs: open.count)
    Timing.report("browser_first_frame_in_process", Timing.median(browser) * 1000, "ms", runs: browser.count)
    Timing.report("open_plus_first_frame", (Timing.median(open) + Timing.median(browser)) * 1000, "ms", runs: open.count)
  }
}

/// `resolute-bench search PATH`: the first screen of results (20 hits) for a few queries.
struct SearchBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Full-text search through the index, first 20 hits, for a few queries.")

  @OptionGroup var options: IndexOptions
  @Option(help: "Hits per search (the first screen).") var limit = 20

  static let queries: [(name: String, query: SearchQuery)] = [
    ("technical cooperation", SearchQuery(words: ["technical", "cooperation"])),
    ("\"crime prevention\"", SearchQuery(phrases: ["crime prevention"])),
    ("trafficking", SearchQuery(words: ["trafficking"])),
    ("juven*", SearchQuery(words: ["juven*"])),
    ("cybercrime", SearchQuery(words: ["cybercrime"])),
    ("money-laundering GA 1990-2010", SearchQuery(words: ["money", "laundering"], body: .ga, years: 1990...2010)),
  ]

  func run() throws {
    let indexPath = try options.upToDateIndex()
    defer { options.removeTemporaryIndex() }
    let corpus = try IndexedCorpus(corpusPath: options.path, indexPath: indexPath)
    var medians: [Double] = []
    var firsts: [Double] = []
    for (name, query) in Self.queries {
      var times: [Double] = []
      var hits = 0
      for _ in 0..<max(1, options.runs) {
        times.append(try Timing.time { hits = try corpus.search(query, limit: limit).count })
      }
      firsts.append(times[0])
      Timing.note("search \(name): \(hits) hits, first \(String(format: "%.2f", times[0] * 1000)) ms")
      let median = Timing.median(times)
      medians.append(median)
      let key = name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.replacingOccurrences(of: " ", with: "_")
      Timing.report("search_\(key)", median * 1000, "ms", runs: times.count)
    }
    Timing.report("search_first_screen", Timing.median(medians) * 1000, "ms", runs: medians.count, what: "query medians")
    Timing.report("search_first_screen_worst", (medians.max() ?? .nan) * 1000, "ms", runs: medians.count, what: "query medians, worst")
    Timing.report("search_first_screen_cold", Timing.median(firsts) * 1000, "ms", runs: firsts.count, what: "first runs")
  }
}

/// `resolute-bench follow PATH`: Enter on a citation link in the browser, then a render of the 80x24 screen.
struct FollowBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "follow",
    abstract: "Follow citations in BrowserSession on the index: time handle(.enter) + render(into:) at 80x24.")

  @OptionGroup var options: IndexOptions
  @Option(help: "How many citations to follow (each from a different resolution).") var citations = 200

  func run() throws {
    let indexPath = try options.upToDateIndex()
    defer { options.removeTemporaryIndex() }
    let corpus = try IndexedCorpus(corpusPath: options.path, indexPath: indexPath)
    let summaries = corpus.summaries
    guard !summaries.isEmpty else { throw ValidationError("the corpus has no resolutions") }
    // Resolutions spread over the list, so the followed targets are rarely in the source's small cache.
    let stride = max(1, summaries.count / max(1, citations * 2))
    var times: [Double] = []
    var tried = 0
    var index = 0
    let capabilities = TerminalCapabilities(unicode: true, colors: true)
    while times.count < citations, index < summaries.count {
      let summary = summaries[index]
      index += stride
      guard let id = summary.id, corpus.file(withID: id) == summary.file else { continue }
      tried += 1
      var session = BrowserSession(
        source: corpus, capabilities: capabilities, width: 80, height: 24, open: id.description)
      guard session.location == .resolution(file: summary.file) else { continue }
      // Tab to the first citation of a resolution present in the corpus.
      var found = false
      for _ in 0..<60 {
        _ = session.handle(.tab)
        guard let link = session.selectedLink else { break }
        if case .citation(let citation) = link.target, citation.kind == .resolution, let resolved = citation.resolved,
          resolved != summary.file
        {
          found = true
          break
        }
      }
      guard found else { continue }
      let before = session.location
      var buffer = ScreenBuffer(width: 80, height: 24)
      let seconds = Timing.time {
        _ = session.handle(.enter)
        session.render(into: &buffer)
      }
      guard session.location != before else { continue }
      times.append(seconds)
    }
    Timing.note("follow: \(times.count) citations followed from \(tried) resolutions")
    guard !times.isEmpty else {
      print("follow_citation nan ms (no resolution citation found)")
      return
    }
    Timing.report("follow_citation", Timing.median(times) * 1000, "ms", runs: times.count, what: "citations")
    let sorted = times.sorted()
    Timing.report(
      "follow_citation_p95", sorted[min(sorted.count - 1, sorted.count * 95 / 100)] * 1000, "ms", runs: times.count,
      what: "citations, 95th percentile")
  }
}
