import Dispatch
import Foundation
import GRDB
import ResolutionKit

/// One incremental refresh of an index: walk the folder, parse what is new or changed in parallel, commit in batches
/// (publishing the list after each), then recompute what depends on the whole corpus (absent resolutions,
/// duplicate ids, folder warnings).
struct IndexUpdate: Sendable {
  let corpus: IndexedCorpus
  let threads: Int
  /// When every file was compared with the record less than this many nanoseconds ago, compare only the folders
  /// (FolderCheck); nil: compare every file.
  var trustingFilesComparedWithin: Int64? = nil
  /// The paragraphs from which an index gets champion lists (ChampionLists; tests make them on small corpora).
  var championThreshold = ChampionLists.minimumParagraphs
  /// Files per transaction: large enough that commits are cheap, small enough that the list fills visibly.
  static let batchSize = 500

  /// A file to parse, and the row it replaces when it changed.
  private struct Work: Sendable {
    var listed: CorpusLoader.ListedFile
    var entries: [CatalogEntry]
    var catalog: String
    var replaces: Int64?
  }

  func run(waitForLock: Bool) throws(IndexError) -> IndexUpdateReport {
    let clock = ContinuousClock.now
    // One update at a time within this instance (a lock file does not exclude its own holder), then across processes.
    if waitForLock {
      corpus.updateGate.lock()
    } else if !corpus.updateGate.try() {
      return readOnly(since: clock)
    }
    defer { corpus.updateGate.unlock() }
    if waitForLock {
      // While another process builds, show what it has committed so far, then take over when it is done.
      while try !corpus.lock.tryLock() {
        corpus.setProgress("another process is updating the index; showing what it has done so far")
        corpus.reloadIfChanged()
        Thread.sleep(forTimeInterval: Self.pollInterval)
      }
    } else if try !corpus.lock.tryLock() {
      return readOnly(since: clock)
    }
    defer { corpus.lock.unlock() }
    var report = try update()
    report.seconds = seconds(since: clock)
    report.warnings = try database { db in try IndexQueries.warningCount(db) }
    return report
  }

  /// How often a waiting instance looks at another process's progress.
  static let pollInterval = 0.5

  /// The report when someone else is updating: this instance only re-reads what they committed.
  private func readOnly(since clock: ContinuousClock.Instant) -> IndexUpdateReport {
    corpus.reloadIfChanged()
    return IndexUpdateReport(
      unchanged: corpus.summaries.count, seconds: seconds(since: clock), warnings: corpus.warnings.count,
      updatedElsewhere: true)
  }

