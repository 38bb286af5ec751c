import Foundation
import Testing

@Suite("resolute list")
struct ListCommandTests {
  func listJSON(_ arguments: [String], in directory: URL? = nil) throws -> [[String: Any]] {
    let result = try Resolute.run(["list"] + arguments + ["--json"], in: directory)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try #require(try Resolute.json(result.stdout) as? [[String: Any]])
  }

  @Test("lists every bundled file once, sorted by adoption date with undated last")
  func everyFileByDate() throws {
    let items = try listJSON([Resolute.corpus.path])
    #expect(Set(items.compactMap { $0["file"] as? String }) == Set(Seed.all.map { Resolute.corpus.path + "/" + $0 }))
    #expect(items.count == Seed.all.count)
    let dates = items.map { $0["adopted"] as? String }
    let dated = dates.prefix { $0 != nil }.compactMap { $0 }
    #expect(dated == dated.sorted())
    #expect(dates.dropFirst(dated.count).allSatisfy { $0 == nil })
    // Seeds 001, 004 and 003 state their dates; 000 and 002 do not.
    #expect(dated == ["1992-07-30", "2000-12-04", "2004-07-21"])
    for item in items {
      #expect(
        Set(item.keys)
          == ["id", "display", "body", "number", "symbol", "title", "adopted", "meeting", "file", "catalogued", "structured"])
    }
  }

  @Test("text form: one aligned line per resolution, in the JSON order")
  func alignedColumns() throws {
    let items = try listJSON([Resolute.corpus.path])
    let result = try Resolute.run(["list", Resolute.corpus.path])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == items.count)
    let displays = items.compactMap { $0["display"] as? String }
    let idWidth = displays.map(\.count).max() ?? 0
    for (line, item) in zip(lines, items) {
      let display = item["display"] as? String ?? ""
      #expect(line.hasPrefix(display))
      let rest = line.dropFirst(idWidth + 2)
      #expect(rest.hasPrefix(item["body"] as? String ?? "?"), "body column misaligned in: \(line)")
      #expect(line.contains("  " + (item["adopted"] as? String ?? "-") + "  "))
      if let title = item["title"] as? String { #expect(line.hasSuffix(title), "titles are not cut when piped") }
    }
  }

  @Test("without PATH, uses ./corpus, else $RESOLUTE_CORPUS, else explains how to choose one")
  func defaultCorpus() throws {
    let fromRoot = try listJSON([], in: Resolute.packageRoot)
    #expect(fromRoot.count == Seed.all.count)
    #expect(fromRoot.allSatisfy { ($0["file"] as? String)?.hasPrefix("corpus/") == true })

    let viaEnvironment = try Resolute.run(["list", "--json"], environment: ["RESOLUTE_CORPUS": Resolute.corpus.path])
    #expect(viaEnvironment.status == 0)
    let items = try #require(try Resolute.json(viaEnvironment.stdout) as? [[String: Any]])
    #expect(items.count == Seed.all.count)

    let none = try Resolute.run(["list"])
    #expect(none.status != 0)
    #expect(none.stdout.isEmpty)
    #expect(none.stderr.contains("RESOLUTE_CORPUS"))
    #expect(none.stderr.contains("--corpus"))
  }

  @Test("a missing folder or a file instead of a folder is an error naming it")
  func badFolder() throws {
    let folder = try TemporaryFolder()
    let missing = folder.url.appendingPathComponent("nowhere").path
    let result = try Resolute.run(["list", missing])
    #expect(result.status != 0)
    #expect(result.stderr.contains("'\(missing)' does not exist"))

    let file = try folder.write("plain.txt", "text")
    let notFolder = try Resolute.run(["list", file.path])
    #expect(notFolder.status != 0)
    #expect(notFolder.stderr.contains("is not a folder"))
  }

  @Test("a closed pipe ends the program quietly (resolute … | head -1)")
  func closedPipe() throws {
    let binary = try #require(Resolute.binary)
    let folder = try TemporaryFolder()
    let text = String(decoding: try Data(contentsOf: Resolute.corpus.appendingPathComponent(Seed.ga)), as: UTF8.self)
    for index in 0..<20 { try folder.write("c/copy-\(index).txt", text) }
    // Far larger than a pipe's buffer, so writing must fail once head has exited.
    try folder.write("c/huge.txt", String(repeating: text, count: 100))
    let corpus = folder.url.appendingPathComponent("c").path
    let errors = folder.url.appendingPathComponent("stderr").path
    for command in ["show huge.txt --corpus \"$1\"", "show huge.txt --corpus \"$1\" --json", "list \"$1\""] {
      let script = "\"$0\" \(command) 2>\"$2\" | head -1; echo \"status=${PIPESTATUS[0]}\""
      let result = try Resolute.runProcess(URL(fileURLWithPath: "/bin/bash"), ["-c", script, binary.path, corpus, errors])
      let lines = result.stdout.split(separator: "\n")
      #expect(lines.count == 2, "\(command): \(result.stdout)")
      #expect(lines.last == "status=0", "\(command)")
      #expect(try String(contentsOfFile: errors, encoding: .utf8).isEmpty, "\(command)")
    }
  }
}
