import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

@Suite("IndexedCorpus answers as the loaded corpus does")
struct IndexedCorpusTests {
  @Test("the bundled corpus: same list, ids, absent resolutions, warnings, resolutions and citations")
  func sameAsLoader() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    #expect(index.summaries.isEmpty, "opening does not scan the folder")
    let report = try index.update()
    #expect(report.added == 5)
    #expect(report.changed == 0 && report.removed == 0 && report.unchanged == 0)
    let loaded = try workspace.loaded()
    #expect(loaded.summaries.count == 5)
    #expect(!loaded.absentSummaries.isEmpty, "the seeds cite resolutions that are not in the folder")
    expectSameAnswers(index, as: loaded)

    // A second instance reads the same answers from the file alone, without updating.
    let reopened = try workspace.open()
    #expect(reopened.notices.isEmpty)
    expectSameAnswers(reopened, as: loaded)
  }

  @Test("absent resolutions, recomputed only for what an update touched, stay as the loader has them")
  func absentThroughUpdates() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    expectSameAnswers(index, as: try workspace.loaded())
    func absentIDs() -> Set<String> { Set(index.absentSummaries.map(\.id.description)) }
    #expect(absentIDs().contains("GA 46/152"))

    // A file cites a resolution no file is: it becomes absent, with the date the citation gives.
    var ga = try workspace.read(Seed.ga)
    ga = ga.replacingOccurrences(
      of: "Recalling its resolution 46/152 of 18 December 1991",
      with: "Recalling its resolution 46/152 of 18 December 1991 and its resolution 12/345 of 3 March 1958")
    try workspace.write(Seed.ga, ga)
    #expect(try index.update().changed == 1)
    expectSameAnswers(index, as: try workspace.loaded())
    #expect(absentIDs().contains("GA 12/345"))

    // A file that is the absent resolution arrives: it is absent no more; it goes, and it is absent again.
    let arriving = "A/RES/46/152\n\nCreation of an effective United Nations crime prevention and criminal justice "
      + "programme\n\nThe General Assembly,\n\nRecalling its resolution 12/345 of 4 April 1958,\n\n"
      + "1. Decides to create a programme;\n\n75th plenary meeting\n18 December 1991\n"
    try workspace.write("ga-46-152.txt", arriving)
    #expect(try index.update().added == 1)
    expectSameAnswers(index, as: try workspace.loaded())
    #expect(!absentIDs().contains("GA 46/152"))
    try FileManager.default.removeItem(atPath: workspace.file("ga-46-152.txt"))
    #expect(try index.update().removed == 1)
    expectSameAnswers(index, as: try workspace.loaded())
    #expect(absentIDs().contains("GA 46/152"))

    // Two files with one id: only the first in reading order (the copy, by its name) counts. When it goes, the other
    // counts, with no change of its own: GA 12/345 is cited by one more resolution.
    try workspace.write("ga-46-152.txt", arriving)
    try workspace.write("ga-46-152-copy.txt", arriving.replacingOccurrences(of: "12/345", with: "12/346"))
    try index.update()
    expectSameAnswers(index, as: try workspace.loaded())
    #expect(absentIDs().contains("GA 12/346"))
    let citingBefore = index.absentSummaries.first { $0.id.description == "GA 12/345" }?.citingResolutionCount
    try FileManager.default.removeItem(atPath: workspace.file("ga-46-152-copy.txt"))
    try index.update()
    expectSameAnswers(index, as: try workspace.loaded())
    #expect(!absentIDs().contains("GA 12/346"))
    let citingAfter = index.absentSummaries.first { $0.id.description == "GA 12/345" }?.citingResolutionCount
    #expect(citingBefore.map { $0 + 1 } == citingAfter)

    // The citation goes: so does the absent resolution only it named.
    try workspace.write(Seed.ga, try workspace.read(Seed.ga).replacingOccurrences(
      of: " and its resolution 12/345 of 3 March 1958", with: ""))
    try index.update()
    expectSameAnswers(index, as: try workspace.loaded())
  }

  @Test("a folder given with another spelling shows its own paths")
  func spelling() throws {
    let workspace = try Workspace()
    let index = try IndexedCorpus(corpusPath: workspace.corpus + "/", indexPath: workspace.indexPath)
    try index.update()
    #expect(index.summaries.map(\.file) == (try workspace.loaded()).summaries.map(\.file))
  }

  @Test("incremental: changed, added and removed files are noticed; nothing else is parsed again")
  func incremental() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    let second = try index.update()
    #expect(second.unchanged == 5)
    #expect(second.added + second.changed + second.removed == 0)

    let revision = index.revision
    var text = try workspace.read(Seed.ga)
    text = text.replacingOccurrences(of: "Strengthening of the United Nations", with: "Reinforcing of the United Nations")
    try workspace.write(Seed.ga, text)
    let changed = try index.update()
    #expect(changed.changed == 1)
    #expect(changed.unchanged == 4)
    #expect(index.revision > revision)
    let title = index.summaries.first { $0.file.hasSuffix(Seed.ga) }?.title
    #expect(title?.hasPrefix("Reinforcing of the United Nations") == true, "got \(title ?? "nil")")
    #expect(index.resolution(file: workspace.file(Seed.ga))?.title == title)

    try FileManager.default.copyItem(atPath: workspace.file(Seed.ccpcj), toPath: workspace.file("copy-of-ccpcj.txt"))
    let added = try index.update()
    #expect(added.added == 1 && added.unchanged == 5)
    #expect(index.files(withID: ResolutionID("CCPCJ 5/2")!).count == 2)

    try FileManager.default.removeItem(atPath: workspace.file(Seed.ecosoc1992))
    let removed = try index.update()
    #expect(removed.removed == 1 && removed.unchanged == 5)
    #expect(!index.summaries.contains { $0.file.hasSuffix(Seed.ecosoc1992) })
    expectSameAnswers(index, as: try workspace.loaded())
  }

  @Test("a catalog entry that changes re-reads the file it names")
  func catalogChange() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    try index.update()
    try workspace.write("catalog.toml", "[\"\(Seed.ecosoc2004)\"]\nid = \"ECOSOC 2004/28\"\ntitle = \"A catalogued title\"\n")
    let report = try index.update()
    #expect(report.changed == 1)
    #expect(index.summaries.first { $0.file.hasSuffix(Seed.ecosoc2004) }?.title == "A catalogued title")
    expectSameAnswers(index, as: try workspace.loaded())
  }

  @Test("unreadable and unstructured files are reported, not dropped")
  func problems() throws {
    let workspace = try Workspace()
    try workspace.write("empty.txt", "")
    try workspace.write("locked.txt", "The General Assembly,\n\n1. Decides;\n")
    chmod(workspace.file("locked.txt"), 0)
    defer { chmod(workspace.file("locked.txt"), 0o644) }
    let index = try workspace.open()
    try index.update()
    let loaded = try workspace.loaded()
    #expect(index.summaries == loaded.summaries)
    #expect(index.warnings == loaded.warnings)
    #expect(index.unreadableCount == loaded.unreadableCount)
    #expect(index.warnings.contains { $0.file.hasSuffix("empty.txt") })
    if getuid() != 0 {
      #expect(index.warnings.contains { $0.file.hasSuffix("locked.txt") && $0.severity == .error })
      #expect(index.unreadableCount == 1)
    }
  }

  @Test("the default location is in the cache folder, stable, and never inside the corpus")
  func location() throws {
    let workspace = try Workspace()
    let xdg = IndexedCorpus.defaultIndexPath(forCorpus: workspace.corpus, environment: ["XDG_CACHE_HOME": "/tmp/x"])
    #expect(xdg.hasPrefix("/tmp/x/resolute/corpus-"))
    #expect(xdg.hasSuffix("/index.sqlite"))
    let home = IndexedCorpus.defaultIndexPath(forCorpus: workspace.corpus, environment: ["HOME": "/home/u"])
    #expect(home.hasPrefix("/home/u/.cache/resolute/corpus-"))
    // The same folder spelled differently shares one index; another folder gets another.
    let spelled = IndexedCorpus.defaultIndexPath(
      forCorpus: workspace.corpus + "/../corpus/", environment: ["XDG_CACHE_HOME": "/tmp/x"])
    #expect(spelled == xdg)
    let other = IndexedCorpus.defaultIndexPath(forCorpus: workspace.cache, environment: ["XDG_CACHE_HOME": "/tmp/x"])
    #expect(other != xdg)
    #expect(!xdg.hasPrefix(workspace.corpus))
  }

  @Test("with HOME and XDG unset, the cache goes to a 0700 folder of this user's; a shared folder or a link is not used")
  func privateCacheWithoutHome() throws {
    let workspace = try Workspace()
    let temporary = workspace.url.appendingPathComponent("tmp").path
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    let name = "resolute-cache-\(getuid())"
    let path = IndexedCorpus.defaultIndexPath(forCorpus: workspace.corpus, environment: ["TMPDIR": temporary])
    #expect(path.hasPrefix("\(temporary)/\(name)/resolute/corpus-"), "\(path)")
    var status = stat()
    #expect(lstat("\(temporary)/\(name)", &status) == 0)
    #expect(status.st_mode & 0o777 == 0o700)

    // Someone made the name first, open to all (as in a shared /tmp): not used.
    let shared = workspace.url.appendingPathComponent("shared").path
    try FileManager.default.createDirectory(atPath: shared + "/" + name, withIntermediateDirectories: true)
    chmod(shared + "/" + name, 0o777)
    let elsewhere = IndexedCorpus.defaultIndexPath(forCorpus: workspace.corpus, environment: ["TMPDIR": shared])
    #expect(!elsewhere.hasPrefix("\(shared)/\(name)/"), "\(elsewhere)")
    #expect(elsewhere.hasPrefix("\(shared)/\(name)-"), "\(elsewhere)")

    // A link planted under the name, to a folder of this user's: not followed.
    let planted = workspace.url.appendingPathComponent("planted").path
    let target = workspace.url.appendingPathComponent("target").path
    try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    chmod(target, 0o700)
    try FileManager.default.createSymbolicLink(atPath: planted + "/" + name, withDestinationPath: target)
    let linked = IndexedCorpus.defaultIndexPath(forCorpus: workspace.corpus, environment: ["TMPDIR": planted])
    #expect(!linked.hasPrefix("\(planted)/\(name)/"), "\(linked)")
    #expect(linked.hasPrefix("\(planted)/\(name)-"), "\(linked)")
  }

  @Test("an unwritable cache folder is an error that says what to do")
  func unwritableCache() throws {
    guard getuid() != 0 else { return }  // root can write anywhere
    let workspace = try Workspace()
    chmod(workspace.cache, 0o555)
    defer { chmod(workspace.cache, 0o755) }
    #expect {
      _ = try IndexedCorpus(corpusPath: workspace.corpus, indexPath: workspace.cache + "/sub/index.sqlite")
    } throws: { error in
      guard let error = error as? IndexError, case .cacheNotWritable = error else { return false }
      return error.description.contains("XDG_CACHE_HOME") && error.description.contains(workspace.cache)
    }
  }

  @Test("reading order keys sort as CorpusLoader.readingOrder")
  func readingOrder() {
    let ids = ["GA 55/9", "GA 55/64", "GA 55/64 A", "GA 155 C (VII)", "GA 7/2", "ECOSOC 1992/22", "GA 55/064"]
      .compactMap(ResolutionID.init)
    for left in ids {
      for right in ids where left < right {
        let l = ReadingOrderKey.make(id: left), r = ReadingOrderKey.make(id: right)
        #expect(l.lexicographicallyPrecedes(r), "\(left) before \(right)")
      }
    }
    let date = CalendarDate(year: 2000, month: 12, day: 4)
    let dated = ReadingOrderKey.make(adopted: date, id: nil, relative: "z.txt")
    let undated = ReadingOrderKey.make(adopted: nil, id: ids[0], relative: "a.txt")
    #expect(dated.lexicographicallyPrecedes(undated), "undated last")
  }
}