  private func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  private func update() throws(IndexError) -> IndexUpdateReport {
    let root = corpus.root
    // Under the lock the database is the truth. When the folder is as the freshness record beside the index says
    // (the usual case for a command), one `stat` per folder and per file is all an update does.
    let (generation, wasComplete) = try database { db in
      (
        try IndexSnapshot.generation(db),
        try IndexSnapshot.isComplete(db)
      )
    }
    let owner = FolderCheck.owner(indexPath: corpus.indexPath, generation: generation)
    if wasComplete,
      let found = FolderCheck.unchanged(
        root: root, indexPath: corpus.indexPath, owner: owner, threads: threads,
        trustingFilesComparedWithin: trustingFilesComparedWithin)
    {
      if generation != corpus.snapshotGeneration && corpus.isListLoaded { corpus.reloadIfChanged() }
      var report = IndexUpdateReport(unchanged: found.fileCount)
      report.secondsSinceFilesCompared = found.secondsSinceFilesCompared
      return report
    }
    // Else the full walk; then only what tells a file changed is read from the index.
    let stamps = try database { db in try IndexSnapshot.loadStamps(db) }

    corpus.setProgress("reading the folder \(root)")
    let listing: CorpusLoader.Listing
    let walkStart = FolderCheck.now()
    // Stamped before the walk reads it, so a change made meanwhile is seen by the next check.
    let catalogStamp = FolderCheck.stamp(FolderCheck.catalogPath(root: root))
    do {
      listing = try CorpusLoader.listFiles(path: root)
    } catch {
      FolderCheck.remove(indexPath: corpus.indexPath)
      throw .corpusUnreadable(path: root, reason: error.description)
    }
    // Whatever happens below, the record no longer holds until this update has ended well.
    FolderCheck.remove(indexPath: corpus.indexPath)

    var report = IndexUpdateReport()
    var work: [Work] = []
    var matched = 0
    for listed in listing.files {
      let entries = listing.catalogEntries[listed.relative] ?? []
      let catalog = entries.isEmpty ? "" : CatalogFingerprint.of(entries)
      if let known = stamps[listed.relative] {
        matched += 1
        if known.size == listed.size && known.modified == listed.modified && known.catalog == catalog {
          report.unchanged += 1
        } else {
          work.append(Work(listed: listed, entries: entries, catalog: catalog, replaces: known.rowID))
        }
      } else {
        work.append(Work(listed: listed, entries: entries, catalog: catalog, replaces: nil))
      }
    }
    var removed: [Int64] = []
    if matched < stamps.count {
      let listedRelatives = Set(listing.files.map(\.relative))
      removed = stamps.filter { !listedRelatives.contains($0.key) }.map(\.value.rowID).sorted()
    }
    report.removed = removed.count

    if work.isEmpty && removed.isEmpty && wasComplete {
      let prefix = corpus.prefix
      let stored = try database { db in try IndexQueries.folderWarnings(db, prefix: prefix) }
      if stored == listing.warnings {
        // Nothing to write. Another process may have committed since this instance read the list.
        if generation != corpus.snapshotGeneration && corpus.isListLoaded { corpus.reloadIfChanged() }
        corpus.setProgress(nil)
        FolderCheck.write(
          listing, catalog: catalogStamp, walkStart: walkStart, owner: owner, indexPath: corpus.indexPath)
        return report
      }
    }

    let indexed = try database { db in try IndexSnapshot.loadFiles(db, root: root, withStamps: true) }
    if generation != corpus.snapshotGeneration {
      let absent = try database { db in try IndexSnapshot.loadAbsent(db) }
      corpus.publish { snapshot in
        snapshot.setFiles(indexed)
        snapshot.absent = absent
        snapshot.generation = generation
      }
    }

    var files = indexed
    var unreadable: [ParseWarning] = []
    // The champion lists as this update has read and written them, kept from one transaction to the next; the
    // parsing threads count the rows' listed terms with tokenizers of their own.
    var champions = ChampionLists.Changes()
    // The parsing threads; each has a tokenizer and (once there is a dictionary) a compressor of its own, by number.
    let workerCount = max(1, threads)
    let counting = work.isEmpty ? nil : try database { db -> (ChampionLists.ListedTerms?, [ParagraphTokenizer]) in
      (try ChampionLists.loadListedIfChosen(db), try (0..<workerCount).map { _ in try ParagraphTokenizer(db) })
    }
    if let listed = counting?.0 { champions.reset(listed: listed) }
    func counter() -> ChampionLists.Counter? {
      guard let counting, let listed = champions.listedTerms, !listed.terms.isEmpty else { return nil }
      return ChampionLists.Counter(listed: listed, tokenizers: counting.1)
    }
    // The stored texts' dictionary, once the index has one (a new index makes it with its first batch): the parsing
    // threads then compress the texts, not the writer.
    var dictionary = work.isEmpty ? [] : try database { db in try ParagraphStore.dictionary(db) }
    // The ids whose absent rows this update can change, when the index was complete: what the files deleted and
    // inserted cite, and their own ids (`IndexWriter.absentKeys`). Else (a new index, an interrupted update) every row
    // is recomputed.
    var absentKeys: Set<String>? = wasComplete ? [] : nil
    func noteAbsentKeys(ofFile fileID: Int64, _ db: Database) throws {
      if absentKeys != nil { absentKeys!.formUnion(try IndexWriter.absentKeys(ofFile: fileID, db)) }
    }
    var done = 0
    let total = work.count
    if !removed.isEmpty {
      let gone = Set(removed)
      try write { db in
        try IndexWriter.setMeta("complete", "0", db)
        var words = IndexWriter.BatchChanges(champions: champions)
        champions = ChampionLists.Changes()  // one owner, so the lists are changed in place
        for fileID in removed {
          try noteAbsentKeys(ofFile: fileID, db)
          try IndexWriter.delete(fileID: fileID, db, words: &words)
        }
        try IndexWriter.applyBatchChanges(&words, db)
        champions = words.champions
      }
      files.removeAll { gone.contains($0.rowID) }
      publish(files)
    }
    var unpublished = Unpublished()
    var lastPublished = ContinuousClock.now
    let batchCount = (total + Self.batchSize - 1) / Self.batchSize
    // The files are parsed, in order, on threads of their own while the writer writes: up to two batches ahead of the
    // one it writes (the writer is one thread, parsing takes the others; with one batch ahead only, whichever side
    // finished first left its core idle until the other did).
    let preparing = OrderedWorkers<BatchParameters, Result<PreparedFile, Unreadable>>(
      count: total, chunkSize: Self.batchSize, threads: workerCount
    ) { [work] index, worker, parameters in
      Self.prepare(work[index], worker: worker, parameters)
    }
    defer { preparing.stop() }
    // One compressor per worker, made once the index has its dictionary (each worker uses only its own).
    var compressors: [ParagraphStore.Compressor]?
    func releaseNextBatch() {
      if compressors == nil && !dictionary.isEmpty {
        compressors = (0..<workerCount).map { _ in ParagraphStore.Compressor(dictionary: dictionary) }
      }
      preparing.releaseNextChunk(with: BatchParameters(counter: counter(), compressors: compressors))
    }
    for _ in 0..<min(Self.batchesAhead, batchCount) { releaseNextBatch() }
    for number in 0..<batchCount {
      corpus.setProgress("indexing \(Self.count(done)) of \(Self.count(total)) files")
      let batch = work[number * Self.batchSize..<min(total, (number + 1) * Self.batchSize)]
      var outcomes = preparing.take(chunk: number)
      if number + Self.batchesAhead < batchCount { releaseNextBatch() }
      var inserted: [IndexedFile] = []
      var replaced = Set<Int64>()
      let remaining = total - done, threshold = championThreshold
      try write { db in
        try IndexWriter.setMeta("complete", "0", db)
        var words = IndexWriter.BatchChanges(champions: champions)
        champions = ChampionLists.Changes()  // one owner, so the lists are changed in place
        let prepared = outcomes.compactMap { outcome in if case .success(let file) = outcome { file } else { nil } }
        try IndexWriter.prepareDictionary(prepared, db, words: &words)
        try IndexWriter.prepareChampions(
          prepared, remainingFiles: remaining, threshold: threshold, db, words: &words)
        for (item, outcome) in zip(batch, outcomes) {
          if let old = item.replaces {
            try noteAbsentKeys(ofFile: old, db)
            try IndexWriter.delete(fileID: old, db, words: &words)
            replaced.insert(old)
          }
          guard case .success(let prepared) = outcome else { continue }
          let rowID = try IndexWriter.insert(prepared, db, words: &words)
          try noteAbsentKeys(ofFile: rowID, db)
          inserted.append(
            IndexedFile(
              rowID: rowID, relative: item.listed.relative, size: item.listed.size, modified: item.listed.modified,
              catalog: item.catalog, key: prepared.key, titleLine: prepared.titleLine, summary: prepared.summary))
        }
        try IndexWriter.applyBatchChanges(&words, db)
        champions = words.champions
      }
      if dictionary.isEmpty { dictionary = try database { db in try ParagraphStore.dictionary(db) } }
      for (item, outcome) in zip(batch, outcomes) {
        switch outcome {
        case .success: if item.replaces == nil { report.added += 1 } else { report.changed += 1 }
        case .failure(let failure): unreadable.append(failure.warning)
        }
      }
      // The parsed files are freed on another thread: on the writer, the build's busiest thread, it took 5% of its
      // time. The box holds the last reference once the writer's copy is dropped.
      let spent = SpentOutcomes(outcomes)
      outcomes = []
      DispatchQueue.global(qos: .utility).async { spent.outcomes = [] }
      unpublished.replaced.formUnion(replaced)
      unpublished.inserted += inserted
      done += batch.count
      // The list is shown after each batch while it is short; once long, when the batches since the last showing add
      // an eighth to it or two seconds passed: each showing copies the whole list (at 100,000 files, showing it after
      // every batch was a tenth of the writer's work).
      if unpublished.inserted.count * 8 >= files.count || ContinuousClock.now - lastPublished >= .seconds(2) {
        files = unpublished.applied(to: files)
        publish(files)
        lastPublished = .now
      }
    }
    if !unpublished.isEmpty {
      files = unpublished.applied(to: files)
      publish(files)
    }

    // Whole-corpus results: cheap enough to redo every time the folder changed, and after an interrupted update.
    let changedAnything = report.added + report.changed + report.removed > 0 || !wasComplete
    let removedRows = report.changed + report.removed > 0 || !wasComplete
    let secondFiles = Self.secondFiles(files)
    // A file that became the first or the second of its id, with no change of its own, counts or stops counting.
    let flipped = absentKeys == nil ? [] : secondFiles.symmetricDifference(Self.secondFiles(indexed))
    var corpusWarnings = listing.warnings.map { ($0, false) } + unreadable.map { ($0, false) }
    let unreadableCount = listing.unreadable.count + unreadable.count
    corpusWarnings += Self.duplicateWarnings(files).map { ($0, true) }
    let prefix = corpus.prefix
    let absent = try write { db -> [AbsentSummary]? in
      try IndexWriter.replaceCorpusWarnings(corpusWarnings, prefix: prefix, db)
      try IndexWriter.setMeta(IndexSchema.unreadableCountKey, String(unreadableCount), db)
      guard changedAnything else { return nil }
      for fileID in flipped { try noteAbsentKeys(ofFile: fileID, db) }
      try IndexWriter.recomputeAbsent(secondFiles: secondFiles, only: absentKeys, db)
      if removedRows { try ChampionLists.repairShortLists(db) }
      try IndexWriter.releaseFreePages(db)
      try IndexWriter.setMeta("complete", "1", db)
      return try IndexSnapshot.loadAbsent(db)
    }
    let finalGeneration = try database { db in try IndexSnapshot.generation(db) }
    corpus.publish { snapshot in
      if let absent { snapshot.absent = absent }
      snapshot.generation = finalGeneration
    }
    corpus.setProgress(nil)
    corpus.checkpoint()
    if unreadable.isEmpty {
      FolderCheck.write(
        listing, catalog: catalogStamp, walkStart: walkStart,
        owner: FolderCheck.owner(indexPath: corpus.indexPath, generation: finalGeneration), indexPath: corpus.indexPath)
    }
    return report
  }

