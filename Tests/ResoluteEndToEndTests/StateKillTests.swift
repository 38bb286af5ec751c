import Foundation
import Testing

/// The reader's state file (marks, places visited) is written atomically: `resolute marks set` killed with SIGKILL at
/// any moment leaves the old file or the new one, never a broken or partial one, and nothing of other corpora is lost.
@Suite("The state file under SIGKILL")
struct StateKillTests {
  @Test("twenty saves killed at random moments: the file always parses, mark a is the old or the new place")
  func killedMidSave() throws {
    let binary = try #require(Resolute.binary)
    let scratch = try TemporaryFolder()
    let stateHome = try scratch.makeFolder("state")
    let statePath = stateHome.appendingPathComponent("resolute/state.json")
    try FileManager.default.createDirectory(
      at: statePath.deletingLastPathComponent(), withIntermediateDirectories: true)
    // Other corpora's state, big enough (a few MB) that writing it takes a while and kills land mid-write.
    var corpora: [String: Any] = [:]
    for corpus in 0..<1500 {
      corpora["/elsewhere/corpus-\(corpus)"] = [
        "marks": ["x": ["file": "r\(corpus).txt", "ref": "7", "label": "GA \(corpus)/1"]],
        "recent": (0..<20).map { ["file": "r\($0).txt", "ref": "PP\($0)", "label": "GA \($0)/\(corpus)"] },
      ]
    }
    try JSONSerialization.data(withJSONObject: ["version": 1, "corpora": corpora]).write(to: statePath)
    let environment = ["XDG_STATE_HOME": stateHome.path]
    let corpus = Resolute.corpus.path

    var generator = SystemRandomNumberGenerator()
    var expected: Set<String> = []
    for round in 0..<20 {
      let ref = String(round % 18 + 1)
      let process = Process()
      process.executableURL = binary
      process.arguments = ["marks", "set", "a", "GA 55/64#\(ref)", "--corpus", corpus]
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.6, using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      expected.insert("GA 55/64#\(ref)")

      let list = try Resolute.run(["marks", "--corpus", corpus], environment: environment)
      #expect(list.status == 0, "round \(round): \(list.stderr)")
      #expect(list.stderr.isEmpty, "round \(round): the state file was damaged: \(list.stderr)")
      let data = try Data(contentsOf: statePath)
      let decoded = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "round \(round)")
      let kept = try #require(decoded["corpora"] as? [String: Any])
      #expect(kept.keys.filter { $0.hasPrefix("/elsewhere/") }.count == 1500, "round \(round): other corpora lost")
      if let line = list.stdout.split(separator: "\n").first(where: { $0.hasPrefix("a  ") }) {
        let place = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().prefix(2).joined(separator: " ")
        #expect(expected.contains(place), "round \(round): mark a is \(place), which no run set")
      }
    }
    // A save that is not killed succeeds and clears the temporaries killed runs left.
    let last = try Resolute.run(["marks", "set", "a", "GA 55/64#7", "--corpus", corpus], environment: environment)
    #expect(last.status == 0, "\(last.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: statePath.deletingLastPathComponent().path)
    #expect(names.sorted() == ["state.json", "state.json.lock"])
    let list = try Resolute.run(["marks", "--corpus", corpus], environment: environment)
    #expect(list.stdout.contains("a  GA 55/64#7  "))
  }
}
