/// What the browser keeps for the reader between sessions, per corpus: marks set with `m` and the places visited.
/// The UI core only changes this value; the executable saves it (atomically) whenever `BrowserSession.stateRevision`
/// moves.
public struct ReaderState: Hashable, Sendable, Codable {
  /// Marks by their letter (`a`…`z`, `A`…`Z`, `0`…`9`), as `m` and `'` in less.
  public var marks: [String: SavedPlace]
  /// Places visited, oldest first, each at most once (visiting again moves it to the end).
  public var recent: [SavedPlace]

  /// How many visited places are kept.
  public static let recentLimit = 100

  public init(marks: [String: SavedPlace] = [:], recent: [SavedPlace] = []) {
    self.marks = marks
    self.recent = recent
  }

  /// The characters a mark can be named by.
  static func isMarkName(_ character: Character) -> Bool {
    character.isASCII && (character.isLetter || character.isNumber)
  }

  /// Records a visit: `place` becomes the newest, replacing an older visit of the same location.
  mutating func visit(_ place: SavedPlace) {
    recent.removeAll { $0.location == place.location }
    recent.append(place)
    if recent.count > Self.recentLimit { recent.removeFirst(recent.count - Self.recentLimit) }
  }

  /// Marks in the order the bookmarks list shows them: letters, then digits.
  var sortedMarks: [(name: String, place: SavedPlace)] {
    marks.sorted { $0.key < $1.key }.map { (name: $0.key, place: $0.value) }
  }
}