  /// Committed batches not yet in the list shown: the rows they replaced and the files they inserted.
  private struct Unpublished {
    var replaced = Set<Int64>()
    var inserted: [IndexedFile] = []
    var isEmpty: Bool { replaced.isEmpty && inserted.isEmpty }

    /// `files` with these batches' changes, in reading order; empties them.
    mutating func applied(to files: [IndexedFile]) -> [IndexedFile] {
      guard !isEmpty else { return files }
      var kept = files
      if !replaced.isEmpty { kept.removeAll { replaced.contains($0.rowID) } }
      let merged = IndexUpdate.merge(kept, inserted.sorted { $0.key.lexicographicallyPrecedes($1.key) })
      self = Unpublished()
      return merged
    }
  }

  /// Shows the list as it stands after a committed batch.
  private func publish(_ files: [IndexedFile]) {
    let generation = (try? corpus.pool.read { db in try IndexSnapshot.generation(db) }) ?? -1
    corpus.publish { snapshot in
      snapshot.setFiles(files)
      snapshot.generation = generation
    }
  }

  /// A written batch's parsed files, freed on another thread.
  private final class SpentOutcomes: @unchecked Sendable {
    // Emptied once, on that thread; nothing else reads it.
    var outcomes: [Result<PreparedFile, Unreadable>]
    init(_ outcomes: [Result<PreparedFile, Unreadable>]) { self.outcomes = outcomes }
  }

