import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

/// The freshness record beside the index lets an update skip the walk when no folder and no file changed. Each case
/// builds the index over files older than the record's racy window (so the record is trusted and used), makes one
/// change, and checks that the record no longer holds and the next update and search see the change.
@Suite("Freshness: what changed in the folder is seen without walking it again")
struct FreshnessTests {
  enum Change: String, CaseIterable, CustomTestStringConvertible {
    case editedInPlaceSameSize, addedInSubfolder, removed, renamedFolder, catalogEditedInPlace
    var testDescription: String { rawValue }
  }

  static let word = "zqxwvutsrpk"  // as long as "trafficking", so an edit keeps the file's size

  /// Rewrites a file in place (same inode, so its folder's time does not move).
  static func overwriteInPlace(_ path: String, _ text: String) throws {
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  func quickCount(_ workspace: Workspace, _ index: IndexedCorpus) -> Int? {
    FolderCheck.unchangedFileCount(
      root: workspace.corpus, indexPath: index.indexPath,
      owner: FolderCheck.owner(indexPath: index.indexPath, generation: index.currentGeneration ?? -1), threads: 2)
  }

  @Test("a change is seen by the next update and search", arguments: Change.allCases)
  func changeIsSeen(_ change: Change) throws {
    let workspace = try Workspace()
    try FileManager.default.createDirectory(atPath: workspace.file("sub"), withIntermediateDirectories: false)
    try FileManager.default.moveItem(atPath: workspace.file(Seed.ccpcj), toPath: workspace.file("sub/" + Seed.ccpcj))
    try workspace.write(
      "catalog.toml", "[\"\(Seed.ecosoc2004)\"]\nid = \"ECOSOC 2004/28\"\ntitle = \"A catalogued title\"\n")
    // Past the racy window: what the first update records is trusted by the next check.
    let index = try workspace.indexedPastTheRacyWindow()
    #expect(quickCount(workspace, index) == 5, "the record is written and holds while nothing changed")
    let unchanged = try index.update()
    #expect(unchanged.unchanged == 5 && unchanged.added + unchanged.changed + unchanged.removed == 0)

    switch change {
    case .editedInPlaceSameSize:
      let text = try workspace.read(Seed.ecosoc2004)
      let edited = text.replacingOccurrences(of: "trafficking", with: Self.word)
      #expect(edited.utf8.count == text.utf8.count)
      try Self.overwriteInPlace(workspace.file(Seed.ecosoc2004), edited)
    case .addedInSubfolder:
      let text = try workspace.read(Seed.ga).replacingOccurrences(of: "trafficking", with: Self.word)
      try workspace.write("sub/added.txt", text)
    case .removed:
      try FileManager.default.removeItem(atPath: workspace.file(Seed.ecosoc2004))
    case .renamedFolder:
      try FileManager.default.moveItem(atPath: workspace.file("sub"), toPath: workspace.file("renamed"))
    case .catalogEditedInPlace:
      let catalog = "[\"\(Seed.ecosoc2004)\"]\nid = \"ECOSOC 2004/28\"\ntitle = \"Another catalogued title\"\n"
      try Self.overwriteInPlace(workspace.file("catalog.toml"), catalog)
    }
    #expect(quickCount(workspace, index) == nil, "the record no longer holds")

    let report = try index.update()
    let search = { (text: String) in try index.search(SearchQuery(parsing: text), limit: 50).map(\.file) }
    switch change {
    case .editedInPlaceSameSize:
      #expect(report.changed == 1 && report.unchanged == 4)
      #expect(Set(try search(Self.word)) == [workspace.file(Seed.ecosoc2004)])
    case .addedInSubfolder:
      #expect(report.added == 1 && report.unchanged == 5)
      #expect(Set(try search(Self.word)) == [workspace.file("sub/added.txt")])
    case .removed:
      #expect(report.removed == 1 && report.unchanged == 4)
      #expect(!(try search("trafficking")).contains(workspace.file(Seed.ecosoc2004)))
    case .renamedFolder:
      #expect(report.added == 1 && report.removed == 1)
      let files = try search("\"technical cooperation\"")
      #expect(files.contains(workspace.file("renamed/" + Seed.ccpcj)))
      #expect(!files.contains(workspace.file("sub/" + Seed.ccpcj)))
    case .catalogEditedInPlace:
      #expect(report.changed == 1)
      #expect(index.summaries.first { $0.file.hasSuffix(Seed.ecosoc2004) }?.title == "Another catalogued title")
    }
    expectSameAnswers(index, as: try workspace.loaded())
  }

  @Test("a record for another generation of the index is not used")
  func otherGeneration() throws {
    let workspace = try Workspace()
    let index = try workspace.indexedPastTheRacyWindow()
    let generation = try #require(index.currentGeneration)
    #expect(
      FolderCheck.unchangedFileCount(
        root: workspace.corpus, indexPath: index.indexPath,
        owner: FolderCheck.owner(indexPath: index.indexPath, generation: generation), threads: 1) == 5)
    #expect(
      FolderCheck.unchangedFileCount(
        root: workspace.corpus, indexPath: index.indexPath,
        owner: FolderCheck.owner(indexPath: index.indexPath, generation: generation + 1), threads: 1) == nil)
  }

  @Test("files changed within the racy window are not trusted: the next update walks the folder")
  func racyWindow() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    #expect(quickCount(workspace, index) == nil)
    try workspace.write("new.txt", try workspace.read(Seed.ga))
    #expect(try index.update().added == 1)
  }

  @Test("within the window only the folders are compared and the report says since when; a full comparison sees all")
  func recentComparison() throws {
    let workspace = try Workspace()
    Workspace.waitPastTheRacyWindow()
    let index = try workspace.open()
    let start = FolderCheck.now()
    try index.update()
    let windowed = try index.update(trustingFilesComparedWithin: 60)
    let since = try #require(windowed.secondsSinceFilesCompared, "every file was compared just now: trusted")
    #expect(since >= 0 && since < 60 && windowed.unchanged == 5)

    // Rewritten in place, same size: the folder's time does not move.
    let text = try workspace.read(Seed.ecosoc2004)
    try Self.overwriteInPlace(
      workspace.file(Seed.ecosoc2004), text.replacingOccurrences(of: "trafficking", with: Self.word))
    let unseen = try index.update(trustingFilesComparedWithin: 60)
    #expect(unseen.changed == 1 || unseen.secondsSinceFilesCompared != nil, "seen, or said it may not be")
    #expect(try index.update(trustingFilesComparedWithin: 0).changed == 1, "a window of 0 compares every file")
    #expect(Set(try index.search(SearchQuery(parsing: Self.word), limit: 50).map(\.file)) == [
      workspace.file(Seed.ecosoc2004)
    ])

    // A comparison of every file that found them as recorded moves the record's time to when it began.
    Workspace.waitPastTheRacyWindow()
    try index.update()  // a walk: the edited file's time was too recent to be recorded
    let beforeComparison = FolderCheck.now()
    #expect(try index.update().secondsSinceFilesCompared == nil)
    let afterComparison = FolderCheck.now()
    let later = try #require(
      FolderCheck.unchanged(
        root: workspace.corpus, indexPath: index.indexPath,
        owner: FolderCheck.owner(indexPath: index.indexPath, generation: index.currentGeneration ?? -1), threads: 1,
        trustingFilesComparedWithin: 60_000_000_000)?.filesComparedAt)
    #expect(later > start && later >= beforeComparison && later <= afterComparison)

    // A file added is seen within the window: its folder's time moved.
    try workspace.write("added.txt", try workspace.read(Seed.ga))
    #expect(try index.update(trustingFilesComparedWithin: 60).added == 1)
  }

  @Test("a record whose time is in the future is not trusted: every file is compared")
  func futureRecordTime() throws {
    let workspace = try Workspace()
    let index = try workspace.indexedPastTheRacyWindow()
    let future = [timespec(tv_sec: 0, tv_nsec: FolderCheck.omitTime), timespec(tv_sec: time(nil) + 3600, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, FolderCheck.path(forIndex: index.indexPath), future, 0) == 0)
    #expect(try index.update(trustingFilesComparedWithin: 60).secondsSinceFilesCompared == nil)
  }
}
