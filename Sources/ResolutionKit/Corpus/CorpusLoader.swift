import Dispatch

/// Loads every resolution in a folder: walks it, reads and parses each file, applies the catalog, reports problems.
///
/// Nothing is dropped: unreadable files and folders, dangling links, loops, FIFOs, empty and binary files all end up in
/// `Corpus.warnings` (readable ones are also listed as resolutions, unstructured when need be).
/// Hidden files and folders (names starting with `.`) are skipped, as is the catalog file itself.
public enum CorpusLoader {
  /// Loads the corpus in `path`. `catalogPath` defaults to `<path>/catalog.toml`; a missing default catalog is fine.
  /// `Resolution.file` is `path` (as given, without a leading `./` or trailing `/`) joined with the path inside the folder.
  public static func load(path: String, catalogPath: String? = nil) throws(CorpusError) -> Corpus {
    let (walk, defaultCatalog) = try walkFolder(path, catalogPath: catalogPath)
    return assemble(
      root: walk.root, files: walk.files, warnings: walk.warnings, unreadable: walk.unreadable,
      catalogPath: catalogPath, defaultCatalog: defaultCatalog)
  }

  /// Checks that `path` is a folder and walks it (files found, nothing read); also the default catalog's path.
  /// Shared by `load(path:)` and `listFiles(path:)`.
  static func walkFolder(_ path: String, catalogPath: String?) throws(CorpusError) -> (Walk, defaultCatalog: String) {
    switch FileSystem.status(path, followingLinks: true) {
    case .failure(let failure) where failure.isMissing: throw .folderMissing(path: path)
    case .failure(let failure): throw .unreadable(path: path, reason: failure.description)
    case .success(let status) where status.kind != .directory: throw .notAFolder(path: path)
    case .success: break
    }
    if let kind = FileSystem.pseudoFileSystem(path) {
      throw .unreadable(path: path, reason: "it is \(kind), the kernel's view of the system, not a folder of files")
    }
    let defaultCatalog = join(path, Catalog.defaultFileName)
    var walk = Walk(root: displayRoot(path), catalogPath: catalogPath ?? defaultCatalog)
    try walk.start(path)
    return (walk, defaultCatalog)
  }

  /// Reads one file as a corpus of its own, with the catalog of the folder it is in applied.
  public static func load(file path: String) throws(CorpusError) -> Corpus {
    switch FileSystem.status(path, followingLinks: true) {
    case .failure(let failure): throw .fileUnreadable(path: path, reason: failure.description)
    case .success(let status) where status.kind != .file:
      throw .fileUnreadable(path: path, reason: "it is not a regular file")
    case .success: break
    }
    let display = displayRoot(path)
    let folder = display.lastIndex(of: "/").map { display[..<$0].isEmpty ? "/" : String(display[..<$0]) } ?? "."
    let name = display.split(separator: "/").last.map(String.init) ?? display
    let file = FoundFile(path: path, display: display, relative: name)
    return assemble(
      root: folder, files: [file], warnings: [], unreadable: [], catalogPath: nil,
      defaultCatalog: join(folder, Catalog.defaultFileName))
  }

  /// True when `path` names a regular file (after following links).
  public static func isRegularFile(_ path: String) -> Bool {
    if case .success(let status) = FileSystem.status(path, followingLinks: true) { return status.kind == .file }
    return false
  }

