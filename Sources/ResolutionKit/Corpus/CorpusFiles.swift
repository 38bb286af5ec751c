#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The loader's steps one at a time, for readers that keep their own copy of a corpus (the persistent index): list
/// the folder with what tells whether a file changed, then read and parse only the files that did. The rules are the
/// loader's own (hidden files skipped, catalog applied, unreadable files reported), so both see the same corpus.
extension CorpusLoader {
  /// A regular file found in a corpus folder.
  public struct ListedFile: Sendable, Hashable {
    /// Path to open.
    public var path: String
    /// Path shown to the user and stored in `Resolution.file`.
    public var file: String
    /// Path inside the corpus folder, as the catalog names it.
    public var relative: String
    /// Size in bytes and modification time in nanoseconds since 1970: what changes when the file is edited.
    public var size: Int
    public var modified: Int64

    public init(path: String, file: String, relative: String, size: Int, modified: Int64) {
      self.path = path
      self.file = file
      self.relative = relative
      self.size = size
      self.modified = modified
    }
  }

  /// Everything a walk over a corpus folder found, before any file is parsed.
  public struct Listing: Sendable {
    /// The folder, as `Resolution.file` starts with it.
    public var root: String
    public var files: [ListedFile]
    /// Problems with the folder, its files and its catalog (unreadable files, loops, FIFOs, catalog errors, catalog
    /// entries naming no file); parse warnings come later, with each file.
    public var warnings: [ParseWarning]
    /// Files, folders and the catalog that could not be read.
    public var unreadable: [String]
    /// Catalog entries by the relative path of the file they describe, in catalog order.
    public var catalogEntries: [String: [CatalogEntry]]
    /// Every folder listed, root first, as it was just before its names were read.
    public var folders: [ListedFolder] = []
    /// Problems the walk itself found (links, unreadable or odd entries), before the catalog's: some depend on things
    /// outside the folders listed (a link's target), so no folder time tells when they change.
    public var walkWarnings = 0
  }

  /// A folder a walk listed: its identity and times when it was listed. A name added, removed or renamed in it moves
  /// its modification time; editing a file in place does not.
  public struct ListedFolder: Sendable, Hashable {
    /// Path inside the corpus folder ("" for the folder itself).
    public var relative: String
    public var device: UInt64
    public var inode: UInt64
    /// Modification and status change times, nanoseconds since 1970.
    public var modified: Int64
    public var changed: Int64
  }

  /// What reading and parsing one listed file gave.
  public enum ParsedFile: Sendable {
    /// The resolution, with its catalog entries applied and its citations found (not yet linked to other files).
    case parsed(Resolution)
    /// The file could not be read; the warning says why.
    case unreadable(ParseWarning)
  }

  /// Walks the folder `path` as `load(path:)` does, without reading the files.
  public static func listFiles(path: String, catalogPath: String? = nil) throws(CorpusError) -> Listing {
    let (walk, defaultCatalog) = try walkFolder(path, catalogPath: catalogPath)
    let root = walk.root
    var warnings = walk.warnings
    var unreadable = walk.unreadable
    var files: [ListedFile] = []
    files.reserveCapacity(walk.files.count)
    for found in walk.files {
      guard let stamp = found.stamp ?? fileStamp(found.path) else {
        // The file went away between the walk and now: report it as the loader would report a failed read.
        warnings.append(
          ParseWarning(file: found.display, line: nil, severity: .error, message: "cannot read file: \(lastError())"))
        unreadable.append(found.display)
        continue
      }
      files.append(
        ListedFile(
          path: found.path, file: found.display, relative: found.relative, size: stamp.size, modified: stamp.modified))
    }

    let catalogResult = loadCatalog(explicit: catalogPath, fallback: defaultCatalog, root: root)
    warnings += catalogResult.warnings
    unreadable += catalogResult.unreadable
    var entries: [String: [CatalogEntry]] = [:]
    if let catalog = catalogResult.catalog {
      let matched = CorpusFinish.entriesByFile(catalog, relatives: files.map(\.relative), catalogFile: catalogResult.file)
      entries = matched.entries
      warnings += matched.warnings
    }
    var listing = Listing(root: root, files: files, warnings: warnings, unreadable: unreadable, catalogEntries: entries)
    listing.folders = walk.folders.map { folder in
      ListedFolder(
        relative: folder.relative, device: folder.status.device, inode: folder.status.inode,
        modified: folder.status.modified, changed: folder.status.changed)
    }
    listing.walkWarnings = walk.warnings.count + (files.count < walk.files.count ? 1 : 0)
    return listing
  }

  /// Reads and parses one listed file, applies its catalog entries and finds its citations.
  public static func parseFile(_ file: ListedFile, catalogEntries: [CatalogEntry]) -> ParsedFile {
    let found = FoundFile(path: file.path, display: file.file, relative: file.relative)
    switch readAndParse(found) {
    case .unreadable(let warning):
      return .unreadable(warning)
    case .parsed(var resolution):
      CorpusFinish.finish(&resolution, catalogEntries: catalogEntries)
      return .parsed(resolution)
    }
  }

  /// The catalog entries for the resolution files of the folder `path`, by relative path (the catalog alone is read).
  public static func catalogEntries(path: String, catalogPath: String? = nil) -> [String: [CatalogEntry]] {
    let root = displayRoot(path)
    let result = loadCatalog(explicit: catalogPath, fallback: join(path, Catalog.defaultFileName), root: root)
    var entries: [String: [CatalogEntry]] = [:]
    for entry in result.catalog?.entries ?? [] { entries[CorpusFinish.catalogName(entry.file), default: []].append(entry) }
    return entries
  }

