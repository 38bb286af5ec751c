/// Every resolution loaded from one folder, with what the loader noticed.
public struct Corpus: Sendable {
  /// The folder the corpus was loaded from, as given.
  public var root: String
  /// One entry per file, sorted by adoption date (undated last), then id, then file.
  public var resolutions: [Resolution]
  /// Problems with the folder and its files (unreadable files, duplicates, catalog errors, parse warnings).
  public var warnings: [ParseWarning]
  /// Files, folders and the catalog that could not be read (each also has an error in `warnings`).
  public var unreadableFiles: [String] = []

  public init(root: String, resolutions: [Resolution], warnings: [ParseWarning]) {
    self.root = root
    self.resolutions = resolutions
    self.warnings = warnings
  }

  /// All files whose id is `id` (more than one when the folder holds duplicates).
  public func resolutions(withID id: ResolutionID) -> [Resolution] {
    resolutions.filter { $0.id == id }
  }

  /// The first file with this id.
  public func resolution(withID id: ResolutionID) -> Resolution? {
    resolutions.first { $0.id == id }
  }

  /// The resolution parsed from `file` (the path as stored in `Resolution.file`, or its last component).
  public func resolution(file: String) -> Resolution? {
    resolutions.first { $0.file == file }
      ?? resolutions.first { $0.file.split(separator: "/").last.map(String.init) == file }
  }
}
