import Foundation
import ResolutionKit
import Testing

@Suite("resolute show --format and --paragraph (export)")
struct ExportCommandTests {
  private func show(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Resolute.Result {
    try Resolute.run(["show"] + arguments + ["--corpus", Resolute.corpus.path], sourceLocation: sourceLocation)
  }

  @Test("--format markdown lays out the whole resolution as Markdown")
  func markdown() throws {
    let result = try show([Seed.ecosoc1992, "--format", "markdown"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.hasPrefix("# ECOSOC 1992/22 — Implementation of General Assembly resolution 46/152") == true)
    #expect(lines.contains("- Symbol: E/RES/1992/22"))
    #expect(lines.contains("- Adopted: 30 July 1992"))
    #expect(lines.contains("## Preamble"))
    #expect(lines.contains("## Operative part"))
    #expect(lines.contains("### VI. PRIORITIES"))
    #expect(lines.contains { $0.hasPrefix("*Taking note* of the report of the Secretary-General") })
    #expect(lines.contains { $0.hasPrefix("1. *Decides* that, under the guidance") })
    #expect(lines.contains { $0.hasPrefix("   (h) The development of criteria") })
    #expect(lines.contains("[^57]: (no footnote text in the file)"))
    #expect(result.stdout.hasSuffix("\n"))
  }

  @Test("--format json is --json, --format text is the default", arguments: Seed.all)
  func aliases(file: String) throws {
    let json = try show([file, "--json"]), formatJSON = try show([file, "--format", "json"])
    let both = try show([file, "--json", "--format", "json"])
    #expect(json.status == 0 && formatJSON.status == 0 && both.status == 0)
    #expect(formatJSON.stdout == json.stdout)
    #expect(both.stdout == json.stdout)
    #expect(try Resolute.json(formatJSON.stdout) is [String: Any])
    let text = try show([file]), formatText = try show([file, "--format", "text"])
    #expect(text.status == 0 && formatText.status == 0)
    #expect(formatText.stdout == text.stdout)
    #expect(text.stdout.contains("OPERATIVE PART"))
  }

  @Test("--paragraph 7 --format reference prints exactly the citation")
  func reference() throws {
    let result = try Resolute.run(
      ["show", "GA 55/64", "--paragraph", "7", "--format", "reference", "--corpus", Resolute.corpus.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == "GA resolution 55/64, para. 7\n")
    #expect(result.stderr.isEmpty)
  }

  @Test(
    "references of sections, subparagraphs, preambles, footnotes and the whole resolution",
    arguments: [
      ("ECOSOC 1992/22", "IV.3(h)", "ECOSOC resolution 1992/22, sect. IV, para. 3 (h)"),
      ("ECOSOC 1992/22", "iv.3 (h)", "ECOSOC resolution 1992/22, sect. IV, para. 3 (h)"),
      ("GA 55/64", "pp3", "GA resolution 55/64, preambular para. 3"),
      ("GA 55/64", "fn2", "GA resolution 55/64, footnote 2"),
      ("CCPCJ 5/2", "12", "CCPCJ resolution 5/2, para. 12"),
      (Seed.ecosoc2004, "6", "ECOSOC resolution of 21 July 2004, para. 6"),
    ])
  func references(query: String, ref: String, citation: String) throws {
    let result = try show([query, "--paragraph", ref, "--format", "reference"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == citation + "\n")
  }

  @Test func wholeResolutionReference() throws {
    let result = try show(["A/RES/55/64", "--format", "reference"])
    #expect(result.stdout == "GA resolution 55/64\n")
  }

  @Test("--paragraph in text, markdown and json")
  func paragraphForms() throws {
    let text = try show(["GA 55/64", "--paragraph", "15"])
    #expect(text.status == 0, "stderr: \(text.stderr)")
    let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.prefix(2) == ["GA resolution 55/64, para. 15", ""])
    #expect(lines[2].hasPrefix("Encourages States to begin making adequate and regular voluntary contributions"))
    #expect(lines.contains("[1] Adopted by the General Assembly in its resolution 55/25 of 15 November 2000 (annex I)."))
    #expect(!text.stdout.contains("Invites all States"))  // paragraph 7 is not printed

    let markdown = try show(["GA 55/64", "--paragraph", "7", "--format", "markdown"])
    #expect(markdown.status == 0)
    let quoted = markdown.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(quoted.first?.hasPrefix("> 7. *Invites* all States to support") == true)
    #expect(quoted.contains("> — GA resolution 55/64, para. 7"))

    let json = try show(["ECOSOC 1992/22", "--paragraph", "VI.2", "--format", "json"])
    #expect(json.status == 0)
    let object = try #require(try Resolute.json(json.stdout) as? [String: Any])
    #expect(Set(object.keys) == ["ref", "citation", "text", "verb", "line", "file"])
    #expect(object["ref"] as? String == "VI.2")
    #expect(object["citation"] as? String == "ECOSOC resolution 1992/22, sect. VI, para. 2")
    #expect((object["text"] as? String)?.hasPrefix("Recommends that in the course") == true)
    #expect(object["verb"] as? String == "Recommends")
    #expect((object["line"] as? Int ?? 0) > 0)
    #expect(object["file"] as? String == Resolute.corpus.path + "/" + Seed.ecosoc1992)
    // `--json` works with --paragraph too.
    #expect(try show(["ECOSOC 1992/22", "--paragraph", "VI.2", "--json"]).stdout == json.stdout)
  }

  @Test("an unknown paragraph fails naming it and listing refs that exist")
  func unknownParagraph() throws {
    let result = try show(["GA 55/64", "--paragraph", "IV.99", "--format", "reference"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("GA 55/64 has no paragraph 'IV.99'"), "stderr: \(result.stderr)")
    for ref in ["PP1", "PP8", "1", "18", "fn1"] { #expect(result.stderr.contains(ref)) }
  }

  @Test("--json with another --format is an error naming both", arguments: ["markdown", "text", "reference"])
  func conflictingFlags(format: String) throws {
    let result = try show(["GA 55/64", "--json", "--format", format])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--json and --format \(format) conflict"), "stderr: \(result.stderr)")
  }

  @Test func unknownFormat() throws {
    let result = try show(["GA 55/64", "--format", "html"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("html"))
  }

  @Test("Markdown of a hostile file shows control characters visibly even through a pipe")
  func hostileMarkdown() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "c/hostile.txt",
      "The General Assembly,\n\nNoting \u{1B}[2J the \u{202E}reversed\u{202C} text and `ticks` [x](y),\n\n"
        + "1. Decides to act.\n\n3. Decides \u{1B}]0;owned\u{07} again.\n")
    let result = try Resolute.run(
      ["show", "hostile.txt", "--format", "markdown", "--corpus", folder.url.appendingPathComponent("c").path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(!result.stdout.unicodeScalars.contains { VisibleText.replacement(for: $0) != nil })
    #expect(result.stdout.contains("^\\[\\[2J"))
    #expect(result.stdout.contains("\\<U+202E\\>reversed"))
    // The gap in the numbering survives: 3 starts a list of its own.
    #expect(result.stdout.contains("1. *Decides* to act.\n\n<!-- -->\n\n3. *Decides* ^\\[\\]0;owned^G again."))
  }

  @Test("annexes: shown after the resolution's text, in JSON, and cited as people cite them")
  func annexes() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "c/with-annex.txt",
      """
      Resolution 99/1. Made-up declaration

      The General Assembly

      Adopts the Made-up Declaration annexed to the present resolution.

      99th plenary meeting
      1 March 2099

      Annex

      Made-up Declaration

      1. We, the States, recall resolution 46/152.

      2. We commit to act:

      (a) Soon;

      (b) Well.

      """)
    let corpus = folder.url.appendingPathComponent("c").path
    let json = try Resolute.run(["show", "GA 99/1", "--json", "--corpus", corpus])
    #expect(json.status == 0, "stderr: \(json.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
    let annexes = object["annexes"] as! [[String: Any]]
    #expect(annexes.count == 1)
    #expect(annexes[0]["number"] is NSNull)
    #expect(annexes[0]["title"] as? String == "Made-up Declaration")
    let paragraphs = annexes[0]["paragraphs"] as! [[String: Any]]
    #expect(paragraphs.map { $0["ref"] as? String } == ["annex.1", "annex.2"])
    #expect(paragraphs[0]["verb"] is NSNull)
    #expect((paragraphs[1]["subparagraphs"] as! [[String: Any]]).map { $0["ref"] as? String } == ["annex.2(a)", "annex.2(b)"])
    #expect((object["operative"] as! [[String: Any]]).count == 1)

    let text = try Resolute.run(["show", "GA 99/1", "--corpus", corpus])
    #expect(text.stdout.contains("ANNEX — Made-up Declaration"))
    #expect(text.stdout.contains("\nannex.2  We commit to act:"))
    #expect(text.stdout.range(of: "ANNEX")!.lowerBound > text.stdout.range(of: "OPERATIVE PART")!.lowerBound)
    let markdown = try Resolute.run(["show", "GA 99/1", "--format", "markdown", "--corpus", corpus])
    #expect(markdown.stdout.contains("## Annex — Made-up Declaration"))
    for typed in ["annex.2(b)", "annex, para. 2 (b)", "Annex paragraph 2(b)"] {
      let reference = try Resolute.run(["show", "GA 99/1", "--paragraph", typed, "--format", "reference", "--corpus", corpus])
      #expect(reference.stdout == "GA resolution 99/1, annex, para. 2 (b)\n", "\(typed): \(reference.stderr)")
    }
  }
}
