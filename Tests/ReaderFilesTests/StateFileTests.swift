import Foundation
import ReaderFiles
@testable import ResoluteUI
import ResolutionKit
import Testing

@Suite("State file") struct StateFileTests {
  let folder: String = {
    let path = NSTemporaryDirectory() + "resolute-state-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  private func place(_ file: String, _ ref: String?) -> SavedPlace {
    SavedPlace(file: file, ref: ref, label: "GA 55/64")
  }

  @Test func savesAndLoadsMarksAndRecentPerCorpus() throws {
    let file = StateFile(path: folder + "/resolute/state.json")
    var first = ReaderState()
    first.marks["a"] = place("corpus/ga.txt", "7")
    first.recent = [place("corpus/ga.txt", "PP3"), place("corpus/ecosoc.txt", nil)]
    try file.save(first, corpus: "/one")
    var second = ReaderState()
    second.marks["b"] = place("other/x.txt", "1")
    try file.save(second, corpus: "/two")

    #expect(file.load(corpus: "/one").state == first)
    #expect(file.load(corpus: "/two").state == second)
    #expect(file.load(corpus: "/three").state == ReaderState())
    #expect(file.load(corpus: "/one").problem == nil)
    // No temporary file is left beside it.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/resolute")
    #expect(names.sorted() == ["state.json", "state.json.lock"])
  }

  @Test func anInvalidFileIsSetAsideNotLost() throws {
    let path = folder + "/state.json"
    try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path))
    let file = StateFile(path: path)
    let loaded = file.load(corpus: "/one")
    #expect(loaded.state == ReaderState())
    #expect(loaded.problem?.contains("is not a state file") == true)
    // Only a save sets it aside (loading changes nothing), before writing the new file.
    try file.save(ReaderState(), corpus: "/one")
    #expect(String(data: FileManager.default.contents(atPath: path + ".invalid") ?? Data(), encoding: .utf8) == "{ not json")
  }

  @Test func atomicWriteReplacesWholeAndRemovesStaleTemporaries() throws {
    let path = folder + "/file.json"
    // A temporary left by a process that no longer exists (pid 2^22 + 1 is above Linux's pid_max default).
    try Data("half".utf8).write(to: URL(fileURLWithPath: path + ".tmp-4194305"))
    try AtomicFile.write(Array("first".utf8), to: path)
    try AtomicFile.write(Array("second".utf8), to: path)
    #expect(String(data: FileManager.default.contents(atPath: path)!, encoding: .utf8) == "second")
    #expect(!FileManager.default.fileExists(atPath: path + ".tmp-4194305"))
  }

  @Test func unwritableFolderIsAnErrorNamingIt() throws {
    let blocker = folder + "/not-a-folder"
    try Data().write(to: URL(fileURLWithPath: blocker))
    #expect(throws: ReaderFileError.self) { try AtomicFile.write([1], to: blocker + "/state.json") }
  }
}

@Suite("Config file") struct ConfigFileTests {
  @Test func missingFileIsTheStandardConfigNamingItsPath() {
    let config = ConfigFile.load(path: "/nonexistent/resolute/config.toml")
    #expect(config.problems.isEmpty)
    #expect(config.colors.isEmpty)
    #expect(config.file == "/nonexistent/resolute/config.toml")
  }

  @Test func readsColoursAndReportsBadLinesWithTheirNumbers() throws {
    let path = NSTemporaryDirectory() + "resolute-config-\(UUID().uuidString).toml"
    try Data(
      """
      # my colours
      [colors]
      link = "bright-cyan"
      highlight = "black on yellow"
      status = "on 24"
      nonsense = "red"
      title = "chartreuse"
      [keys]
      follow = "o"
      """.utf8
    ).write(to: URL(fileURLWithPath: path))
    let config = ConfigFile.load(path: path)
    #expect(config.colors[.link] == ColorChoice(foreground: .index(14), background: nil))
    #expect(config.colors[.highlight] == ColorChoice(foreground: .index(0), background: .index(3)))
    #expect(config.colors[.statusBar] == ColorChoice(foreground: nil, background: .index(24)))
    #expect(config.problems.map(\.line) == [6, 7])
    #expect(config.problems[0].description.hasPrefix("\(path):6: no colour role “nonsense”"))
  }
}

/// config.toml is read by TOMLKit: any valid TOML string works (issue 12: `quit = "\u0051"` was rejected), and each
/// problem, syntax or meaning, still names its line.
@Suite("Config file as TOML") struct ConfigTOMLTests {
  private func load(_ text: String) throws -> ReaderConfig {
    let path = NSTemporaryDirectory() + "resolute-config-\(UUID().uuidString).toml"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return ConfigFile.load(path: path)
  }

  @Test func unicodeEscapesAndLiteralAndMultilineValuesAreTOML() throws {
    let config = try load(
      """
      [keys]
      quit = "\\u0051"
      back = [
        "Backspace",
        'u',
      ]
      [colors]
      link = 14
      """)
    #expect(config.problems.isEmpty, "\(config.problems)")
    #expect(config.bindings[try #require(KeyName.key("Q"))] == .quit)
    #expect(config.bindings[try #require(KeyName.key("u"))] == .back)
    #expect(config.colors[.link] == ColorChoice(foreground: .index(14), background: nil))
  }

  @Test func syntaxErrorsNameTheirLineAndTheRestApplies() throws {
    let config = try load(
      """
      [keys]
      quit = "Q
      follow = "o"
      follow = "p"
      [colors]
      link = true
      highlight = "black on yellow"
      """)
    #expect(config.problems.map(\.line) == [2, 4, 6], "\(config.problems)")
    #expect(config.problems[0].message.hasPrefix("unterminated string"))
    #expect(config.problems[1].message.contains("appears twice"))
    #expect(config.bindings[try #require(KeyName.key("o"))] == .activate)
    #expect(config.colors[.highlight] == ColorChoice(foreground: .index(0), background: .index(3)))
  }
}
