import ResolutionKit

/// What the browser knows of its `CorpusSource` at one revision: the list's summaries and the lookups keys need,
/// built once per revision so no key scans 100,000 summaries.
struct CorpusSnapshot: Sendable {
  private(set) var revision: Int
  let summaries: [ResolutionSummary]
  let absentSummaries: [AbsentSummary]
  /// Each listed file's position in `summaries` (the list's rows share it).
  let filePositions: FilePositions
  /// Positions, not copies: at 26,000 absent resolutions copies took 5 MB more.
  private let absentByID: [ResolutionID: Int32]

  /// Reads `source` now. The revision is read before the lists, so a change made meanwhile shows as a newer
  /// revision next time rather than being missed.
  init(_ source: any CorpusSource) {
    self.init(revision: source.revision, summaries: source.summaries, absentSummaries: source.absentSummaries)
  }

  /// Reads `source` now, as `init`, keeping `self`'s lookups when its lists are as they were: a source that finishes
  /// an update without changing anything still grows its revision, and rebuilding the maps of 100,000 files then
  /// would cost a second start. Unchanged lists are usually the very same arrays, compared in constant time.
  func reading(_ source: any CorpusSource) -> (snapshot: CorpusSnapshot, listChanged: Bool) {
    let revision = source.revision
    let summaries = source.summaries
    let absentSummaries = source.absentSummaries
    guard summaries == self.summaries, absentSummaries == self.absentSummaries else {
      return (CorpusSnapshot(revision: revision, summaries: summaries, absentSummaries: absentSummaries), true)
    }
    var same = self
    same.revision = revision
    return (same, false)
  }

  private init(revision: Int, summaries: [ResolutionSummary], absentSummaries: [AbsentSummary]) {
    self.revision = revision
    self.summaries = summaries
    self.absentSummaries = absentSummaries
    filePositions = FilePositions(summaries)
    var absentByID: [ResolutionID: Int32] = [:]
    absentByID.reserveCapacity(absentSummaries.count)
    for (index, absent) in absentSummaries.enumerated() where absentByID[absent.id] == nil {
      absentByID[absent.id] = Int32(index)
    }
    self.absentByID = absentByID
  }

  /// The summary of the resolution in `file` (the path exactly as listed).
  func summary(file: String) -> ResolutionSummary? { filePositions[file].map { summaries[Int($0)] } }

  /// The listed file named `name`: its path as listed, or else the first whose last component it is. Scanned, not
  /// mapped: only `:` asks, and a map of 100,000 names built at every revision delayed the first screen.
  func file(named name: String) -> String? {
    if let index = filePositions[name] { return summaries[Int(index)].file }
    return summaries.first { Self.lastComponent($0.file) == name[...] }?.file
  }

  /// The first file whose list id (or placeholder) is `displayID`, ignoring case. Scanned, as `file(named:)`.
  func file(displayID: String) -> String? {
    let wanted = displayID.lowercased()
    return summaries.first { $0.displayID.lowercased() == wanted }?.file
  }

  /// What follows the last `/` (byte search, not Character splitting).
  private static func lastComponent(_ path: String) -> Substring {
    path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path[...]
  }

  func absent(_ id: ResolutionID) -> AbsentSummary? { absentByID[id].map { absentSummaries[Int($0)] } }

  /// `GA 55/64`, or the placeholder naming body and file, for a listed file.
  func displayID(file: String) -> String? { summary(file: file)?.displayID }
}
