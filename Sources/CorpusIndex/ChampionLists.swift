import Foundation
import GRDB
import ResolutionKit

/// Champion lists: for each frequent term, per in-row frequency (tf), the shortest rows holding it, so a one-word
/// search ranks a few hundred rows instead of every row FTS5 finds (920,000 for `cooperation` in 100,000 files).
/// Under bm25 with one term a row's score grows with tf and falls with length whatever the average length, so a row
/// that `limit` rows of its own tf beat in length cannot be among the best `limit` (ChampionSearch).
///
/// A term is a word, or two words as a phrase (`united nations`, the words joined by a space, which no token holds):
/// a two-word phrase is one FTS5 phrase, whose tf in a row is the number of places where its words follow each other,
/// and bm25 ranks it as it ranks a word. FTS5 finds such a phrase by walking both words' postings with their
/// positions, so a phrase of common words (in a third of all paragraphs at 10,000 files) cost it 35 ms there.
///
/// Tables (IndexSchema): `champion_terms` names the terms that have lists, chosen from the batch with which an index
/// reaches `minimumParagraphs` (the words of at least `minimumShare` of its paragraphs, and the two-word phrases of
/// at least `minimumPhraseShare`; the rows stored before are then added from their stored texts);
/// `champions(term, tf, length, row)` holds the
/// kept rows; a `champion_cuts(term, tf)` row says rows of that bucket were left out. Invariant, for every listed term
/// and tf: the kept rows are the shortest of all the bucket's rows in (length, row) order, and every row left out comes
/// after the last kept one. Inserting keeps it (a row goes in when the bucket is whole or the row comes before the last
/// kept one; past `depth` the last is dropped and the bucket cut); deleting keeps it. Deleting can leave a cut bucket
/// with fewer rows than a search needs: the search then falls back to FTS5.
enum ChampionLists {
  /// Rows kept per bucket: serves limits up to `depth - 1` (the search ranks one row more than it shows).
  static let depth = 64
  /// A term gets lists when at least this share of the paragraphs of the batch that chooses them hold it.
  static let minimumShare = 0.01
  /// A two-word phrase gets lists when at least this share of the paragraphs hold it. Each costs about what a word's
  /// lists cost (8 KiB), and the phrases this common are the ones FTS5 is slow to rank (63 at 10,000 files; at 1%
  /// there would be 785, 2% of the index).
  static let minimumPhraseShare = 0.05
  /// Lists are made once an index holds, or an update is about to make it hold, this many paragraphs: below, FTS5
  /// ranks every row of a common word in a few milliseconds and the lists would only add to the index (at 1,000
  /// files, a seventh of its size).
  static let minimumParagraphs = 100_000
  /// The `meta` key that says the listed terms were chosen ("1").
  static let chosenKey = "champions"

  /// A kept row, in the order of a bucket.
  struct Entry: Comparable, Hashable {
    var length: Int64
    var row: Int64
    static func < (left: Entry, right: Entry) -> Bool { (left.length, left.row) < (right.length, right.row) }
  }

  /// One term's rows of one tf, as read at the start of the transaction and as changed since.
  struct Bucket {
    var entries: [Entry] = [] { didSet { last = entries.last } }
    var cut = false
    /// `entries.last`, kept beside the flag: the writer compares each new row of a cut bucket with it (most rows go no
    /// further), and reading it through the array's storage was a cache miss per row and term.
    private(set) var last: Entry?
    var stored: [Entry] = []
    var storedCut = false
  }

