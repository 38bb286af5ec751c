import ResolutionKit

/// What the browser knows of its `CorpusSource` at one revision: the list's summaries and the lookups keys need,
/// built once per revision so no key scans 100,000 summaries.
struct CorpusSnapshot: Sendable {
  let revision: Int
  let summaries: [ResolutionSummary]
  let absentSummaries: [AbsentSummary]
  private let indexByFile: [String: Int]
  /// The first file with each last path component (`ga-55-64.txt`), as `:` accepts a bare file name.
  private let indexByFileName: [String: Int]
  /// Lower-cased display ids (`ecosoc [file.txt]`), as `:` accepts the list's placeholders.
  private let indexByDisplayID: [String: Int]
  private let absentByID: [ResolutionID: AbsentSummary]

  /// Reads `source` now. The revision is read before the lists, so a change made meanwhile shows as a newer
  /// revision next time rather than being missed.
  init(_ source: any CorpusSource) {
    revision = source.revision
    summaries = source.summaries
    absentSummaries = source.absentSummaries
    var indexByFile: [String: Int] = [:]
    var indexByFileName: [String: Int] = [:]
    var indexByDisplayID: [String: Int] = [:]
    indexByFile.reserveCapacity(summaries.count)
    for (index, summary) in summaries.enumerated() {
      if indexByFile[summary.file] == nil { indexByFile[summary.file] = index }
      // Byte search, not Character splitting: this runs for every listed file at every revision.
      let name = summary.file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(summary.file[summary.file.index(after: $0)...]) } ?? summary.file
      if indexByFileName[name] == nil { indexByFileName[name] = index }
      let display = summary.displayID.lowercased()
      if indexByDisplayID[display] == nil { indexByDisplayID[display] = index }
    }
    self.indexByFile = indexByFile
    self.indexByFileName = indexByFileName
    self.indexByDisplayID = indexByDisplayID
    var absentByID: [ResolutionID: AbsentSummary] = [:]
    for absent in absentSummaries where absentByID[absent.id] == nil { absentByID[absent.id] = absent }
    self.absentByID = absentByID
  }

  /// The summary of the resolution in `file` (the path exactly as listed).
  func summary(file: String) -> ResolutionSummary? { indexByFile[file].map { summaries[$0] } }

  /// The listed file named `name`: its path as listed, or its last component.
  func file(named name: String) -> String? {
    (indexByFile[name] ?? indexByFileName[name]).map { summaries[$0].file }
  }

  /// The file whose list id (or placeholder) is `displayID`, ignoring case.
  func file(displayID: String) -> String? { indexByDisplayID[displayID.lowercased()].map { summaries[$0].file } }

  func absent(_ id: ResolutionID) -> AbsentSummary? { absentByID[id] }

  /// `GA 55/64`, or the placeholder naming body and file, for a listed file.
  func displayID(file: String) -> String? { summary(file: file)?.displayID }
}
