import ArgumentParser
import CorpusIndex
import ResolutionKit

/// `resolute index [--corpus PATH] [--index PATH] [--json]` (or `index PATH`).
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or refresh the search index of a corpus, and say where it is.",
    discussion: """
      The index is a cache kept outside the corpus, in $XDG_CACHE_HOME/resolute/ (else ~/.cache/resolute/), one \
      folder per corpus; the corpus itself is never written to. Only files whose size, time or catalog entry changed \
      since the last run are read again. An index that is damaged, from another version of Resolute or made for \
      another folder is rebuilt, with a note saying so. While another process updates the same index, this one waits \
      for it.

      Prints what changed (added, changed, removed, unchanged files), how long it took, the number of problems found \
      in the corpus (`resolute check` lists them) and the index file. --json prints an object with the keys corpus, \
      index, resolutions, added, changed, removed, unchanged, milliseconds (the update), openMilliseconds (reading \
      what the index held, before the update), warnings, notices.
      """)

  @Argument(help: ArgumentHelp("The corpus folder, as --corpus gives it (kept for compatibility).", valueName: "PATH"))
  var path: String?

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var output: OutputOptions

  func run() throws {
    let ((index, report), openTime) = try IndexOpening.openUpdatedTimed(
      corpus: corpusOptions.folder(orPositional: path), index: corpusOptions.indexPath)
    if output.json {
      Output.write(
        JSONValue.object([
          ("corpus", .string(index.root)),
          ("index", .string(index.indexPath)),
          ("resolutions", .int(index.summaries.count)),
          ("added", .int(report.added)),
          ("changed", .int(report.changed)),
          ("removed", .int(report.removed)),
          ("unchanged", .int(report.unchanged)),
          ("milliseconds", .int(Int((report.seconds * 1000).rounded()))),
          ("openMilliseconds", .int(Int(openTime.components.seconds * 1000 + openTime.components.attoseconds / 1_000_000_000_000_000))),
          ("warnings", .int(report.warnings)),
          ("notices", .array(index.notices.map(JSONValue.string))),
        ]).rendered)
      return
    }
    IndexOpening.printNotices(index)
    let total = index.summaries.count
    Output.line(
      "\(index.root): \(total.counting("resolution")) indexed (\(report.added) added, \(report.changed) changed, "
        + "\(report.removed) removed, \(report.unchanged) unchanged) in \(String(format: report.seconds)) s; "
        + "\(report.warnings.counting("problem")) (see resolute check)")
    Output.line("index: \(index.indexPath)")
  }
}

/// Opening the index for a command: default corpus and index locations, notices, errors as messages.
enum IndexOpening {
  /// The index of the corpus at `corpus` (or the default corpus), brought up to date; waits when another process is
  /// updating it. Prints why and fails when it cannot.
  /// `loadingList: false` for a command that only searches (see `IndexedCorpus.init`).
  /// `announcingWait: false` waits without a note, for commands whose output is about resolutions, not the index.
  static func openUpdated(
    corpus: String?, index: String?, loadingList: Bool = true, announcingWait: Bool = true
  ) throws -> (IndexedCorpus, IndexUpdateReport) {
    let opened = try open(resolveFolder(corpus), index: index, loadingList: loadingList)
    return (opened, try update(opened, announcingWait: announcingWait))
  }

  /// The same, with the time opening took (reading the list from the index, before looking at the folder).
  static func openUpdatedTimed(
    corpus: String?, index: String?, loadingList: Bool = true
  ) throws -> ((IndexedCorpus, IndexUpdateReport), Duration) {
    let folder = try resolveFolder(corpus)
    let start = ContinuousClock.now
    let opened = try open(folder, index: index, loadingList: loadingList)
    let openTime = ContinuousClock.now - start
    return ((opened, try update(opened)), openTime)
  }

  /// The index of the corpus folder `folder` as it stands, not yet brought up to date.
  static func open(_ folder: String, index: String?, loadingList: Bool) throws -> IndexedCorpus {
    do {
      return try opening(folder, index: index, loadingList: loadingList)
    } catch {
      throw failure(error.message)
    }
  }

  /// Brings `opened` up to date; waits when another process is updating it. `trustingFilesComparedWithin`: see
  /// `IndexedCorpus.update`.
  static func update(
    _ opened: IndexedCorpus, announcingWait: Bool = true, trustingFilesComparedWithin window: Double? = nil
  ) throws -> IndexUpdateReport {
    do {
      return try updating(opened, announcingWait: announcingWait, trustingFilesComparedWithin: window)
    } catch {
      throw failure(error.message)
    }
  }

  /// Why the index could not be opened or brought up to date, for a caller that prints it or does without the index.
  struct Problem: Error {
    var message: String
  }

  /// `open`, failing with the reason instead of printing it.
  static func opening(_ folder: String, index: String?, loadingList: Bool) throws(Problem) -> IndexedCorpus {
    do {
      return try IndexedCorpus(corpusPath: folder, indexPath: index, loadingList: loadingList, namedByUser: true)
    } catch {
      throw Problem(message: error.description)
    }
  }

  /// `update`, failing with the reason instead of printing it.
  static func updating(
    _ opened: IndexedCorpus, announcingWait: Bool, trustingFilesComparedWithin window: Double? = nil
  ) throws(Problem) -> IndexUpdateReport {
    let report: IndexUpdateReport
    do {
      report = try opened.update(trustingFilesComparedWithin: window)
    } catch {
      throw Problem(message: error.description)
    }
    guard report.updatedElsewhere else { return report }
    if announcingWait {
      Output.error("note: another process is updating the index at \(opened.indexPath); waiting for it")
    }
    let noticesBefore = opened.notices.count
    opened.startUpdating()
    opened.waitUntilComplete()
    if let problem = opened.notices.dropFirst(noticesBefore).first { throw Problem(message: problem) }
    return IndexUpdateReport(
      unchanged: opened.summaries.count, seconds: report.seconds, warnings: opened.warnings.count,
      updatedElsewhere: true)
  }

  /// The corpus folder given, or the default one.
  static func resolveFolder(_ corpus: String?) throws -> String {
    do {
      return try CorpusLocation.resolve(explicit: corpus)
    } catch {
      throw failure(error.description)
    }
  }

  static func printNotices(_ index: IndexedCorpus) {
    for notice in index.notices { Output.error("note: \(notice)") }
  }
}

extension String {
  /// `0.42`: seconds with two decimals, without Foundation's locale-dependent formatting.
  fileprivate init(format seconds: Double) {
    let hundredths = Int((seconds * 100).rounded())
    let fraction = hundredths % 100
    self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
