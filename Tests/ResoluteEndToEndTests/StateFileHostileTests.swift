import Foundation
import Testing

/// The reader's state file against mistakes and other writers: concurrent savers, a file another user owns, a future
/// version's fields, a shared temporary folder with planted links, and mark targets that are empty.
@Suite("The state file against other writers and hostile folders")
struct StateFileHostileTests {
  @Test("`marks set a ''`, '#', '##' and ' #7' are errors naming the mistake, not crashes", arguments: ["", "#", "##", " #7", "GA 55/64#"])
  func emptyTargetsAreErrors(target: String) throws {
    let scratch = try TemporaryFolder()
    let state = try scratch.makeFolder("state")
    let result = try Resolute.run(
      ["marks", "set", "a", target, "--corpus", Resolute.corpus.path], environment: ["XDG_STATE_HOME": state.path])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test("two processes saving marks in a loop at once keep every mark; a future version's fields survive")
  func twoWritersInALoop() throws {
    let binary = try #require(Resolute.binary)
    let scratch = try TemporaryFolder()
    let stateHome = try scratch.makeFolder("state")
    let statePath = stateHome.appendingPathComponent("resolute/state.json")
    try FileManager.default.createDirectory(at: statePath.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(#"{"version": 99, "sync": "kept", "corpora": {"/elsewhere": {"marks": {}, "recent": [], "x": 1}}}"#.utf8)
      .write(to: statePath)
    let corpus = Resolute.corpus.path
    let writers = [Array("abcdefghijklm"), Array("nopqrstuvwxyz")].map { names -> Process in
      let script = names.map { name in
        "\(shellQuoted(binary.path)) marks set \(name) 'GA 55/64#\(name.asciiValue! % 18 + 1)' --corpus \(shellQuoted(corpus)) || exit 1"
      }.joined(separator: "\n")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", script]
      process.environment = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": stateHome.path]) { $1 }
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      return process
    }
    for writer in writers { try writer.run() }
    for writer in writers { writer.waitUntilExit() }
    #expect(writers.allSatisfy { $0.terminationStatus == 0 })
    let list = try Resolute.run(["marks", "--corpus", corpus], environment: ["XDG_STATE_HOME": stateHome.path])
    let names = Set(list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
    #expect(names == Set("abcdefghijklmnopqrstuvwxyz".map(String.init)), "\(list.stdout)")
    let saved = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: statePath)) as? [String: Any])
    #expect(saved["version"] as? Int == 99)
    #expect(saved["sync"] as? String == "kept")
    #expect(((saved["corpora"] as? [String: Any])?["/elsewhere"] as? [String: Any])?["x"] as? Int == 1)
  }

  @Test("a state file another user owns and this one cannot read is never overwritten")
  func unreadableFileOfAnotherUser() throws {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      print("SKIPPED: needs root and setpriv to run the binary as another user")
      return
    }
    let binary = try #require(Resolute.binary)
    let scratch = try TemporaryFolder()
    let stateHome = try scratch.makeFolder("state")
    let folder = stateHome.appendingPathComponent("resolute")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let statePath = folder.appendingPathComponent("state.json")
    let original = #"{"version": 1, "corpora": {"/other": {"marks": {"z": {"file": "z.txt", "label": "Z"}}, "recent": []}}}"#
    try Data(original.utf8).write(to: statePath)
    // The folder is the runner's (nobody's); the file in it is root's, mode 000: nobody can replace it, not read it.
    chmod(scratch.url.path, 0o755)
    for path in [stateHome.path, folder.path] { chown(path, 65534, 65534) }
    chmod(statePath.path, 0)
    let result = try Resolute.runProcess(
      URL(fileURLWithPath: "/usr/bin/setpriv"),
      ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path, "marks", "set", "a", "GA 55/64#7",
       "--corpus", Resolute.corpus.path],
      environment: ["XDG_STATE_HOME": stateHome.path, "XDG_CACHE_HOME": "/nonexistent", "HOME": "/nonexistent"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("not saved"), "\(result.stderr)")
    #expect(String(data: try Data(contentsOf: statePath), encoding: .utf8) == original)
  }

  @Test("with HOME and XDG unset, a link planted in a shared temporary folder is never written through")
  func noHomeSharedFolderLinks() throws {
    let scratch = try TemporaryFolder()
    let victim = try scratch.write("victim", "root's file")
    // The per-user name taken first by someone else, open to all, with links planted for every name used before.
    let planted = try scratch.makeFolder("tmp/resolute-\(getuid())/.local/state/resolute")
    chmod(scratch.url.appendingPathComponent("tmp/resolute-\(getuid())").path, 0o777)
    for name in ["state.json", "state.json.lock"] + (1...400).map({ "state.json.tmp-\($0)" }) {
      try FileManager.default.createSymbolicLink(
        atPath: planted.appendingPathComponent(name).path, withDestinationPath: victim.path)
    }
    // Where earlier versions put it, with a link for each pid the run may get (the next ones the kernel hands out).
    let oldPlace = try scratch.makeFolder("tmp/.local/state/resolute")
    let lastPid = (try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))
      .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
    for name in Set(["state.json"] + (1...400).map({ "state.json.tmp-\($0)" })
      + (lastPid..<(lastPid + 3000)).map({ "state.json.tmp-\($0)" })) {
      try FileManager.default.createSymbolicLink(
        atPath: oldPlace.appendingPathComponent(name).path, withDestinationPath: victim.path)
    }
    let binary = try #require(Resolute.binary)
    let result = try Resolute.runProcess(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["-u", "HOME", "-u", "XDG_STATE_HOME", "-u", "XDG_CONFIG_HOME", "-u", "XDG_CACHE_HOME",
       "TMPDIR=\(scratch.url.appendingPathComponent("tmp").path)", binary.path,
       "marks", "set", "a", "GA 55/64#7", "--corpus", Resolute.corpus.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(String(data: try Data(contentsOf: victim), encoding: .utf8) == "root's file")
  }
}
