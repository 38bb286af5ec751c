import Foundation
import ResolutionKit

/// One parsed file turned into the rows the index stores for it. Workers build these in parallel, so the writer only
/// inserts.
struct PreparedFile: Sendable {
  var listed: CorpusLoader.ListedFile
  var catalog: String
  var summary: ResolutionSummary
  var key: [UInt8]
  var titleLine: Int?
  var year: Int?
  var outline: String
  var paragraphs: [SearchableParagraph]
  /// The stored paragraphs, serialized by the worker (`ParagraphStore`).
  var storedParagraphs: [UInt8]
  /// The reused-language fingerprints of each reusable paragraph, by ordinal in `paragraphs`.
  var fingerprints: [(ordinal: Int, fingerprints: [Int64])]
  /// How many of the stored paragraphs hold each word (by key).
  var wordCounts: [(key: Int64, value: Int)]
  var citations: [StoredCitation]
  /// The citations' sentences, serialized by the worker (`ParagraphStore`, named by ordinal).
  var storedSentences: [UInt8]
  var warnings: [ParseWarning]
  /// The stored paragraphs' listed terms for the champion lists, when the parsing thread counted them.
  var championCounts: ChampionLists.FileCounts?
  /// The stored paragraphs and sentences compressed against the index's dictionary, when the parsing thread had it
  /// (every batch after the one that made it); else the writer compresses them.
  var compressedTexts: ParagraphStore.CompressedTexts?

  /// `counter`: the champion lists' terms, counted on worker `worker`'s tokenizer (nil: the writer counts them).
  /// `compressor`: worker `worker`'s, against the index's dictionary (nil: the writer compresses).
  init(
    listed: CorpusLoader.ListedFile, catalog: String, resolution: Resolution, counter: ChampionLists.Counter? = nil,
    compressor: ParagraphStore.Compressor? = nil, worker: Int = 0
  ) {
    self.listed = listed
    self.catalog = catalog
    summary = ResolutionSummary(resolution)
    key = ReadingOrderKey.make(adopted: resolution.adopted, id: resolution.id, relative: listed.relative)
    titleLine = resolution.titleLine
    year = resolution.adopted?.year ?? resolution.id?.impliedYear
    outline = OutlineCoding.encode(ParagraphOutline(resolution))
    paragraphs = resolution.searchableParagraphs
    storedParagraphs = ParagraphStore.serialize(paragraphs.prefix(IndexSchema.maxParagraphsPerFile))
    (fingerprints, wordCounts, championCounts) = IndexReuse.entries(of: paragraphs, counter: counter, worker: worker)
    warnings = resolution.warnings
    var citations: [StoredCitation] = []
    let texts = Self.texts(citedBy: resolution)
    for (ordinal, citation) in resolution.citations.enumerated() where citation.kind == .resolution {
      guard let target = citation.target?.resolution else { continue }
      let paragraph = texts[citation.ref] ?? citation.text
      citations.append(
        StoredCitation(
          ordinal: ordinal, target: target, citation: citation,
          sentence: CitationGraph.sentence(in: paragraph, around: citation.range)))
    }
    self.citations = citations
    storedSentences = ParagraphStore.serialize(pairs: citations.map { (String($0.ordinal), $0.sentence) })
    compressedTexts = compressor.map {
      ParagraphStore.CompressedTexts(
        dictionaryID: $0.dictionaryID, paragraphs: $0.compress(storedParagraphs), sentences: $0.compress(storedSentences))
    }
  }

  /// The texts of the paragraphs that hold a stored citation, by ref, as `Resolution.textsByRef` gives them (the first
  /// paragraph with a ref): only those, since filling a dictionary with every paragraph cost 1% of a build.
  static func texts(citedBy resolution: Resolution) -> [ParagraphRef: String] {
    let refs = Set(
      resolution.citations.lazy.filter { $0.kind == .resolution && $0.target?.resolution != nil }.map(\.ref))
    guard !refs.isEmpty else { return [:] }
    var texts: [ParagraphRef: String] = [:]
    for node in resolution.textNodes where refs.contains(node.paragraphRef) && texts[node.paragraphRef] == nil {
      texts[node.paragraphRef] = node.text
    }
    return texts
  }
}

/// A citation of another resolution as the `citations` table holds it.
struct StoredCitation: Sendable {
  var ordinal: Int
  /// The cited resolution, stored by its printed id (`GA 46/152`).
  var target: ResolutionID
  var citation: Citation
  var sentence: String
}

/// A file as the writer tracks it during an update: what tells whether it changed, and its line in the list.
struct IndexedFile: Sendable {
  var rowID: Int64
  var relative: String
  var size: Int
  var modified: Int64
  var catalog: String
  var key: [UInt8]
  var titleLine: Int?
  var summary: ResolutionSummary
}

/// Paragraph outlines in one text column: refs on lines, then a separator line, then `section<TAB>first ref` lines.
enum OutlineCoding {
  static func encode(_ outline: ParagraphOutline) -> String {
    var text = outline.refs.map(\.description).joined(separator: "\n")
    if !outline.sectionNumbers.isEmpty {
      text += "\n\u{1}\n"
      text += zip(outline.sectionNumbers, outline.sectionFirsts).map { "\($0)\t\($1?.description ?? "")" }.joined(separator: "\n")
    }
    return text
  }

  static func decode(_ text: String) -> ParagraphOutline {
    let parts = text.split(separator: "\n\u{1}\n", maxSplits: 1, omittingEmptySubsequences: false)
    // Refs are stored as `ParagraphRef` prints them and read back by its grammar.
    let refs = parts.first.map { $0.split(separator: "\n").compactMap { ParagraphRef(String($0)) } } ?? []
    var numbers: [String] = []
    var firsts: [ParagraphRef?] = []
    if parts.count > 1 {
      for line in parts[1].split(separator: "\n") {
        let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        numbers.append(String(fields[0]))
        let first = fields.count > 1 ? String(fields[1]) : ""
        firsts.append(ParagraphRef(first))
      }
    }
    return ParagraphOutline(refs: refs, sectionNumbers: numbers, sectionFirsts: firsts)
  }
}

/// What the catalog says of one file, as a string: when it changes, the file is parsed again (the catalog's id and
/// body also change which citations the parser finds).
enum CatalogFingerprint {
  static func of(_ entries: [CatalogEntry]) -> String {
    entries.map { entry in
      [entry.id?.description ?? "", entry.title ?? "", entry.adopted?.iso ?? "", entry.meeting ?? ""]
        .joined(separator: "\u{1}")
    }.joined(separator: "\u{2}")
  }
}