  /// Parses the files found, applies the catalog, notes duplicates, sorts, and resolves citations.
  private static func assemble(
    root: String, files: [FoundFile], warnings found: [ParseWarning], unreadable foundUnreadable: [String],
    catalogPath: String?, defaultCatalog: String
  ) -> Corpus {
    var resolutions: [Resolution] = []
    var warnings = found
    var unreadable = foundUnreadable
    var readFiles: [FoundFile] = []
    for (file, outcome) in zip(files, parseAll(files)) {
      switch outcome {
      case .parsed(let resolution):
        resolutions.append(resolution)
        readFiles.append(file)
      case .unreadable(let warning):
        warnings.append(warning)
        unreadable.append(file.display)
      }
    }

    let catalogResult = loadCatalog(explicit: catalogPath, fallback: defaultCatalog, root: root)
    warnings += catalogResult.warnings
    unreadable += catalogResult.unreadable
    if let catalog = catalogResult.catalog {
      let matched = CorpusFinish.entriesByFile(
        catalog, relatives: readFiles.map(\.relative), catalogFile: catalogResult.file)
      warnings += matched.warnings
      for (index, file) in readFiles.enumerated() {
        CorpusFinish.finish(&resolutions[index], catalogEntries: matched.entries[file.relative] ?? [])
      }
    }
    let members = resolutions.map { CorpusFinish.Member(id: $0.id, file: $0.file, line: $0.titleLine) }
    for (index, warning) in CorpusFinish.duplicateWarnings(members) { resolutions[index].warnings.append(warning) }

    warnings += resolutions.flatMap(\.warnings)
    let orderedWarnings = warnings.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.file, lhs.element.line ?? 0), right = (rhs.element.file, rhs.element.line ?? 0)
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)

    var corpus = Corpus(root: root, resolutions: resolutions.sorted(by: readingOrder), warnings: orderedWarnings)
    corpus.unreadableFiles = unreadable
    // Citations hook: link each citation to the file holding its target (Sources/ResolutionKit/Citations/).
    CitationResolution.resolve(&corpus)
    return corpus
  }

  /// Adoption date (undated last), then id (none last), then file.
  static func readingOrder(_ lhs: Resolution, _ rhs: Resolution) -> Bool {
    switch (lhs.adopted, rhs.adopted) {
    case (let l?, let r?) where l != r: return l < r
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    switch (lhs.id, rhs.id) {
    case (let l?, let r?) where l != r: return l < r
    case (.some, nil): return true
    case (nil, .some): return false
    default: return lhs.file < rhs.file
    }
  }

  // MARK: - Reading and parsing

  /// A regular file found by the walk.
  struct FoundFile: Sendable {
    /// Path to open.
    var path: String
    /// Path shown to the user and stored in `Resolution.file`.
    var display: String
    /// Path inside the corpus folder, as the catalog names it.
    var relative: String
    /// Size and modification time as the walk's own `stat` saw them (nil when not walked), so listing a folder
    /// stats each file once.
    var stamp: (size: Int, modified: Int64)? = nil
  }

  /// What became of one file.
  enum Outcome: Sendable {
    case parsed(Resolution)
    /// The file could not be read; the warning says why.
    case unreadable(ParseWarning)
  }

  /// Reads and parses every file, two at a time or more; the order of `files` is kept.
  static func parseAll(_ files: [FoundFile]) -> [Outcome] {
    let slots = UnsafeMutableBufferPointer<Outcome?>.allocate(capacity: files.count)
    slots.initialize(repeating: nil)
    defer { slots.deinitialize().deallocate() }
    let box = SlotBox(slots: slots)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      // Each iteration writes only its own slot.
      box.slots[index] = readAndParse(files[index])
    }
    return slots.map { $0! }
  }

  private struct SlotBox: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Outcome?>
  }

  /// The largest file read and parsed as a resolution: 64 MiB, a hundred times the longest real resolution (a 50 MB
  /// one-line file still parses). A larger file is still listed and readable, as plain text of its first 64 MiB, with
  /// a warning `check` reports; so memory stays a small multiple of that per file whatever the folder holds (a 50 GB
  /// sparse file, `/proc`).
  public static let fileSizeLimit = 64 * 1_048_576

  /// One file to one resolution, or to the reason it could not be read.
  static func readAndParse(_ file: FoundFile) -> Outcome {
    switch FileSystem.readBounded(file.path, limit: fileSizeLimit) {
    case .failure(let failure):
      return .unreadable(
        ParseWarning(file: file.display, line: nil, severity: .error, message: "cannot read file: \(failure)"))
    case .success(let content) where content.isCut:
      let decoded = TextDecoding.decode(content.bytes, file: file.display)
      var resolution = Resolution(file: file.display, plainText: decoded.text)
      resolution.warnings = [
        ParseWarning(
          file: file.display, line: nil, severity: .warning,
          message: "larger than the \(fileSizeLimit / 1_048_576) MiB per-file limit: listed as plain text, only its "
            + "first \(fileSizeLimit / 1_048_576) MiB read")
      ]
      return .parsed(resolution)
    case .success(let content):
      return .parsed(parse(content.bytes, file: file))
    }
  }

  /// Parses text; binary content is kept as plain text; empty and unstructured files get a warning.
  static func parse(_ bytes: [UInt8], file: FoundFile) -> Resolution {
    if let nulLine = binaryLine(bytes) {
      let decoded = TextDecoding.decode(bytes, file: file.display)
      var resolution = Resolution(file: file.display, plainText: decoded.text)
      resolution.warnings = [
        ParseWarning(
          file: file.display, line: nulLine,
          message: "binary file (NUL byte on this line): listed as unstructured plain text, not parsed")
      ]
      return resolution
    }
    var resolution = ResolutionParser().parse(bytes, file: file.display)
    if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
      if !resolution.warnings.contains(where: { $0.message.contains("empty") }) {
        let what = bytes.isEmpty ? "empty file" : "file holds only blank space"
        resolution.warnings.append(
          ParseWarning(file: file.display, line: nil, message: "\(what): listed with no text"))
      }
    } else if !resolution.isStructured && !resolution.warnings.contains(where: { $0.severity != .note }) {
      // The parser normally says so itself; this covers it if it does not.
      resolution.warnings.append(
        ParseWarning(
          file: file.display, line: 1,
          message: "no preambular or operative paragraphs found: listed as unstructured plain text"))
    }
    return resolution
  }

  /// The 1-based line of the first NUL byte, when the bytes are not text (UTF-16 with a byte order mark is text).
  static func binaryLine(_ bytes: [UInt8]) -> Int? {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
    guard let nul = bytes.firstIndex(of: 0) else { return nil }
    return bytes[..<nul].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
  }

  // MARK: - Catalog

  struct CatalogResult {
    var catalog: Catalog?
    var file: String
    var warnings: [ParseWarning] = []
    var unreadable: [String] = []
  }

  static func loadCatalog(explicit: String?, fallback: String, root: String) -> CatalogResult {
    let path = explicit ?? fallback
    let shown = explicit ?? join(root, Catalog.defaultFileName)
    var result = CatalogResult(file: shown)
    switch FileSystem.status(path, followingLinks: true) {
    case .failure(let failure) where failure.isMissing:
      if explicit != nil {
        result.warnings.append(ParseWarning(file: shown, line: nil, severity: .error, message: "catalog file not found"))
        result.unreadable.append(shown)
      }
      return result
    case .failure(let failure):
      result.warnings.append(
        ParseWarning(file: shown, line: nil, severity: .error, message: "cannot read catalog file: \(failure)"))
      result.unreadable.append(shown)
      return result
    case .success(let status) where status.kind != .file:
      result.warnings.append(
        ParseWarning(file: shown, line: nil, severity: .error, message: "catalog is not a regular file: not read"))
      result.unreadable.append(shown)
      return result
    case .success:
      break
    }
    switch FileSystem.readFile(path) {
    case .failure(let failure):
      result.warnings.append(
        ParseWarning(file: shown, line: nil, severity: .error, message: "cannot read catalog file: \(failure)"))
      result.unreadable.append(shown)
    case .success(let bytes):
      let decoded = TextDecoding.decode(bytes, file: shown)
      var catalog = CatalogParser().parse(decoded.text, file: shown)
      catalog.warnings = decoded.warnings + catalog.warnings
      result.warnings += catalog.warnings
      result.catalog = catalog
    }
    return result
  }

  // MARK: - Paths

  /// `./corpus/` → `corpus`; `/` stays `/`.
  static func displayRoot(_ path: String) -> String {
    var root = Substring(path)
    while root.count > 1 && root.hasSuffix("/") { root = root.dropLast() }
    while root.hasPrefix("./") && root.count > 2 { root = root.dropFirst(2) }
    return root.isEmpty ? "." : String(root)
  }

  static func join(_ directory: String, _ name: String) -> String {
    if directory == "." { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}

/// The recursive walk over the corpus folder.
struct Walk {
  let root: String
  /// The catalog file, which is not a resolution.
  let catalogPath: String
  let catalogKey: NodeKey?
  var files: [CorpusLoader.FoundFile] = []
  var warnings: [ParseWarning] = []
  var unreadable: [String] = []
  /// Every folder listed, root first (relative path "" for it), with the status taken before its names were read:
  /// a name added or removed later moves the folder's time past what is recorded here.
  var folders: [(relative: String, status: FileSystem.Status)] = []
  /// Folders already read, by device and inode, so link loops end.
  var visited: [NodeKey: String] = [:]

  struct NodeKey: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  init(root: String, catalogPath: String) {
    self.root = root
    self.catalogPath = catalogPath
    if case .success(let status) = FileSystem.status(catalogPath, followingLinks: true) {
      catalogKey = NodeKey(device: status.device, inode: status.inode)
    } else {
      catalogKey = nil
    }
  }

  mutating func start(_ path: String) throws(CorpusError) {
    if case .success(let status) = FileSystem.status(path, followingLinks: true) {
      visited[NodeKey(device: status.device, inode: status.inode)] = root
      folders.append(("", status))
    }
    switch FileSystem.entries(of: path) {
    case .failure(let failure): throw .unreadable(path: path, reason: failure.description)
    case .success(let names): visit(names, in: path, relative: "")
    }
  }

  private mutating func reportUnreadable(_ display: String, _ message: String) {
    warnings.append(ParseWarning(file: display, line: nil, severity: .error, message: message))
    unreadable.append(display)
  }

  private mutating func visit(_ names: [String], in directory: String, relative: String) {
    for name in names where !name.hasPrefix(".") {
      let path = CorpusLoader.join(directory, name)
      let inside = relative.isEmpty ? name : relative + "/" + name
      let display = CorpusLoader.join(root, inside)
      if path == catalogPath { continue }
      if name.unicodeScalars.contains("\u{FFFD}") {
        reportUnreadable(display, "the file name is not valid UTF-8, so it cannot be opened; rename it")
        continue
      }
      var kind: FileSystem.Kind
      var status: FileSystem.Status
      switch FileSystem.status(path, followingLinks: false) {
      case .failure(let failure):
        reportUnreadable(display, "cannot read: \(failure)")
        continue
      case .success(let found):
        status = found
        kind = found.kind
      }
      if kind == .symbolicLink {
        switch FileSystem.status(path, followingLinks: true) {
        case .failure(let failure) where failure.isLoop:
          reportUnreadable(display, "symbolic link loop: not followed")
          continue
        case .failure(let failure) where failure.isMissing:
          reportUnreadable(display, "dangling symbolic link: its target does not exist")
          continue
        case .failure(let failure):
          reportUnreadable(display, "cannot follow symbolic link: \(failure)")
          continue
        case .success(let target):
          status = target
          kind = target.kind
        }
      }
      switch kind {
      case .file:
        if let catalogKey, catalogKey == NodeKey(device: status.device, inode: status.inode) { continue }
        files.append(
          CorpusLoader.FoundFile(
            path: path, display: display, relative: inside, stamp: (status.size, status.modified)))
      case .directory:
        let key = NodeKey(device: status.device, inode: status.inode)
        if let first = visited[key] {
          warnings.append(
            ParseWarning(
              file: display, line: nil,
              message: "folder already read as \(first) (a symbolic link loop or second link): skipped"))
          continue
        }
        visited[key] = display
        folders.append((inside, status))
        switch FileSystem.entries(of: path) {
        case .failure(let failure): reportUnreadable(display, "cannot read folder: \(failure)")
        case .success(let names): visit(names, in: path, relative: inside)
        }
      case .symbolicLink:
        reportUnreadable(display, "symbolic link to a symbolic link that cannot be followed")
      case .other(let what):
        reportUnreadable(display, "is \(what), not a regular file: not read")
      }
    }
  }
}
