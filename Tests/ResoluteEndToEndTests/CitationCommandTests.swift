import Foundation
import Testing

/// `resolute cites`, `cited-by` and `graph`, run as the real binary on the bundled corpus and on corpora built here.
@Suite("resolute cites / cited-by / graph")
struct CitationCommandTests {
  let corpus = Resolute.corpus.path

  func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try Resolute.run(arguments)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try #require(try Resolute.json(result.stdout) as? [String: Any])
  }

  func items(_ document: [String: Any], _ key: String) -> [[String: Any]] { document[key] as? [[String: Any]] ?? [] }

  // MARK: the bundled corpus

  @Test func generalAssembly46_152IsCitedByThreeResolutions() throws {
    let document = try json(["cited-by", "GA 46/152", "--corpus", corpus, "--json"])
    #expect(document["present"] as? Bool == false)
    #expect(document["symbol"] as? String == "A/RES/46/152")
    let citedBy = items(document, "citedBy")
    #expect(Set(citedBy.compactMap { $0["source"] as? String }) == ["ECOSOC 1992/22", "CCPCJ 5/2", "GA 55/64"])
    #expect(citedBy.count == 12)
    let dates = items(document, "dates")
    #expect(dates.map { $0["date"] as? String } == ["1991-12-18"])
    #expect(dates.first?["citations"] as? Int == 3)
    // The citing texts capitalise the subject differently: both are listed.
    #expect(items(document, "subjects").count == 2)
    for citation in citedBy {
      let sentence = try #require(citation["sentence"] as? String)
      #expect(sentence.contains(try #require(citation["text"] as? String)))
    }
  }

  @Test func generalAssembly55_59IsCitedByThreeResolutions() throws {
    let document = try json(["cited-by", "a/res/55/59", "--corpus", corpus, "--json"])
    #expect(document["id"] as? String == "GA 55/59")
    let files = Set(items(document, "citedBy").compactMap { ($0["sourceFile"] as? String)?.split(separator: "/").last })
    #expect(files == [Substring(Seed.ecosoc2002), Substring(Seed.ecosoc2004), Substring(Seed.ga)])
  }

  @Test func citedByAsText() throws {
    let result = try Resolute.run(["cited-by", "ga 46/152", "--corpus", corpus])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("GA 46/152 (A/RES/46/152): not in the corpus\n"))
    #expect(result.stdout.contains("18 December 1991 (3 citations)"))
    #expect(result.stdout.contains("Cited by 3 resolutions in 12 citations:"))
    #expect(
      result.stdout.contains(
        "  V.1, line 161: paragraph 26 (d) of the annex to General Assembly resolution 46/152 [annex, para. 26 (d)]"))
  }

  @Test func citesListsTargetsWithSentences() throws {
    let document = try json(["cites", "GA 55/64", "--corpus", corpus, "--json"])
    #expect(document["id"] as? String == "GA 55/64")
    let citations = items(document, "citations")
    #expect(
      citations.compactMap { $0["target"] as? String } == [
        "GA 46/152", "GA 55/59", "GA 53/111", "GA 54/131", "GA 55/25", "GA 55/25", "GA 55/25", "A/55/119",
      ])
    #expect(citations.compactMap { $0["kind"] as? String }.filter { $0 == "document" }.count == 1)
    let ibid = try #require(citations.first { $0["text"] as? String == "Ibid., annex II" })
    #expect(ibid["ref"] as? String == "fn4")
    #expect(ibid["target"] as? String == "GA 55/25")
    let text = try Resolute.run(["cites", Seed.ga, "--corpus", corpus])
    #expect(
      text.stdout.contains("GA 46/152 (not in the corpus)\n  PP1, line 7: its resolution 46/152 of 18 December 1991\n"))
  }

  @Test func citesAnAbsentResolutionPointsToCitedBy() throws {
    let result = try Resolute.run(["cites", "GA 46/152", "--corpus", corpus])
    #expect(result.status == 1)
    #expect(result.stderr.contains("resolute cited-by GA 46/152"))
  }

  @Test func citedByNothing() throws {
    let unknown = try Resolute.run(["cited-by", "GA 99/99", "--corpus", corpus])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("GA 99/99 is not in"))
    let uncited = try Resolute.run(["cited-by", "GA 55/64", "--corpus", corpus])
    #expect(uncited.status == 0)
    #expect(uncited.stdout.contains("Nothing in the corpus cites it."))
  }

  @Test func graphAsTextAndDot() throws {
    let text = try Resolute.run(["graph", "--corpus", corpus])
    #expect(text.status == 0)
    #expect(text.stdout.contains("  GA 46/152 <- 3 resolutions: CCPCJ 5/2, ECOSOC 1992/22, GA 55/64\n"))
    #expect(text.stdout.contains("  -> GA 46/152 (absent, 10 citations)\n"))
    let dot = try Resolute.run(["graph", "--corpus", corpus, "--dot"])
    #expect(dot.status == 0)
    #expect(dot.stdout.hasPrefix("digraph citations {"))
    #expect(dot.stdout.contains("\"CCPCJ 5/2\" [shape=box"))
    #expect(dot.stdout.contains("\"GA 46/152\" [shape=ellipse, style=dashed"))
    #expect(dot.stdout.contains("\"CCPCJ 5/2\" -> \"GA 46/152\";"))
  }

  // MARK: a corpus built here

  /// GA 46/152 present, GA 55/64 in two files, ECOSOC 1992/22 citing paragraph 5 of GA 46/152.
  func builtCorpus() throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ga, Seed.ecosoc1992], to: "corpus")
    try FileManager.default.copyItem(
      at: Resolute.corpus.appendingPathComponent(Seed.ga),
      to: folder.url.appendingPathComponent("corpus/copy-of-55-64.txt"))
    var programme =
      "46/152. Creation of an effective United Nations crime prevention and criminal justice programme\n\n"
    programme += "The General Assembly,\n\nRecalling its resolution 45/121 of 14 December 1990,\n\n"
    for number in 1...6 { programme += "\(number). Decides on the matter numbered \(number);\n\n" }
    programme += "78th plenary meeting\n18 December 1991\n"
    try folder.write("corpus/ga-46-152.txt", programme)
    return (folder, folder.url.appendingPathComponent("corpus").path)
  }

  @Test func citationsResolveInABuiltCorpus() throws {
    let (folder, path) = try builtCorpus()
    let document = try json(["cites", "ECOSOC 1992/22", "--corpus", path, "--json"])
    let toProgramme = items(document, "citations").filter { $0["target"] as? String == "GA 46/152" }
    #expect(toProgramme.count == 10)
    #expect(toProgramme.allSatisfy { $0["resolved"] as? String == path + "/ga-46-152.txt" })
    let paragraphFive = try #require(toProgramme.first { $0["ref"] as? String == "II.2" })
    #expect(paragraphFive["resolvedParagraph"] as? String == "5")
    let citedBy = try json(["cited-by", "GA 46/152", "--corpus", path, "--json"])
    #expect(citedBy["present"] as? Bool == true)
    #expect(citedBy["files"] as? [String] == [path + "/ga-46-152.txt"])
    // GA 55/64 is in two files but cites once, as one resolution.
    #expect(Set(items(citedBy, "citedBy").compactMap { $0["source"] as? String }) == ["ECOSOC 1992/22", "GA 55/64"])
    #expect(items(citedBy, "citedBy").filter { $0["source"] as? String == "GA 55/64" }.count == 1)
    _ = folder
  }

  @Test func graphOfABuiltCorpus() throws {
    let (folder, path) = try builtCorpus()
    let dot = try Resolute.run(["graph", "--corpus", path, "--dot"])
    #expect(dot.stdout.contains("\"GA 46/152\" [shape=box"))
    #expect(dot.stdout.components(separatedBy: "\"GA 55/64\" [").count == 2)
    #expect(dot.stdout.contains("\"ECOSOC 1992/22\" -> \"GA 46/152\" [label=\"10\"];"))
    #expect(dot.stdout.contains("\"GA 46/152\" -> \"GA 45/121\";"))
    let text = try Resolute.run(["graph", "--corpus", path])
    #expect(
      text.stdout.contains("GA 55/64 (\(path)/copy-of-55-64.txt, \(path)/ga-55-64-strengthening-the-programme.txt)\n"))
    #expect(text.stdout.contains("  -> GA 46/152 (in the corpus, 10 citations)\n"))
    _ = folder
  }

  @Test func conflictingDatesAndSubjectsAreAllListed() throws {
    let folder = try TemporaryFolder()
    func resolution(_ number: String, citing: String) -> String {
      "\(number). A resolution\n\nThe General Assembly,\n\nRecalling \(citing),\n\n1. Decides;\n\n1st plenary meeting\n1 January 1990\n"
    }
    try folder.write("corpus/a.txt", resolution("44/1", citing: "its resolution 40/1 of 1 May 1985, on the oceans"))
    try folder.write(
      "corpus/b.txt", resolution("44/2", citing: "General Assembly resolution 40/1 of 2 May 1985 on the seas"))
    try folder.write("corpus/c.txt", resolution("44/3", citing: "its resolution 40/1 of 2 May 1985"))
    let path = folder.url.appendingPathComponent("corpus").path
    let text = try Resolute.run(["cited-by", "GA 40/1", "--corpus", path])
    #expect(text.status == 0)
    #expect(
      text.stdout.contains(
        "  dates given by the citing texts (they disagree):\n    2 May 1985 (2 citations)\n    1 May 1985 (1 citation)\n"
      ))
    #expect(text.stdout.contains("    on the oceans (1 citation)\n"))
    #expect(text.stdout.contains("    on the seas (1 citation)\n"))
    #expect(text.stdout.contains("Cited by 3 resolutions in 3 citations:"))
    let document = try json(["cited-by", "GA 40/1", "--corpus", path, "--json"])
    #expect(items(document, "dates").compactMap { $0["date"] as? String } == ["1985-05-02", "1985-05-01"])
    #expect(items(document, "subjects").count == 2)
  }

  @Test("20,000 citations in one sentence: cites lists each once with at most about 1 KB of context (the stated cap)")
  func manyCitationsInOneSentenceAreBounded() throws {
    let folder = try TemporaryFolder()
    let count = 20_000
    try folder.write("corpus/many.txt", TerminalTests.manyCitationsText(count))
    let path = folder.url.appendingPathComponent("corpus").path
    let document = try json(["cites", path + "/many.txt", "--corpus", path, "--json"])
    let citations = items(document, "citations")
    #expect(citations.count == count)
    for citation in citations {
      let sentence = try #require(citation["sentence"] as? String)
      let cited = try #require(citation["text"] as? String)
      #expect(sentence.contains(cited), "\(sentence)")
      // Each way from the citation at most the reach (500 bytes) plus the `…` marks: never the whole paragraph.
      #expect(sentence.utf8.count <= 2 * 500 + cited.utf8.count + 8, "\(sentence.utf8.count) bytes")
    }
    #expect(citations.contains { ($0["sentence"] as? String)?.hasPrefix("… ") == true })
    // Text: linear in the citations (each cut sentence is a few lines), not 4 KB each as before.
    let plain = try Resolute.run(["cites", path + "/many.txt", "--corpus", path])
    #expect(plain.status == 0)
    #expect(plain.stdout.utf8.count < count * 1_500, "\(plain.stdout.utf8.count) bytes")
    #expect(plain.stdout.contains("in \(count) citations"))
    // The help states the cap.
    let help = try Resolute.run(["cites", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(help.contains("cut (and marked …) at 500 bytes before and after the citation"), "\(help)")
  }

  @Test("cites writes its text as produced (megabytes, in many pieces): exactly what its JSON says, line for line")
  func citesTextIsStreamedUnchanged() throws {
    let folder = try TemporaryFolder()
    let count = 3_000
    try folder.write(
      "corpus/many.txt",
      TerminalTests.manyCitationsText(count, decides: "to remain seized of the matter, as in General Assembly resolution 55/64"))
    let path = folder.url.appendingPathComponent("corpus").path
    let plain = try Resolute.run(["cites", path + "/many.txt", "--corpus", path])
    #expect(plain.status == 0)
    #expect(plain.stdout.utf8.count > 1_000_000, "\(plain.stdout.utf8.count) bytes: too small to come in pieces")
    // The text as the JSON (built whole, apart) implies it: groups by target in order of first citation, each citation
    // a head line and its sentence (not wrapped: stdout is not a terminal).
    let citations = items(try json(["cites", path + "/many.txt", "--corpus", path, "--json"]), "citations")
    #expect(citations.count == count + 1)
    var order: [String] = []
    var groups: [String: [[String: Any]]] = [:]
    for citation in citations {
      let target = try #require(citation["target"] as? String)
      if groups[target] == nil { order.append(target) }
      groups[target, default: []].append(citation)
    }
    var expected: [String] = []
    for target in order {
      expected += ["", "\(target) (not in the corpus)"]
      for citation in groups[target]! {
        var head = "  \(citation["ref"] as? String ?? "?"), line \(citation["line"] as? Int ?? 0): "
        head += citation["text"] as? String ?? ""
        if let pinpoint = citation["pinpoint"] as? String { head += " [\(pinpoint)]" }
        if let paragraph = citation["resolvedParagraph"] as? String { head += " -> paragraph \(paragraph)" }
        expected += [head, "      " + (citation["sentence"] as? String ?? "")]
      }
    }
    let lines = plain.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.contains("many.txt) cites ") == true, "\(lines.first ?? "")")
    #expect(lines.first?.contains(" and 0 documents.") == true)
    #expect(lines.last == "", "the output ends with one newline")
    let body = Array(lines.dropFirst().dropLast())
    #expect(body.count == expected.count)
    let firstDifference = zip(body, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    #expect(firstDifference == nil, "line \(firstDifference ?? 0): \(firstDifference.map { body[$0] } ?? "")")
  }

  @Test func dotShowsControlCharactersFromFilesVisibly() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "corpus/ga-1-1.txt",
      "1/1. A title with \u{1B}[31m an escape\n\nThe General Assembly,\n\nRecalling its resolution 46/152,\n\n1. Decides;\n\n1st plenary meeting\n1 January 1990\n"
    )
    let dot = try Resolute.run(["graph", "--corpus", folder.url.appendingPathComponent("corpus").path, "--dot"])
    #expect(dot.status == 0)
    #expect(!dot.stdout.contains("\u{1B}"))
    #expect(dot.stdout.contains("<U+001B>[31m"))
  }
}