  /// Batches parsed ahead of the one being written.
  static let batchesAhead = 2

  /// What the parsing of one batch uses: the champion lists' counter as they stood when it was released, and the
  /// workers' compressors once the index has a dictionary (before that the writer compresses).
  private struct BatchParameters: @unchecked Sendable {
    // Unchecked: worker `n` uses only `compressors[n]` and the counter's tokenizer `n`.
    var counter: ChampionLists.Counter?
    var compressors: [ParagraphStore.Compressor]?
  }

  private struct Unreadable: Error {
    var warning: ParseWarning
  }

  /// Reads and parses one file on worker `worker`.
  private static func prepare(
    _ item: Work, worker: Int, _ parameters: BatchParameters
  ) -> Result<PreparedFile, Unreadable> {
    switch CorpusLoader.parseFile(item.listed, catalogEntries: item.entries) {
    case .parsed(let resolution):
      return .success(
        PreparedFile(
          listed: item.listed, catalog: item.catalog, resolution: resolution, counter: parameters.counter,
          compressor: parameters.compressors?[worker], worker: worker))
    case .unreadable(let warning):
      return .failure(Unreadable(warning: warning))
    }
  }

  /// Two lists sorted by key, as one.
  static func merge(_ left: [IndexedFile], _ right: [IndexedFile]) -> [IndexedFile] {
    guard !right.isEmpty else { return left }
    guard !left.isEmpty else { return right }
    var merged: [IndexedFile] = []
    merged.reserveCapacity(left.count + right.count)
    var l = 0, r = 0
    while l < left.count && r < right.count {
      if right[r].key.lexicographicallyPrecedes(left[l].key) {
        merged.append(right[r])
        r += 1
      } else {
        merged.append(left[l])
        l += 1
      }
    }
    merged.append(contentsOf: left[l...])
    merged.append(contentsOf: right[r...])
    return merged
  }

