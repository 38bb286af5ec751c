import ArgumentParser
import CorpusIndex
import Foundation
import GRDB
import ResolutionKit

/// `resolute-bench reuse PATH`: reused language through the index for ~50 anchor paragraphs, and what the postings
/// cost in index size.
struct ReuseBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reuse",
    abstract: "reusedLanguage(ref:inFile:limit: 20) on the index for anchor paragraphs spread over the corpus; index size.")

  @OptionGroup var options: IndexOptions
  @Option(help: "How many anchor paragraphs.") var anchors = 50

  func run() throws {
    let indexPath = try options.upToDateIndex()
    defer { options.removeTemporaryIndex() }
    let corpus = try IndexedCorpus(corpusPath: options.path, indexPath: indexPath)
    let summaries = corpus.summaries.filter(\.isStructured)
    guard !summaries.isEmpty else { throw ValidationError("the corpus has no structured resolutions") }
    // Resolutions spread over the list; in each, an operative paragraph from the middle (or the last preambular one).
    let step = max(1, summaries.count / max(1, anchors))
    var picked: [(file: String, ref: String)] = []
    var index = 0
    while picked.count < anchors, index < summaries.count {
      let file = summaries[index].file
      index += step
      guard let resolution = corpus.resolution(file: file) else { continue }
      let refs = resolution.operative.map(\.ref)
      guard let ref = refs.isEmpty ? resolution.preamble.last?.ref : refs[refs.count / 2] else { continue }
      picked.append((file, ref))
    }
    var times: [Double] = []
    var firsts: [Double] = []
    var found = 0
    for anchor in picked {
      var runs: [Double] = []
      for _ in 0..<max(1, options.runs) {
        runs.append(Timing.time { found += corpus.reusedLanguage(ref: anchor.ref, inFile: anchor.file, limit: 20).count })
      }
      firsts.append(runs[0])
      times.append(Timing.median(runs))
    }
    Timing.note("reuse: \(picked.count) anchors, \(found / max(1, options.runs)) matches in all")
    let sorted = times.sorted()
    Timing.report("reuse_query", Timing.median(times) * 1000, "ms", runs: times.count, what: "anchor medians")
    Timing.report(
      "reuse_query_p95", sorted[min(sorted.count - 1, sorted.count * 95 / 100)] * 1000, "ms", runs: times.count,
      what: "anchor medians, 95th percentile")
    Timing.report("reuse_query_cold", Timing.median(firsts) * 1000, "ms", runs: firsts.count, what: "first runs")
    try sizes(indexPath)
  }

  /// The index file's size, and how much of it the postings take (SQLite's dbstat, when it is compiled in).
  private func sizes(_ indexPath: String) throws {
    let queue = try DatabaseQueue(path: indexPath, configuration: { var c = Configuration(); c.readonly = true; return c }())
    let (total, postings, rows) = try queue.read { db -> (Int, Int?, Int) in
      let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      let postings = try? Int.fetchOne(
        db, sql: "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'reuse_fingerprints%'")
      let rows = try Int.fetchOne(db, sql: "SELECT coalesce(sum(doc), 0) FROM reuse_fingerprint_counts") ?? 0
      return (pageSize * pages, postings, rows)
    }
    Timing.report("index_size", Double(total) / 1_048_576, "MiB", runs: 1)
    if let postings {
      Timing.report("index_size_without_reuse", Double(total - postings) / 1_048_576, "MiB", runs: 1)
      Timing.report("reuse_postings_size", Double(postings) / 1_048_576, "MiB", runs: 1)
      Timing.report("reuse_postings_bytes_per_row", Double(postings) / Double(max(1, rows)), "bytes", runs: 1)
    }
    Timing.report("reuse_postings_rows", Double(rows), "rows", runs: 1)
  }
}

/// `resolute-bench fingerprint PATH`: the CPU that reused language adds to an index build: the writer's pass over every
/// stored paragraph (fingerprints of the reusable ones, distinct words of all) on one core, parsing excluded.
struct FingerprintBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fingerprint", abstract: "LanguageFingerprint.indexEntries of every paragraph of PATH, one core.")

  @Argument(help: "The corpus folder.") var path: String
  @Option(help: "Stop after this many files (0: all).") var maxFiles = 0

  func run() throws {
    var corpus = try CorpusFiles(folder: path)
    if maxFiles > 0 { corpus.files = Array(corpus.files.prefix(maxFiles)) }
    let parser = ResolutionParser()
    var paragraphs: [SearchableParagraph] = []
    for file in corpus.files { paragraphs += parser.parse(file.bytes, file: file.path).searchableParagraphs }
    var fingerprints = 0
    let seconds = Timing.time {
      for paragraph in paragraphs {
        let entries = LanguageFingerprint.indexEntries(of: paragraph.text)
        if paragraph.isReusable { fingerprints += entries.fingerprints.count }
      }
    }
    Timing.note("fingerprint: \(corpus.files.count) files, \(paragraphs.count) paragraphs, \(fingerprints) fingerprints")
    Timing.report("reuse_fingerprint_1core", seconds, "s", runs: 1, what: "pass over \(corpus.files.count) files")
  }
}
