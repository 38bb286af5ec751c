import ArgumentParser
import CorpusIndex
import Foundation
import ResolutionKit

/// `resolute-bench series PATH`: building a SeriesIndex and asking it for the series of resolutions spread over the
/// corpus.
struct SeriesBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "series",
    abstract: "SeriesIndex(source:) build time, and series(ofFile:) for anchors spread over the list (index or memory).")

  @OptionGroup var options: IndexOptions
  @Option(help: "How many anchors to ask about.") var anchors = 50
  @Flag(help: "Read the corpus into memory (LoadedCorpus) instead of through its index.") var loaded = false

  func run() throws {
    let source: any CorpusSource
    if loaded {
      source = LoadedCorpus(try CorpusLoader.load(path: options.path))
    } else {
      let indexPath = try options.upToDateIndex()
      source = try IndexedCorpus(corpusPath: options.path, indexPath: indexPath)
    }
    defer { options.removeTemporaryIndex() }
    let summaries = source.summaries
    guard !summaries.isEmpty else { throw ValidationError("the corpus has no resolutions") }
    let kind = loaded ? "loaded" : "indexed"

    var index: SeriesIndex?
    var builds: [Double] = []
    for _ in 0..<max(1, options.runs) {
      builds.append(Timing.time { index = SeriesIndex(source: source) })
    }
    let series = index!

    let stride = max(1, summaries.count / max(1, anchors))
    let files = Swift.stride(from: 0, to: summaries.count, by: stride).prefix(anchors).map { summaries[$0].file }
    var times: [Double] = []
    var sizes: [Int] = []
    var withPredecessor = 0
    for file in files {
      var found: ResolutionSeries?
      times.append(Timing.time { found = series.series(ofFile: file) })
      sizes.append(found?.members.count ?? 0)
      if found?.predecessor != nil { withPredecessor += 1 }
    }
    let sorted = times.sorted()
    Timing.note(
      "series (\(kind), \(summaries.count) resolutions, \(source.absentSummaries.count) cited only): \(files.count) anchors, "
        + "members median \(Int(Timing.median(sizes.map(Double.init)))), max \(sizes.max() ?? 0), "
        + "\(withPredecessor) with a predecessor")
    Timing.report("series_index_build_\(kind)", Timing.median(builds) * 1000, "ms", runs: builds.count)
    Timing.report("series_query_\(kind)", Timing.median(times) * 1000, "ms", runs: times.count, what: "anchors")
    Timing.report(
      "series_query_\(kind)_p95", sorted[min(sorted.count - 1, sorted.count * 95 / 100)] * 1000, "ms",
      runs: times.count, what: "anchors, 95th percentile")
  }
}
