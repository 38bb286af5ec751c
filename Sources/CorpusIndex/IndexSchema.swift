import GRDB
import ResolutionKit

/// The tables of an index. `PRAGMA user_version` names this layout; an index with any other value was made by
/// another version of Resolute (or is not ours) and is rebuilt rather than read.
enum IndexSchema {
  static let userVersion: Int32 = 7_320_010  // 008: champion lists (ChampionLists); 009: of two-word phrases too;
  // 010: stored texts in zstd, not zlib

  /// The tokenizer of `paragraphs` and its arguments, as FTS5's `tokenize` option and as `ParagraphTokenizer` asks
  /// for it.
  static let paragraphTokenizer = ["unicode61", "remove_diacritics", "2"]

  /// A paragraph's FTS row id is its file's id shifted by this many bits plus its ordinal, so all paragraphs of a file
  /// form one rowid range that can be deleted without scanning the table.
  static let paragraphBits: Int64 = 20
  static let maxParagraphsPerFile = 1 << 20

  /// The `automerge` setting of `paragraphs` in a new index (see `create`).
  static let paragraphAutomerge = 8
  /// The `pgsz` setting of both FTS5 tables in a new index: a leaf fills most of an 8 KB page (see `create`).
  static let ftsLeafSize = 8000

  /// The `meta` key of the number of paragraphs.
  static let paragraphCountKey = "paragraphs"

  /// The `meta` key of the number of files, folders and catalogs the last update could not read (`check`'s exit
  /// status), written with the folder-wide warnings.
  static let unreadableCountKey = "unreadable"

