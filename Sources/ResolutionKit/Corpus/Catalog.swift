/// Metadata for one corpus file from the catalog file, which wins over what the parser inferred from the text.
public struct CatalogEntry: Sendable, Hashable {
  /// The file's path relative to the corpus folder, as written in the table header (`ecosoc-2004-….txt`).
  public var file: String
  /// The line of the table header.
  public var line: Int
  public var id: ResolutionID?
  public var title: String?
  public var adopted: CalendarDate?
  public var meeting: String?

  public init(
    file: String, line: Int, id: ResolutionID? = nil, title: String? = nil, adopted: CalendarDate? = nil,
    meeting: String? = nil
  ) {
    self.file = file
    self.line = line
    self.id = id
    self.title = title
    self.adopted = adopted
    self.meeting = meeting
  }

  /// Overwrites the fields this entry sets; marks the resolution as catalogued when it sets any.
  public func apply(to resolution: inout Resolution) {
    if let id {
      resolution.id = id
      resolution.body = id.body
      resolution.number = id.number
      // The parser's hint to add the number to the catalog no longer applies.
      resolution.warnings.removeAll { $0.message.contains("number is not in the text") }
    }
    if let title { resolution.title = title }
    if let adopted { resolution.adopted = adopted }
    if let meeting { resolution.meeting = meeting }
    if id != nil || title != nil || adopted != nil || meeting != nil { resolution.catalogued = true }
  }
}

/// The parsed catalog file (`catalog.toml` in the corpus folder) and the problems found in it.
public struct Catalog: Sendable, Hashable {
  /// The keys a table may set.
  public static let knownKeys = ["id", "title", "adopted", "meeting"]
  /// The catalog's file name inside a corpus folder.
  public static let defaultFileName = "catalog.toml"

  /// One entry per table, in file order.
  public var entries: [CatalogEntry]
  /// Syntax errors, bad values, unknown keys: each with the catalog file and line.
  public var warnings: [ParseWarning]

  public init(entries: [CatalogEntry] = [], warnings: [ParseWarning] = []) {
    self.entries = entries
    self.warnings = warnings
  }
}