  /// The listed terms, found from a token's bytes by a 64-bit FNV-1a hash in an open-addressing table, then compared
  /// byte for byte. This runs for every token the writer inserts or deletes.
  struct ListedTerms: @unchecked Sendable {
    /// Tells this set of terms from another (counts made against one are used only with it).
    let identity = UUID()
    private(set) var terms: [[UInt8]] = []
    private var hashes: [UInt64] = []
    /// The listed two-word phrases by their words' indexes (`pairKey`), as an open-addressing table (`phraseTerms`
    /// -1 for an empty slot, at most a quarter full): a lookup runs for every two listed words in a row, where a
    /// Dictionary would hash the pair again (SipHash).
    private var phraseKeys: [UInt64] = []
    private var phraseTerms: [Int32] = []
    private var phraseCount = 0
    /// Term indexes, -1 for an empty slot; at most half full.
    private var slots = [Int32](repeating: -1, count: 16)

    /// Adds `term` unless another listed term has its hash (so a lookup by hash is never ambiguous), or it is two
    /// words of which one is not listed (add the words first).
    mutating func add(_ term: [UInt8]) -> Bool {
      let hash = term.withUnsafeBufferPointer(fnv1a)
      if slot(of: hash).found != nil { return false }
      if let space = term.firstIndex(of: ChampionLists.phraseSeparator) {
        let words = (Array(term[..<space]), Array(term[(space + 1)...]))
        guard let first = words.0.withUnsafeBufferPointer({ index(of: $0) }),
          let second = words.1.withUnsafeBufferPointer({ index(of: $0) })
        else { return false }
        addPhrase(Self.pairKey(first, second), term: Int32(terms.count))
      }
      if (terms.count + 1) * 2 > slots.count {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (index, hash) in hashes.enumerated() { slots[slot(of: hash).slot] = Int32(index) }
      }
      slots[slot(of: hash).slot] = Int32(terms.count)
      hashes.append(hash)
      terms.append(term)
      return true
    }

    func index(of token: UnsafeBufferPointer<UInt8>) -> Int? {
      guard let index = slot(of: fnv1a(token)).found else { return nil }
      let term = terms[index]
      guard term.count == token.count else { return nil }
      return term.withUnsafeBufferPointer { bytes in
        token.count == 0 || memcmp(bytes.baseAddress!, token.baseAddress!, token.count) == 0
      } ? index : nil
    }

    /// The listed term of the token whose `fnv1a` hash is `hash`, given with its letters in any case (ASCII).
    func index(hash: UInt64, lowercasing token: UnsafeBufferPointer<UInt8>) -> Int? {
      guard let index = slot(of: hash).found else { return nil }
      return terms[index].withUnsafeBufferPointer { term in
        guard term.count == token.count else { return false }
        for offset in 0..<term.count {
          let byte = token[offset]
          if term[offset] != (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) { return false }
        }
        return true
      } ? index : nil
    }

    /// Puts a phrase in the table, which doubles (from 16 slots) to stay at most a quarter full.
    private mutating func addPhrase(_ key: UInt64, term: Int32) {
      if (phraseCount + 1) * 4 > phraseTerms.count {
        let old = zip(phraseKeys, phraseTerms).filter { $0.1 >= 0 }
        let size = max(16, phraseTerms.count * 2)
        phraseKeys = Array(repeating: 0, count: size)
        phraseTerms = Array(repeating: -1, count: size)
        phraseCount = 0
        for (oldKey, oldTerm) in old { addPhrase(oldKey, term: oldTerm) }
      }
      var slot = Self.phraseSlot(key, phraseTerms.count - 1)
      while phraseTerms[slot] >= 0 { slot = (slot + 1) & (phraseTerms.count - 1) }
      phraseKeys[slot] = key
      phraseTerms[slot] = term
      phraseCount += 1
    }

    /// The listed two-word phrase of the listed words `first` then `second`.
    func phrase(_ first: Int, _ second: Int) -> Int? {
      guard !phraseTerms.isEmpty else { return nil }
      let key = Self.pairKey(first, second), mask = phraseTerms.count - 1
      var slot = Self.phraseSlot(key, mask)
      while phraseTerms[slot] >= 0 {
        if phraseKeys[slot] == key { return Int(phraseTerms[slot]) }
        slot = (slot + 1) & mask
      }
      return nil
    }

