/// The one "finish the corpus" step that loading into memory (`CorpusLoader`) and updating the index (`IndexUpdate`)
/// share: which catalog entries apply to which file (and the warning for an entry naming none), a file finished with
/// its entries and citations, the notes on files sharing an id, and the frequency ranking of what citing texts say.
/// Citation linking is `CitationResolution.resolve`, which both call.
public enum CorpusFinish {
  /// The catalog's entries by the relative path of the file each names, and one warning per entry naming no file
  /// (with a "did you mean" when a file of that name sits elsewhere in the folder). `relatives` in folder order.
  public static func entriesByFile(
    _ catalog: Catalog, relatives: [String], catalogFile: String
  ) -> (entries: [String: [CatalogEntry]], warnings: [ParseWarning]) {
    let known = Set(relatives)
    var entries: [String: [CatalogEntry]] = [:]
    var warnings: [ParseWarning] = []
    for entry in catalog.entries {
      let name = catalogName(entry.file)
      if known.contains(name) {
        entries[name, default: []].append(entry)
        continue
      }
      var message = "no file '\(entry.file)' in the corpus folder; this entry is ignored "
        + "(names are paths relative to the folder that holds the catalog)"
      let lastComponent = name.split(separator: "/").last.map(String.init) ?? name
      if let match = relatives.first(where: { $0.split(separator: "/").last.map(String.init) == lastComponent }) {
        message += "; did you mean \"\(match)\"?"
      }
      warnings.append(ParseWarning(file: catalogFile, line: entry.line, message: message))
    }
    return (entries, warnings)
  }

  /// `./a/b.txt` → `a/b.txt`: how the catalog names a file.
  public static func catalogName(_ file: String) -> String {
    var name = Substring(file)
    while name.hasPrefix("./") { name = name.dropFirst(2) }
    return String(name)
  }

  /// A parsed file with its catalog entries applied; the parser's citations are found again when an entry changed
  /// what they depend on (the adopting body, the number, the title).
  public static func finish(_ resolution: inout Resolution, catalogEntries: [CatalogEntry]) {
    guard !catalogEntries.isEmpty else { return }
    for entry in catalogEntries { entry.apply(to: &resolution) }
    resolution.citations = CitationExtractor(adoptingBody: resolution.body, ownNumber: resolution.number)
      .citations(in: resolution)
  }

  /// One file of the corpus as the duplicate check sees it.
  public struct Member: Sendable {
    public var id: ResolutionID?
    public var file: String
    public var line: Int?

    public init(id: ResolutionID?, file: String, line: Int?) {
      self.id = id
      self.file = file
      self.line = line
    }
  }

  /// The note for each file that shares its id with another (by index in `members`), naming the others in the order
  /// of `members` (folder order). Every file is kept.
  public static func duplicateWarnings(_ members: [Member]) -> [(index: Int, warning: ParseWarning)] {
    var indicesByID: [ResolutionID: [Int]] = [:]
    var order: [ResolutionID] = []
    for (index, member) in members.enumerated() {
      guard let id = member.id else { continue }
      if indicesByID[id] == nil { order.append(id) }
      indicesByID[id, default: []].append(index)
    }
    var warnings: [(index: Int, warning: ParseWarning)] = []
    for id in order {
      let indices = indicesByID[id]!
      guard indices.count > 1 else { continue }
      // One list of the group's files shared by all its notes: 20,000 files with one id stay linear.
      let group = indices.map { members[$0].file }
      for index in indices {
        let member = members[index]
        warnings.append(
          (index, CorpusLoader.duplicateWarning(file: member.file, line: member.line, id: id, group: group)))
      }
    }
    return warnings
  }

  /// Most frequent first, ties in order of first appearance: how the dates and subjects citing texts give a resolution
  /// are ranked, in memory and in the index.
  public static func ranked<T: Hashable>(_ values: [T]) -> [T] {
    var counts: [T: Int] = [:]
    var order: [T] = []
    for value in values {
      if counts[value] == nil { order.append(value) }
      counts[value, default: 0] += 1
    }
    return order.enumerated().sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }
      .map(\.element)
  }
}