  static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- One row per readable resolution file. `relative` is the path inside the corpus folder, so the index does not
        -- depend on how the folder was spelled; `catalog` fingerprints the catalog entries applied to the file.
        CREATE TABLE IF NOT EXISTS files(
          id INTEGER PRIMARY KEY,
          relative TEXT NOT NULL UNIQUE,
          size INTEGER NOT NULL,
          modified INTEGER NOT NULL,
          catalog TEXT NOT NULL,
          sort_key BLOB NOT NULL,
          res_id TEXT,
          id_body TEXT,
          id_number TEXT,
          body TEXT,
          number TEXT,
          title TEXT,
          title_line INTEGER,
          adopted INTEGER,
          year INTEGER,
          structured INTEGER NOT NULL,
          outline TEXT NOT NULL,
          meeting TEXT,
          catalogued INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS files_order ON files(sort_key);
        CREATE INDEX IF NOT EXISTS files_res_id ON files(res_id);
        CREATE TABLE IF NOT EXISTS file_warnings(
          file_id INTEGER NOT NULL,
          ordinal INTEGER NOT NULL,
          line INTEGER,
          severity TEXT NOT NULL,
          message TEXT NOT NULL,
          PRIMARY KEY(file_id, ordinal)
        ) WITHOUT ROWID;
        -- Problems of the folder as a whole (walk, catalog, unreadable files), rewritten by each update. `in_root` says
        -- `file` is relative to the corpus folder.
        CREATE TABLE IF NOT EXISTS corpus_warnings(
          ordinal INTEGER PRIMARY KEY,
          file TEXT NOT NULL,
          in_root INTEGER NOT NULL,
          line INTEGER,
          severity TEXT NOT NULL,
          message TEXT NOT NULL,
          -- 1 for duplicate-id notes, which the loader lists after a file's own warnings.
          late INTEGER NOT NULL DEFAULT 0
        );
        -- Citations of other resolutions (the graph's edges); the sentence each sits in is kept compressed with the
        -- file's paragraphs (`file_texts.sentences`, by ordinal).
        CREATE TABLE IF NOT EXISTS citations(
          file_id INTEGER NOT NULL,
          ordinal INTEGER NOT NULL,
          target TEXT NOT NULL,
          ref TEXT NOT NULL,
          text TEXT NOT NULL,
          pinpoint TEXT,
          date INTEGER,
          subject TEXT,
          line INTEGER NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL,
          PRIMARY KEY(file_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS citations_target ON citations(target);
        -- Cited but not present, recomputed at the end of each update that changed something.
        CREATE TABLE IF NOT EXISTS absent(
          res_id TEXT PRIMARY KEY,
          sort_key BLOB NOT NULL,
          date INTEGER,
          subject TEXT,
          citing INTEGER NOT NULL
        );
        -- Every searchable paragraph, by row id (file id << paragraphBits | ordinal). Contentless: the texts and refs
        -- are kept once, compressed, in `file_texts` (ParagraphStore), and rows are deleted with FTS5's 'delete'
        -- command and the stored text.
        CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs USING fts5(
          text, content = '', tokenize = '\(paragraphTokenizer.joined(separator: " "))'
        );
        -- FTS5 merges a level's segments once it holds this many (4 by default): each posting is then rewritten about
        -- log8 instead of log4 times as the table grows, which made a 100,000-file build 10% faster (mostly the
        -- writer's thread and the pages it writes), with searches as fast (`scripts/bench.sh`).
        INSERT INTO paragraphs(paragraphs, rank) VALUES ('automerge', \(paragraphAutomerge));
        -- Champion lists (ChampionLists): for each term of `champion_terms`, per in-row frequency, the shortest rows
        -- holding it; a `champion_cuts` row says rows of that frequency were left out.
        CREATE TABLE IF NOT EXISTS champion_terms(term TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS champions(
          term TEXT NOT NULL,
          tf INTEGER NOT NULL,
          length INTEGER NOT NULL,
          row INTEGER NOT NULL,
          PRIMARY KEY(term, tf, length, row)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS champion_cuts(
          term TEXT NOT NULL,
          tf INTEGER NOT NULL,
          PRIMARY KEY(term, tf)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS file_texts(
          file_id INTEGER PRIMARY KEY,
          paragraphs BLOB NOT NULL,
          sentences BLOB NOT NULL
        );
        -- The zstd dictionary every `file_texts` blob is compressed against (ParagraphStore): one row, made from
        -- the first batch of files a new index stores and never changed after.
        CREATE TABLE IF NOT EXISTS text_dictionary(
          id INTEGER PRIMARY KEY CHECK (id = 1),
          bytes BLOB NOT NULL
        );
        -- How many rows of `paragraphs` hold each word (by its 64-bit hash, LanguageFingerprint.wordKeys): the rarity
        -- of words for reused language. Kept by the writer (FTS5's own vocabulary reads a common word's whole doclist).
        CREATE TABLE IF NOT EXISTS word_frequencies(
          word INTEGER PRIMARY KEY,
          paragraphs INTEGER NOT NULL
        ) WITHOUT ROWID;
        -- Reused language: the winnowed fingerprints (LanguageFingerprint) of each preambular, operative and
        -- subparagraph, as the words of a contentless FTS5 row whose rowid is the paragraph's (`fingerprintTokens`).
        -- FTS5 keeps each fingerprint's paragraphs as a delta-coded doclist: about 2 bytes a posting, where a
        -- (fingerprint, paragraph) B-tree took 18. Rows are deleted with FTS5's 'delete' command and the same tokens,
        -- which the writer recomputes from the stored paragraph text. No column sizes: nothing ranks these rows.
        CREATE VIRTUAL TABLE IF NOT EXISTS reuse_fingerprints USING fts5(
          fingerprints, content = '', detail = none, columnsize = 0, tokenize = 'ascii'
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS reuse_fingerprint_counts USING fts5vocab(reuse_fingerprints, 'row');
        -- Both FTS5 tables write leaves of about one 8 KB page, not half of one (FTS5's 4,050 bytes): half as many leaf
        -- rows to insert and merge (a 100,000-file build about 5% faster, the index 0.6% larger, searches and
        -- reused-language queries as fast).
        INSERT INTO paragraphs(paragraphs, rank) VALUES ('pgsz', \(ftsLeafSize));
        INSERT INTO reuse_fingerprints(reuse_fingerprints, rank) VALUES ('pgsz', \(ftsLeafSize));
        -- The number of rows of `paragraphs`, kept by the writer (counting an FTS5 table reads all of it).
        INSERT OR IGNORE INTO meta(key, value) VALUES ('\(paragraphCountKey)', '0');
        """)
  }

  /// A paragraph's fingerprints as the text of its `reuse_fingerprints` row: each one a base-36 word.
  static func fingerprintTokens(_ fingerprints: [Int64]) -> String {
    var bytes: [UInt8] = []
    fingerprintTokens(fingerprints, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `fingerprintTokens` as UTF-8, written into `bytes` (emptied first): the one printer of fingerprint tokens (the
  /// writer makes one text per fingerprinted paragraph, without a string per fingerprint).
  static func fingerprintTokens(_ fingerprints: [Int64], into bytes: inout [UInt8]) {
    bytes.removeAll(keepingCapacity: true)
    for fingerprint in fingerprints {
      if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
      let start = bytes.count
      var value = UInt64(bitPattern: fingerprint)
      repeat {
        let digit = UInt8(value % 36)
        bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        value /= 36
      } while value > 0
      // The digits came last first; swapped in place (a slice's `reverse()` copied it).
      var low = start, high = bytes.count - 1
      while low < high {
        bytes.swapAt(low, high)
        low += 1
        high -= 1
      }
    }
  }

  /// One fingerprint as a quoted FTS5 string, for MATCH.
  static func fingerprintToken(_ fingerprint: Int64) -> String { fingerprintTokens([fingerprint]) }

  /// `20001204` for 4 December 2000: dates stored as sortable integers.
  static func dateValue(_ date: CalendarDate?) -> Int? {
    date.map { $0.year * 10_000 + $0.month * 100 + $0.day }
  }

  /// The id stored in a file's `id_body` and `id_number` columns; nil when either is missing or the body unknown.
  static func resolutionID(body: String?, number: String?) -> ResolutionID? {
    guard let body = body.flatMap(Body.init(rawValue:)), let number else { return nil }
    return ResolutionID(body: body, number: number)
  }

  static func date(_ value: Int?) -> CalendarDate? {
    guard let value else { return nil }
    return CalendarDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
  }
}
