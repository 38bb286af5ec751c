import Foundation
import ResolutionKit
import Testing

@Suite("Output safety")
struct OutputSafetyTests {
  static let hostile =
    "The General Assembly,\n\nNoting \u{1B}[2J\u{1B}]0;owned\u{07} the \u{202E}reversed\u{202C} text\u{7F} and \u{9B}31m,\n\n"
    + "1. Decides to act.\n"

  @Test("VisibleText shows control characters, C1 and bidi controls visibly and keeps newlines and tabs")
  func visibleText() {
    #expect(VisibleText.sanitize("a\u{1B}[31mb") == "a^[[31mb")
    #expect(VisibleText.sanitize("\u{0}\u{7}\u{7F}") == "^@^G^?")
    #expect(VisibleText.sanitize("x\u{9B}y") == "x<U+009B>y")
    #expect(VisibleText.sanitize("\u{202E}abc\u{2066}") == "<U+202E>abc<U+2066>")
    #expect(VisibleText.sanitize("line\n\tindented é 中") == "line\n\tindented é 中")
    #expect(VisibleText.sanitize("\r") == "^M")
  }

  @Test("JSON escapes every control, C1 and bidi character")
  func jsonEscapes() throws {
    let folder = try TemporaryFolder()
    try folder.write("c/hostile.txt", Self.hostile)
    let result = try Resolute.run(["show", "hostile.txt", "--corpus", folder.url.appendingPathComponent("c").path, "--json"])
    #expect(result.status == 0)
    for scalar in result.stdout.unicodeScalars {
      #expect(VisibleText.replacement(for: scalar) == nil, "raw U+\(String(scalar.value, radix: 16)) in JSON")
    }
    #expect(result.stdout.contains("\\u001b"))
    #expect(result.stdout.contains("\\u202e"))
    // Still valid JSON that round-trips the original characters.
    let document = try #require(try Resolute.json(result.stdout) as? [String: Any])
    #expect(document["file"] as? String != nil)
    #expect(result.stdout.contains("reversed"))
  }

  @Test("on a terminal, show, list and check print file content only in visible form")
  func terminal() throws {
    let binary = try #require(Resolute.binary)
    let folder = try TemporaryFolder()
    try folder.write("c/hostile.txt", Self.hostile)
    try folder.write("c/bad\u{1B}name.txt", "text")
    let corpus = folder.url.appendingPathComponent("c").path
    // `script` runs the command on a pseudo-terminal, so its standard output is a terminal.
    for command in ["show hostile.txt --corpus", "list", "check", "search reversed --corpus"] {
      let runner = try folder.write("run.sh", "exec '\(binary.path)' \(command) '\(corpus)'\n")
      let result = try Resolute.runProcess(
        URL(fileURLWithPath: "/usr/bin/script"), ["-q", "-e", "-c", "/bin/sh '\(runner.path)'", "/dev/null"])
      #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{9B}" }, "\(command)")
      #expect(result.stdout.contains("^["), "\(command): \(result.stdout)")
    }
  }

  @Test("piped or redirected, every text format carries no C0 (but newline and tab), C1 or bidi control")
  func pipedTextIsClean() throws {
    let folder = try TemporaryFolder()
    try folder.write("c/hostile.txt", Self.hostile)
    try folder.write("c/bad\u{1B}]0;X\u{07}name.txt", "text")
    let corpus = folder.url.appendingPathComponent("c").path
    for command in [
      ["show", "hostile.txt", "--corpus", corpus], ["show", "hostile.txt", "--corpus", corpus, "--format", "markdown"],
      ["show", "hostile.txt", "--corpus", corpus, "--format", "text"], ["list", corpus], ["check", corpus],
      ["cites", "hostile.txt", "--corpus", corpus],
    ] {
      let result = try Resolute.run(command)
      for scalar in (result.stdout + result.stderr).unicodeScalars where scalar != "\n" && scalar != "\t" {
        #expect(VisibleText.replacement(for: scalar) == nil, "\(command): raw U+\(String(scalar.value, radix: 16))")
      }
    }
  }