    /// Where the probe for phrase `key` starts (its bits mixed: the keys are small word indexes).
    private static func phraseSlot(_ key: UInt64, _ mask: Int) -> Int {
      Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private static func pairKey(_ first: Int, _ second: Int) -> UInt64 {
      UInt64(UInt32(truncatingIfNeeded: first)) << 32 | UInt64(UInt32(truncatingIfNeeded: second))
    }

    /// The term with `hash`, or the empty slot where it would go.
    private func slot(of hash: UInt64) -> (slot: Int, found: Int?) {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let index = Int(slots[slot])
        if index < 0 { return (slot, nil) }
        if hashes[index] == hash { return (slot, index) }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Joins the two words of a listed phrase (the tokenizer never puts it in a token).
  static let phraseSeparator = UInt8(ascii: " ")

  static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.hash(bytes) }

  /// The listed terms when they were chosen, else nil.
  static func loadListedIfChosen(_ db: Database) throws -> ListedTerms? {
    let chosen = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [chosenKey])
    return chosen == "1" ? try loadListed(db) : nil
  }

  static func loadListed(_ db: Database) throws -> ListedTerms {
    var listed = ListedTerms()
    // Words before phrases: a phrase is listed by its words' indexes.
    for term in try Data.fetchAll(
      db, sql: "SELECT CAST(term AS BLOB) FROM champion_terms ORDER BY instr(term, ' ') > 0, term")
    {
      _ = listed.add([UInt8](term))
    }
    return listed
  }

  /// Chooses the listed terms from the paragraphs of a batch about to be inserted, and forgets any lists the index
  /// had. Call before inserting them; when the index holds paragraphs already, `addStoredRows` must follow.
  static func choose(from paragraphs: [String], _ db: Database, changes: inout Changes) throws {
    let tokenizer = try changes.tokenizer(db)
    var counts: [UInt64: (term: [UInt8], rows: Int, lastRow: Int)] = [:]
    for (number, text) in paragraphs.enumerated() {
      try tokenizer.forEachToken(in: text) { token in
        let hash = fnv1a(token)
        if let found = counts[hash] {
          guard found.lastRow != number else { return }
          counts[hash] = (found.term, found.rows + 1, number)
        } else {
          counts[hash] = ([UInt8](token), 1, number)
        }
      }
    }
    let threshold = max(2, Int((Double(paragraphs.count) * minimumShare).rounded(.up)))
    try forget(db, changes: &changes)
    try IndexWriter.setMeta(chosenKey, "1", db)
    var listed = ListedTerms()
    let insert = try db.cachedStatement(sql: "INSERT INTO champion_terms(term) VALUES (?)")
    for (term, rows, _) in counts.values where rows >= threshold {
      guard let text = String(bytes: term, encoding: .utf8), listed.add(term) else { continue }
      try insert.execute(arguments: [text])
    }
    // Two-word phrases: both words are listed (each is in at least as many paragraphs as the phrase).
    let phraseThreshold = max(2, Int((Double(paragraphs.count) * minimumPhraseShare).rounded(.up)))
    var phraseCounts: [UInt64: (rows: Int, lastRow: Int)] = [:]
    for (number, text) in paragraphs.enumerated() {
      var previous: Int?
      try tokenizer.forEachToken(in: text) { token in
        let word = listed.index(of: token)
        defer { previous = word }
        guard let first = previous, let second = word else { return }
        let key = UInt64(first) << 32 | UInt64(second)
        let found = phraseCounts[key, default: (0, -1)]
        if found.lastRow != number { phraseCounts[key] = (found.rows + 1, number) }
      }
    }
    for (key, counted) in phraseCounts where counted.rows >= phraseThreshold {
      let phrase = listed.terms[Int(key >> 32)] + [phraseSeparator] + listed.terms[Int(key & 0xFFFF_FFFF)]
      guard let text = String(bytes: phrase, encoding: .utf8), listed.add(phrase) else { continue }
      try insert.execute(arguments: [text])
    }
    changes.reset(listed: listed)
  }

