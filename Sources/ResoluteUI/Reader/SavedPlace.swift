import ResolutionKit

/// A place the reader can come back to, across sessions: a resolution (by file, as the corpus source lists it) or an
/// absent resolution's page, and the paragraph they were at.
public struct SavedPlace: Hashable, Sendable, Codable {
  /// The file of a resolution of the corpus; nil for an absent resolution's page.
  public var file: String?
  /// The id of an absent resolution.
  public var absent: ResolutionID?
  /// The paragraph ref (`7`, `PP3`, `IV.3(h)`), nil for the top of the page.
  public var ref: String?
  /// How the place read when it was saved (`GA 55/64`), so the bookmarks page can name a file that has since gone.
  public var label: String

  /// A paragraph (or the top, with ref nil) of the resolution in `file`.
  public init(file: String, ref: String?, label: String) {
    self.file = file
    self.ref = ref
    self.label = label
  }

  /// A place on a page that can be saved; nil for pages made of other pages (compare, series, bookmarks).
  init?(location: Location, ref: String?, label: String) {
    switch location {
    case .resolution(let file): self.file = file
    case .absent(let id): absent = id
    default: return nil
    }
    self.ref = ref
    self.label = label
  }

  var location: Location? {
    if let file { return .resolution(file: file) }
    return absent.map(Location.absent)
  }

  /// `GA 55/64 #7`.
  var description: String { ref.map { "\(label) #\($0)" } ?? label }
}