  @Test("the argument parser's own errors are sanitized: a bad --format value cannot write an OSC")
  func argumentErrorsAreSanitized() throws {
    let result = try Resolute.run(["show", "x", "--format", "\u{1B}]0;PWN\u{07}"])
    #expect(result.status != 0)
    #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(result.stderr)")
    #expect(result.stderr.contains("^[]0;PWN^G"), "\(result.stderr)")
  }

  @Test("output to a full disk fails with a message, --help included", arguments: [["--help"], ["list"], ["show", "GA 55/64"]])
  func fullDevice(arguments: [String]) throws {
    let binary = try #require(Resolute.binary)
    let command = ([binary.path] + arguments + (arguments == ["--help"] ? [] : ["--corpus", Resolute.corpus.path]))
      .map(shellQuoted).joined(separator: " ")
    let fixed = command.replacingOccurrences(of: "'list' '--corpus'", with: "'list'")
    let result = try Resolute.runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \(fixed) > /dev/full"])
    #expect(result.status == 1, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("cannot write output: No space left on device"), "\(arguments): \(result.stderr)")
  }

  @Test("under LC_ALL=C the CLI writes ASCII: text folded, JSON escaped (no 0x9B byte from a `ћ`)")
  func asciiUnderCLocale() throws {
    let folder = try TemporaryFolder()
    try folder.write("c/x.txt", "The General Assembly,\n\nNoting ћ and café,\n\n1. Decides to act.\n")
    let corpus = folder.url.appendingPathComponent("c").path
    for format in [[], ["--json"], ["--format", "markdown"]] {
      let result = try Resolute.run(["show", "x.txt", "--corpus", corpus] + format, environment: ["LC_ALL": "C"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.utf8.allSatisfy { $0 < 0x80 }, "\(format): \(result.stdout)")
      #expect(result.stdout.contains("caf"), "\(format)")
    }
    let json = try Resolute.run(["show", "x.txt", "--corpus", corpus, "--json"], environment: ["LC_ALL": "C"])
    #expect(json.stdout.contains("\\u045b and caf\\u00e9"))
    let utf8 = try Resolute.run(["show", "x.txt", "--corpus", corpus], environment: ["LC_ALL": "C.UTF-8"])
    #expect(utf8.stdout.contains("ћ and café"))
  }

  @Test("a newline in a file name or a catalog title never forges a line of list or check")
  func namesAreOneLine() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ga], to: "c")
    try folder.write("c/evil\nx.txt: error: FAKE ERROR\n.txt", "not a resolution")
    let corpus = folder.url.appendingPathComponent("c").path
    let check = try Resolute.run(["check", corpus])
    #expect(!check.stdout.split(separator: "\n").contains { $0.hasPrefix("x.txt: error: FAKE ERROR") }, "\(check.stdout)")
    let list = try Resolute.run(["list", corpus])
    #expect(list.stdout.split(separator: "\n").count == 2, "\(list.stdout)")
  }

  @Test("list cuts titles by terminal columns: a CJK title fits 80 columns, an emoji sequence is never split")
  func listCutsByColumns() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ga], to: "c")
    let title = String(repeating: "中文标题", count: 20) + " 👨‍👩‍👧"
    try folder.write("c/catalog.toml", "[\"\(Seed.ga)\"]\ntitle = \"\(title)\"\n")
    let binary = try #require(Resolute.binary)
    let runner = try folder.write(
      "run.sh", "stty cols 80; exec \(shellQuoted(binary.path)) list \(shellQuoted(folder.url.appendingPathComponent("c").path))\n")
    let result = try Resolute.runProcess(
      URL(fileURLWithPath: "/usr/bin/script"), ["-q", "-e", "-c", "/bin/sh '\(runner.path)'", "/dev/null"])
    let line = try #require(result.stdout.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).first { $0.contains("中") })
    let columns = line.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x4E00 && $1.value <= 0x9FFF) ? 2 : 1) }
    #expect(columns <= 80, "\(columns) columns: \(line)")
    #expect(line.hasSuffix("…"))
  }
}