  /// Drops every list, and the choice of terms.
  static func forget(_ db: Database, changes: inout Changes) throws {
    try db.execute(sql: "DELETE FROM champions; DELETE FROM champion_cuts; DELETE FROM champion_terms")
    try IndexWriter.setMeta(chosenKey, "0", db)
    changes.reset(listed: ListedTerms())
  }

  /// Puts every row the index holds in the lists just chosen, from the paragraph texts it stores (the same texts the
  /// rows were indexed from).
  static func addStoredRows(_ db: Database, changes: inout Changes) throws {
    let decompressor = try ParagraphStore.decompressor(db)
    for fileID in try Int64.fetchAll(db, sql: "SELECT file_id FROM file_texts ORDER BY file_id") {
      for (ordinal, paragraph) in try ParagraphStore.paragraphs(fileID: fileID, db, decompressor: decompressor).enumerated() {
        try changes.add(text: paragraph.text, row: fileID << IndexSchema.paragraphBits | Int64(ordinal), db)
      }
    }
  }

  /// Lists again, from FTS5's own postings, every term with a cut bucket that deletions left shorter than `floor`
  /// (a search for it would otherwise fall back to FTS5 at the usual limits from then on); returns how many. Costs
  /// about what one search of the term through FTS5 costs.
  @discardableResult
  static func repairShortLists(_ db: Database, floor: Int = depth / 2) throws -> Int {
    let terms = try String.fetchAll(
      db,
      sql: """
        SELECT DISTINCT c.term FROM champion_cuts c
        WHERE (SELECT count(*) FROM champions k WHERE k.term = c.term AND k.tf = c.tf) < ?
        """, arguments: [floor])
    guard !terms.isEmpty else { return 0 }
    try db.execute(
      sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.paragraph_instances USING fts5vocab(main, paragraphs, 'instance')")
    let insert = try db.cachedStatement(sql: "INSERT INTO champions(term, tf, length, row) VALUES (?, ?, ?, ?)")
    let cut = try db.cachedStatement(sql: "INSERT INTO champion_cuts(term, tf) VALUES (?, ?)")
    let size = try db.cachedStatement(sql: "SELECT sz FROM paragraphs_docsize WHERE id = ?")
    for term in terms {
      var buckets: [Int64: [Entry]] = [:]
      for (row, tf) in try frequencies(of: term, db) {
        var offset = 0
        guard let sz = try Data.fetchOne(size, arguments: [row]),
          let length = ChampionSearch.varint([UInt8](sz), &offset)
        else { continue }
        buckets[tf, default: []].append(Entry(length: length, row: row))
      }
      try db.execute(
        sql: "DELETE FROM champions WHERE term = ?; DELETE FROM champion_cuts WHERE term = ?", arguments: [term, term])
      for (tf, entries) in buckets {
        for entry in entries.sorted().prefix(depth) {
          try insert.execute(arguments: [term, tf, entry.length, entry.row])
        }
        if entries.count > depth { try cut.execute(arguments: [term, tf]) }
      }
    }
    return terms.count
  }

  /// Every row holding `term` with its tf, from FTS5's instances (`temp.paragraph_instances`): a word's count in the
  /// row, or for two words the places where the second is at the position after the first.
  private static func frequencies(of term: String, _ db: Database) throws -> [(row: Int64, tf: Int64)] {
    let words = term.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    if words.count == 1 {
      return try Row.fetchAll(
        db, sql: "SELECT doc, count(*) FROM temp.paragraph_instances WHERE term = ? GROUP BY doc",
        arguments: [term]
      ).map { ($0[0], $0[1]) }
    }
    // Both words' instances in (row, position) order, walked together.
    let positions = try words.prefix(2).map { word in
      try Row.fetchAll(
        db, sql: "SELECT doc, \"offset\" FROM temp.paragraph_instances WHERE term = ? ORDER BY doc, \"offset\"",
        arguments: [word]
      ).map { (row: $0[0] as Int64, position: $0[1] as Int64) }
    }
    var found: [(row: Int64, tf: Int64)] = []
    var next = 0
    for first in positions[0] {
      let wanted = (first.row, first.position + 1)
      let seconds = positions[1]
      while next < seconds.count && (seconds[next].row, seconds[next].position) < wanted { next += 1 }
      guard next < seconds.count, (seconds[next].row, seconds[next].position) == wanted else { continue }
      if found.last?.row == first.row { found[found.count - 1].tf += 1 } else { found.append((first.row, 1)) }
    }
    return found
  }

  /// A row's listed terms with their frequencies, and its length.
  struct RowCounts: Sendable {
    var length: Int
    var terms: [(term: Int32, frequency: Int32)]
  }

  /// The counts of a file's rows, made against the listed terms `identity`.
  struct FileCounts: Sendable {
    var identity: UUID
    var rows: [RowCounts]
  }

  /// Counts rows' listed terms on the threads that parse a batch, so the writer's thread (which a build waits on)
  /// does not tokenize them again. One tokenizer per worker.
  final class Counter: @unchecked Sendable {
    let listed: ListedTerms
    private let tokenizers: [ParagraphTokenizer]

    init(listed: ListedTerms, tokenizers: [ParagraphTokenizer]) {
      self.listed = listed
      self.tokenizers = tokenizers
    }

    /// The counts of the rows `texts`, each with its words when it is all ASCII (`LanguageFingerprint.asciiWords`),
    /// else on worker `worker`'s tokenizer (nil when there is none or it fails).
    func counts(
      of texts: some Sequence<(text: String, words: LanguageFingerprint.ASCIIWords?)>, worker: Int
    ) -> FileCounts? {
      guard worker < tokenizers.count else { return nil }
      let tokenizer = tokenizers[worker]
      var frequencies = [Int32](repeating: 0, count: listed.terms.count)
      var rows: [RowCounts] = []
      for (text, words) in texts {
        guard let row = try? rowCounts(text, words: words, tokenizer, listed, &frequencies) else { return nil }
        rows.append(row)
      }
      return FileCounts(identity: listed.identity, rows: rows)
    }
  }

  /// One row's counts; `frequencies` (one per listed term) is zero before and after. `words`: the row's words when it
  /// is all ASCII, which are FTS5's tokens of it (unicode61 too splits ASCII at everything but letters and digits and
  /// folds A-Z; a word's hash is `fnv1a` of its token), so the text is not tokenized again; else the tokenizer reads
  /// it.
  static func rowCounts(
    _ text: String, words: LanguageFingerprint.ASCIIWords?, _ tokenizer: ParagraphTokenizer, _ listed: ListedTerms,
    _ frequencies: inout [Int32]
  ) throws -> RowCounts {
    var tally = RowTally(counts: frequencies)
    frequencies = []
    defer { frequencies = tally.counts }
    if let words, words.ranges.allSatisfy({ $0.count <= ParagraphTokenizer.longestToken }) {
      var text = text
      text.withUTF8 { bytes in
        for (hash, range) in zip(words.hashes, words.ranges) {
          tally.add(listed.index(hash: hash, lowercasing: UnsafeBufferPointer(rebasing: bytes[range])), listed)
        }
      }
      return tally.finish(length: words.hashes.count)
    }
    let length = try tokenizer.forEachToken(in: text) { token in tally.add(listed.index(of: token), listed) }
    return tally.finish(length: length)
  }

  /// A row's listed terms counted token by token: each listed word, and each listed phrase of two listed words.
  private struct RowTally {
    /// One per listed term; zero for those not in `found`.
    var counts: [Int32]
    var found: [Int32] = []
    var previous: Int?

    mutating func add(_ word: Int?, _ listed: ListedTerms) {
      defer { previous = word }
      guard let word else { return }
      if counts[word] == 0 { found.append(Int32(word)) }
      counts[word] += 1
      guard let first = previous, let phrase = listed.phrase(first, word) else { return }
      if counts[phrase] == 0 { found.append(Int32(phrase)) }
      counts[phrase] += 1
    }

    /// The row's counts; `counts` is all zero again.
    mutating func finish(length: Int) -> RowCounts {
      var row = RowCounts(length: length, terms: [])
      row.terms.reserveCapacity(found.count)
      for term in found {
        row.terms.append((term, counts[Int(term)]))
        counts[Int(term)] = 0
      }
      found.removeAll()
      previous = nil
      return row
    }
  }

  /// The lists' changes, written by `write` at the end of each transaction. One update keeps its instance from one
  /// transaction to the next (it holds the index's lock, so what it read stays true) and so reads each bucket once.
  struct Changes {
    private var paragraphTokenizer: ParagraphTokenizer?
    private var listed: ListedTerms?
    /// The buckets of each listed term read so far, by tf (index 0 unused); nil for a term not read.
    private var buckets: [[Bucket]?] = []
    /// The frequency of each listed term in the row being counted (zero between rows).
    private var frequencies: [Int32] = []

    mutating func tokenizer(_ db: Database) throws -> ParagraphTokenizer {
      if let paragraphTokenizer { return paragraphTokenizer }
      let made = try ParagraphTokenizer(db)
      paragraphTokenizer = made
      return made
    }

    /// The listed terms, once read or chosen.
    var listedTerms: ListedTerms? { listed }

    mutating func reset(listed: ListedTerms) {
      self.listed = listed
      buckets = Array(repeating: nil, count: listed.terms.count)
      frequencies = Array(repeating: 0, count: listed.terms.count)
    }

    /// Puts a new row in the lists of its listed terms, from `counted` when they were counted against these terms.
    mutating func add(text: String, row: Int64, counted: RowCounts?, identity: UUID?, _ db: Database) throws {
      if let counted, let identity, let listed, listed.identity == identity {
        try apply(counted, row: row, db, Self.insert)
      } else {
        try add(text: text, row: row, db)
      }
    }

    /// Puts a new row in the lists of its listed terms.
    mutating func add(text: String, row: Int64, _ db: Database) throws {
      try apply(text: text, row: row, db, Self.insert)
    }

    private static func insert(_ bucket: inout Bucket, _ entry: Entry) {
      if bucket.cut {
        // Rows left out all come after the last kept one; this row may only go before it.
        guard let last = bucket.last, entry < last else { return }
      }
      let at = position(of: entry, in: bucket.entries)
      bucket.entries.insert(entry, at: at)
      if bucket.entries.count > depth {
        bucket.entries.removeLast()
        bucket.cut = true
      }
    }

    /// Takes a deleted row (with the text it was indexed with) out of the lists.
    mutating func remove(text: String, row: Int64, _ db: Database) throws {
      try apply(text: text, row: row, db) { bucket, entry in
        let at = Self.position(of: entry, in: bucket.entries)
        if at < bucket.entries.count && bucket.entries[at] == entry { bucket.entries.remove(at: at) }
      }
    }

    private mutating func apply(
      text: String, row: Int64, _ db: Database, _ change: (inout Bucket, Entry) -> Void
    ) throws {
      if listed == nil { reset(listed: try loadListed(db)) }
      guard let listed, !listed.terms.isEmpty else { return }
      let counted = try rowCounts(
        text, words: LanguageFingerprint.asciiWords(of: text), tokenizer(db), listed, &frequencies)
      try apply(counted, row: row, db, change)
    }

    private mutating func apply(
      _ counted: RowCounts, row: Int64, _ db: Database, _ change: (inout Bucket, Entry) -> Void
    ) throws {
      guard let listed else { return }
      let entry = Entry(length: Int64(counted.length), row: row)
      for (term, frequency) in counted.terms {
        let term = Int(term), tf = Int(frequency)
        if buckets[term] == nil { buckets[term] = try Self.read(listed.terms[term], db) }
        while buckets[term]!.count <= tf { buckets[term]!.append(Bucket()) }
        change(&buckets[term]![tf], entry)
      }
    }

    /// The index of the first entry not before `entry` (entries sorted).
    private static func position(of entry: Entry, in entries: [Entry]) -> Int {
      var low = 0, high = entries.count
      while low < high {
        let middle = (low + high) / 2
        if entries[middle] < entry { low = middle + 1 } else { high = middle }
      }
      return low
    }

    private static func read(_ term: [UInt8], _ db: Database) throws -> [Bucket] {
      let text = String(decoding: term, as: UTF8.self)
      var buckets: [Bucket] = []
      func bucket(_ tf: Int) -> Int {
        while buckets.count <= tf { buckets.append(Bucket()) }
        return tf
      }
      for row in try Row.fetchAll(
        db.cachedStatement(sql: "SELECT tf, length, row FROM champions WHERE term = ? ORDER BY tf, length, row"),
        arguments: [text])
      {
        buckets[bucket(row[0])].entries.append(Entry(length: row[1], row: row[2]))
      }
      let cuts = try db.cachedStatement(sql: "SELECT tf FROM champion_cuts WHERE term = ?")
      for tf in try Int.fetchAll(cuts, arguments: [text]) {
        buckets[bucket(tf)].cut = true
      }
      for tf in buckets.indices {
        buckets[tf].stored = buckets[tf].entries
        buckets[tf].storedCut = buckets[tf].cut
      }
      return buckets
    }

    /// The entries of `entries` that `other` lacks (both sorted, without repeats).
    private static func missing(from other: [Entry], in entries: [Entry]) -> [Entry] {
      var missing: [Entry] = []
      var next = 0
      for entry in entries {
        while next < other.count && other[next] < entry { next += 1 }
        if next == other.count || other[next] != entry { missing.append(entry) }
      }
      return missing
    }

    /// Writes what changed in the buckets read.
    mutating func write(_ db: Database) throws {
      guard let listed else { return }
      let insert = try db.cachedStatement(sql: "INSERT INTO champions(term, tf, length, row) VALUES (?, ?, ?, ?)")
      let delete = try db.cachedStatement(
        sql: "DELETE FROM champions WHERE term = ? AND tf = ? AND length = ? AND row = ?")
      let cut = try db.cachedStatement(sql: "INSERT OR IGNORE INTO champion_cuts(term, tf) VALUES (?, ?)")
      for (term, byFrequency) in buckets.enumerated() {
        guard let byFrequency else { continue }
        let text = String(decoding: listed.terms[term], as: UTF8.self)
        for (tf, bucket) in byFrequency.enumerated()
        where bucket.entries != bucket.stored || bucket.cut != bucket.storedCut {
          // Both are sorted without repeats: a walk through the two finds what each lacks, with no sets built.
          for entry in Self.missing(from: bucket.entries, in: bucket.stored) {
            try delete.execute(arguments: [text, tf, entry.length, entry.row])
          }
          for entry in Self.missing(from: bucket.stored, in: bucket.entries) {
            try insert.execute(arguments: [text, tf, entry.length, entry.row])
          }
          if bucket.cut && !bucket.storedCut { try cut.execute(arguments: [text, tf]) }
        }
      }
      for term in buckets.indices where buckets[term] != nil {
        for tf in buckets[term]!.indices {
          buckets[term]![tf].stored = buckets[term]![tf].entries
          buckets[term]![tf].storedCut = buckets[term]![tf].cut
        }
      }
    }
  }
}
