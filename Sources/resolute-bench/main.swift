// resolute-bench: in-process measurements for scripts/bench.sh. Each figure is printed as one line,
// `name value unit (median of K runs)`, on standard output; progress and notes go to standard error.
import ArgumentParser
import Foundation
import ResolutionKit

struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolute-bench",
    abstract: "Measure Resolute in-process on a corpus folder (figures are printed, never asserted).",
    discussion: """
      Every figure is one line on standard output: `name value unit (median of K runs)`. Use a release build:
      swift build -c release --product resolute-bench.
      """,
    subcommands: BenchCommands.all)
}

/// The files of a corpus folder as the loader reads them (regular files, hidden ones skipped), bytes in memory.
struct CorpusFiles {
  var files: [(path: String, bytes: [UInt8])] = []
  var totalBytes: Int { files.reduce(0) { $0 + $1.bytes.count } }

  init(folder: String) throws {
    // A corpus named through a symbolic link is read as the browser reads it (the enumerator would list the link).
    let url = URL(fileURLWithPath: folder).resolvingSymlinksInPath()
    guard
      let enumerator = FileManager.default.enumerator(
        at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { throw ValidationError("cannot read \(folder)") }
    var paths: [String] = []
    for case let file as URL in enumerator {
      guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
      if file.lastPathComponent == "catalog.toml" { continue }
      paths.append(file.path)
    }
    paths.sort()
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      files.append((path, [UInt8](data)))
    }
    if files.isEmpty { throw ValidationError("no files in \(folder)") }
  }
}

/// Timing helpers.
enum Timing {
  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  static func time(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    return seconds(clock.now - start)
  }

  static func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// Prints `name value unit (median of K runs)`.
  static func report(_ name: String, _ value: Double, _ unit: String, runs: Int, what: String = "runs") {
    let formatted = value >= 100 ? String(format: "%.0f", value) : value >= 10 ? String(format: "%.1f", value) : String(format: "%.3f", value)
    print("\(name) \(formatted) \(unit) (median of \(runs) \(what))")
    fflush(nil)
  }

  static func note(_ text: String) {
    FileHandle.standardError.write(Data("resolute-bench: \(text)\n".utf8))
  }
}

/// `resolute-bench parse PATH`: parse throughput on one core, bytes already in memory.
struct ParseBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse every file of PATH with ResolutionParser (bytes in memory, one thread); prints MB/s.")

  @Argument(help: "The corpus folder.") var path: String
  @Option(help: "How many timed passes over the folder.") var runs = 5
  @Option(help: "Stop a pass after this many megabytes (0: the whole folder).") var maxMB = 200

  func run() throws {
    var corpus = try CorpusFiles(folder: path)
    if maxMB > 0 {
      var kept = 0
      var count = 0
      for file in corpus.files {
        if kept >= maxMB * 1_000_000 { break }
        kept += file.bytes.count
        count += 1
      }
      corpus.files = Array(corpus.files.prefix(count))
    }
    let parser = ResolutionParser()
    let bytes = Double(corpus.totalBytes)
    Timing.note("parse: \(corpus.files.count) files, \(String(format: "%.1f", bytes / 1e6)) MB per pass")
    // One untimed pass to warm caches and the allocator.
    var paragraphs = 0
    for file in corpus.files { paragraphs &+= parser.parse(file.bytes, file: file.path).operative.count }
    var rates: [Double] = []
    for _ in 0..<max(1, runs) {
      let seconds = Timing.time {
        for file in corpus.files { paragraphs &+= parser.parse(file.bytes, file: file.path).operative.count }
      }
      rates.append(bytes / 1e6 / seconds)
    }
    if paragraphs == 42 { Timing.note("") }  // keeps the work observable
    Timing.report("parse_throughput_1core", Timing.median(rates), "MB/s", runs: rates.count)
    Timing.report("parse_per_file", bytes / Double(corpus.files.count) / Timing.median(rates), "us", runs: rates.count)
  }
}

Bench.main()