  /// Files whose id an earlier file (in reading order) also has.
  static func secondFiles(_ files: [IndexedFile]) -> Set<Int64> {
    var seen = Set<ResolutionID>()
    var second = Set<Int64>()
    for file in files {
      guard let id = file.summary.id else { continue }
      if !seen.insert(id).inserted { second.insert(file.rowID) }
    }
    return second
  }

  /// One note per file that shares its id with another, naming the others in folder order (`CorpusFinish`).
  static func duplicateWarnings(_ files: [IndexedFile]) -> [ParseWarning] {
    let ordered = files.sorted { $0.relative < $1.relative }
    return CorpusFinish.duplicateWarnings(
      ordered.map { CorpusFinish.Member(id: $0.summary.id, file: $0.summary.file, line: $0.titleLine) }
    ).map(\.warning)
  }

  /// `3,200`.
  static func count(_ value: Int) -> String {
    let digits = Array(String(value))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }

  private func database<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
    do {
      return try corpus.pool.read(body)
    } catch {
      throw .cannotOpen(path: corpus.indexPath, reason: IndexDatabase.reason(error))
    }
  }

  /// One transaction that also bumps the generation, so readers in other processes notice.
  private func write<T>(_ body: (Database) throws -> T) throws(IndexError) -> T {
    do {
      return try corpus.pool.write { db in
        // FTS5 merges its segments through the page cache: a large one (writer only) keeps merges off the disk.
        try db.execute(sql: "PRAGMA cache_size = -32000")
        let value = try body(db)
        _ = try IndexWriter.bumpGeneration(db)
        return value
      }
    } catch {
      throw .writeFailed(path: corpus.indexPath, reason: IndexDatabase.reason(error))
    }
  }
}