  /// `Resolution.file` for the file at `relative` inside a folder given as `path`.
  public static func displayPath(corpus path: String, relative: String) -> String {
    join(displayRoot(path), relative)
  }

  /// The folder as `Resolution.file` starts with it: `./corpus/` → `corpus`.
  public static func displayFolder(_ path: String) -> String { displayRoot(path) }

  /// Size and modification time (nanoseconds) of the file at `path`, following links; nil when it cannot be read.
  public static func fileStamp(_ path: String) -> (size: Int, modified: Int64)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return (Int(info.st_size), Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }

  /// How many other files a duplicate-id warning names; the rest are counted. Naming all of them made 20,000 files
  /// with one id a 12 GB report (each line naming the other 19,999).
  public static let duplicatesNamed = 3

  /// The warning for a duplicate id, worded as the loader words it. `group` is every file with the id, in folder
  /// order (shared by all the warnings of the group, so building them is linear).
  public static func duplicateWarning(file: String, line: Int?, id: ResolutionID, group: [String]) -> ParseWarning {
    var named: [String] = []
    for other in group where other != file {
      named.append(other)
      if named.count == duplicatesNamed { break }
    }
    let rest = group.count - 1 - named.count
    let others = named.joined(separator: ", ") + (rest > 0 ? " and \(rest) other\(rest == 1 ? "" : "s")" : "")
    let kept = group.count == 2 ? "both are kept" : "all \(group.count) are kept"
    return ParseWarning(file: file, line: line, message: "duplicate id \(id): also in \(others); \(kept)")
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// The paragraph structure a citation's pinpoint is resolved against, small enough to store for every file: the
/// paragraph refs and, per section, its first paragraph.
public struct ParagraphOutline: Hashable, Sendable {
  /// Every paragraph ref in reading order (`PP1`, `3`, `IV.3(h)`).
  public var refs: [ParagraphRef]
  /// The section numbers (`IV`), in order.
  public var sectionNumbers: [String]
  /// For each section, the ref of its first operative paragraph (nil when it has none).
  public var sectionFirsts: [ParagraphRef?]

  public init(refs: [ParagraphRef], sectionNumbers: [String], sectionFirsts: [ParagraphRef?]) {
    self.refs = refs
    self.sectionNumbers = sectionNumbers
    self.sectionFirsts = sectionFirsts
  }

  public init(_ resolution: Resolution) {
    self.init(
      refs: resolution.textNodes.compactMap {
        [.preambular, .operative, .subparagraph].contains($0.kind) ? $0.paragraphRef : nil
      },
      sectionNumbers: resolution.sections.map(\.number),
      sectionFirsts: resolution.sections.map { section in
        resolution.operative.first { $0.section == section.number }?.paragraphRef
      })
  }

  /// The paragraph a pinpoint names in the target: `para. 9` -> `9`, `para. 26 (d)` -> `26(d)`, `section II` -> its
  /// first paragraph, `annex, para. 35` -> `annex.35`, `annex III` -> the first paragraph of annex III. Nil when the
  /// target has no such paragraph (or the pinpoint names several).
  public func paragraph(named parsed: Pinpoint) -> ParagraphRef? {
    if let annex = parsed.annex {
      guard let (number, label) = parsed.paragraph else {
        if parsed.parts.contains(where: { if case .paragraphs = $0 { return true } else { return false } }) {
          return nil
        }
        // The annex as a whole: its first paragraph.
        return refs.first { $0.annex == annex }
      }
      // Declarations number straight through their chapters (`annex.35`); programmes restart in each (`annex.IV.3`).
      for section in [nil, parsed.section] {
        let ref = ParagraphRef(annex: annex, place: .paragraph(section: section, number: number, label: label, occurrence: nil))
        if refs.contains(ref) { return ref }
      }
      return nil
    }
    if let (number, label) = parsed.paragraph {
      guard sectionNumbers.isEmpty || parsed.section != nil else { return nil }
      return paragraph(ParagraphRef(place: .paragraph(section: parsed.section, number: number, label: label, occurrence: nil)))
    }
    if parsed.parts.count == 1, case .section(let number) = parsed.parts[0] {
      // `section 2` of a resolution whose paragraphs are numbered 2 names that paragraph.
      if let ref = ParagraphRef(number), let found = paragraph(ref) { return found }
      return firstParagraph(ofSection: number)
    }
    return nil
  }

  /// The paragraph an internal reference names (`paragraph 2 below`, `section III`), when the resolution has it.
  public func paragraph(for target: CitationTarget) -> ParagraphRef? {
    switch target {
    case .paragraph(let ref): return paragraph(ref)
    case .section(let number): return firstParagraph(ofSection: number)
    case .resolution, .decision, .document, .itself: return nil
    }
  }

  /// `ref` when the resolution has that paragraph.
  func paragraph(_ ref: ParagraphRef) -> ParagraphRef? { refs.contains(ref) ? ref : nil }

  /// The first paragraph of section `number` (`VI`).
  func firstParagraph(ofSection number: String) -> ParagraphRef? {
    sectionNumbers.firstIndex(of: number).flatMap { sectionFirsts[$0] }
  }
}

extension AbsentResolution {
  /// An absent resolution described by a source that keeps the citations elsewhere (the persistent index).
  /// (The memberwise initializer, with the arguments in declaration order, is internal to ResolutionKit.)
  public init(id: ResolutionID, citedBy: [CitationEdge], dates: [CalendarDate], subjects: [String]) {
    self.id = id
    self.dates = dates
    self.subjects = subjects
    self.citedBy = citedBy
  }
}
