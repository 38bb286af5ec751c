import Foundation
import ReaderFiles
import ResoluteUI
import Testing

/// The state file is read entry by entry and merged on every save: nothing another writer saved, nothing a newer
/// version wrote, and nothing this version cannot decode is lost.
@Suite("State file merge")
struct StateMergeTests {
  let folder: String = {
    let path = NSTemporaryDirectory() + "resolute-merge-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  private func place(_ file: String, _ ref: String? = nil) -> SavedPlace {
    SavedPlace(file: file, ref: ref, label: file)
  }

  private func json(_ path: String) throws -> [String: Any] {
    let data = try #require(FileManager.default.contents(atPath: path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test("two writers that loaded the same state keep each other's marks; a removed mark stays removed")
  func twoWritersMergeMarksByName() throws {
    let path = folder + "/state.json"
    // Two processes: two StateFile values that share nothing but the path.
    let browser = StateFile(path: path)
    let command = StateFile(path: path)
    var start = ReaderState()
    start.marks["x"] = place("x.txt")
    try StateFile(path: path).save(start, corpus: "/c")

    var a = browser.load(corpus: "/c").state
    var b = command.load(corpus: "/c").state
    b.marks["q"] = place("q.txt", "7")
    try command.save(b, corpus: "/c")
    a.marks["r"] = place("r.txt")
    a.marks["x"] = nil
    let merged = try browser.save(a, corpus: "/c")

    let final = StateFile(path: path).load(corpus: "/c").state
    #expect(Set(final.marks.keys) == ["q", "r"])
    #expect(final.marks["q"] == place("q.txt", "7"))
    #expect(merged == final)
  }

  @Test("places merge by recency: each writer's new visits kept, newest last, one per location")
  func placesMergeByRecency() throws {
    let path = folder + "/state.json"
    let one = StateFile(path: path)
    let two = StateFile(path: path)
    var a = one.load(corpus: "/c").state
    var b = two.load(corpus: "/c").state
    a.recent = [place("1.txt"), place("2.txt")]
    try one.save(a, corpus: "/c")
    b.recent = [place("3.txt"), place("2.txt", "PP1")]
    try two.save(b, corpus: "/c")
    let final = StateFile(path: path).load(corpus: "/c").state
    #expect(final.recent == [place("1.txt"), place("3.txt"), place("2.txt", "PP1")])
  }

  @Test("a future version's fields, unknown keys and undecodable entries survive a save; the version is kept")
  func futureFieldsAreKept() throws {
    let path = folder + "/state.json"
    let original = """
      {"version": 99, "sync": {"server": "x"},
       "corpora": {
         "/c": {"marks": {"a": {"file": "a.txt", "label": "A", "colour": "red"},
                          "b": {"file": 12, "label": ["new", "shape"]}},
                "recent": [{"file": "r.txt", "label": "R", "at": 5, "scroll": 3}, {"hologram": true}],
                "notes": ["kept"]},
         "/other": {"marks": {"z": {"file": "z.txt", "label": "Z"}}, "recent": []}}}
      """
    try Data(original.utf8).write(to: URL(fileURLWithPath: path))
    let file = StateFile(path: path)
    let loaded = file.load(corpus: "/c")
    #expect(loaded.state.marks.keys.sorted() == ["a"])
    #expect(loaded.problem?.contains("2 saved place(s) this version cannot read were kept") == true)
    // Loading never changes the file.
    #expect(String(data: FileManager.default.contents(atPath: path)!, encoding: .utf8) == original)

    var state = loaded.state
    state.marks["c"] = place("c.txt")
    try file.save(state, corpus: "/c")

    let saved = try json(path)
    #expect(saved["version"] as? Int == 99)
    #expect((saved["sync"] as? [String: Any])?["server"] as? String == "x")
    let corpora = try #require(saved["corpora"] as? [String: Any])
    let entry = try #require(corpora["/c"] as? [String: Any])
    let marks = try #require(entry["marks"] as? [String: Any])
    #expect(Set(marks.keys) == ["a", "b", "c"])
    #expect((marks["a"] as? [String: Any])?["colour"] as? String == "red")
    #expect((marks["b"] as? [String: Any])?["label"] as? [String] == ["new", "shape"])
    let recent = try #require(entry["recent"] as? [[String: Any]])
    #expect(recent.contains { $0["hologram"] as? Bool == true })
    #expect(recent.contains { $0["scroll"] as? Int == 3 })
    #expect(entry["notes"] as? [String] == ["kept"])
    #expect(corpora["/other"] != nil)
  }

  @Test("a file that is not JSON is left alone by load, set aside by save, and no file set aside is ever replaced")
  func invalidFilesAreNeverDeleted() throws {
    let path = folder + "/state.json"
    let file = StateFile(path: path)
    try Data("{ first broken".utf8).write(to: URL(fileURLWithPath: path))
    #expect(file.load(corpus: "/c").problem != nil)
    #expect(String(data: FileManager.default.contents(atPath: path)!, encoding: .utf8) == "{ first broken")
    try file.save(ReaderState(marks: ["a": place("a.txt")]), corpus: "/c")
    try Data("{ second broken".utf8).write(to: URL(fileURLWithPath: path))
    try file.save(ReaderState(marks: ["a": place("a.txt")]), corpus: "/c")
    let first = FileManager.default.contents(atPath: path + ".invalid").flatMap { String(data: $0, encoding: .utf8) }
    let second = FileManager.default.contents(atPath: path + ".invalid-2").flatMap { String(data: $0, encoding: .utf8) }
    #expect(first == "{ first broken")
    #expect(second == "{ second broken")
    #expect(StateFile(path: path).load(corpus: "/c").state.marks["a"] == place("a.txt"))
  }

  @Test("a file that cannot be read (a folder in its place) is never overwritten: save fails and says why")
  func unreadableIsNotOverwritten() throws {
    let path = folder + "/state.json"
    // Root reads any file whatever its mode, so unreadability is made with a name that cannot be read as a file.
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try Data("precious".utf8).write(to: URL(fileURLWithPath: path + "/inside"))
    let file = StateFile(path: path)
    #expect(file.load(corpus: "/c").problem?.contains("cannot read") == true)
    #expect(throws: ReaderFileError.self) { try file.save(ReaderState(marks: ["a": place("a.txt")]), corpus: "/c") }
    #expect(FileManager.default.contents(atPath: path + "/inside") == Data("precious".utf8))
  }

  @Test("state.json as the reader's own link is followed (the link stays); a link to a non-file is refused")
  func linksAreHandledDeliberately() throws {
    let target = folder + "/dotfiles-state.json"
    try Data("{}".utf8).write(to: URL(fileURLWithPath: target))
    let path = folder + "/state.json"
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    try StateFile(path: path).save(ReaderState(marks: ["a": place("a.txt")]), corpus: "/c")
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == target)
    #expect(StateFile(path: target).load(corpus: "/c").state.marks["a"] == place("a.txt"))

    let devicePath = folder + "/device-state.json"
    try FileManager.default.createSymbolicLink(atPath: devicePath, withDestinationPath: "/dev/null")
    #expect(throws: ReaderFileError.self) { try StateFile(path: devicePath).save(ReaderState(), corpus: "/c") }
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: devicePath)) == "/dev/null")
  }

  @Test("with HOME and XDG unset, state goes to a 0700 folder of this user's; a folder others can write is not used")
  func privateFolderWithoutHome() throws {
    let temporary = folder + "/tmp"
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    let state = ReaderPaths.stateFile(environment: ["TMPDIR": temporary])
    #expect(state == "\(temporary)/resolute-\(getuid())/.local/state/resolute/state.json")
    var status = stat()
    #expect(lstat("\(temporary)/resolute-\(getuid())", &status) == 0)
    #expect(status.st_mode & 0o777 == 0o700)

    // Someone made the name first, open to all (as in a shared /tmp): not used.
    let shared = folder + "/shared"
    try FileManager.default.createDirectory(atPath: shared + "/resolute-\(getuid())", withIntermediateDirectories: true)
    chmod(shared + "/resolute-\(getuid())", 0o777)
    let elsewhere = ReaderPaths.stateFile(environment: ["TMPDIR": shared])
    #expect(!elsewhere.hasPrefix("\(shared)/resolute-\(getuid())/"))
    #expect(elsewhere.hasPrefix("\(shared)/resolute-\(getuid())-"))
  }

  @Test("a link planted under any temporary name is never written through")
  func plantedTemporaryLinkIsNotFollowed() throws {
    let victim = folder + "/victim"
    try Data("root's file".utf8).write(to: URL(fileURLWithPath: victim))
    let path = folder + "/state.json"
    // The old name pattern, and a spread of others.
    for name in ["\(path).tmp-\(getpid())", "\(path).tmp-1", "\(path).tmp"] {
      try FileManager.default.createSymbolicLink(atPath: name, withDestinationPath: victim)
    }
    try AtomicFile.write(Array("new".utf8), to: path)
    #expect(FileManager.default.contents(atPath: victim) == Data("root's file".utf8))
    #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
  }
}
