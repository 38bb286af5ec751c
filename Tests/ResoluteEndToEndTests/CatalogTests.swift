import Foundation
import Testing

@Suite("catalog.toml")
struct CatalogTests {
  @Test("catalog values win over the parser's and mark the resolution; the catalog is not a resolution")
  func applied() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ecosoc2004, Seed.ga], to: "c")
    try folder.write(
      "c/catalog.toml",
      """
      # Numbers the texts do not give.
      ["\(Seed.ecosoc2004)"]
      id = "ECOSOC 2004/25"
      meeting = "47th plenary meeting, Geneva"

      [ "\(Seed.ga)" ]  # spaces and a comment are fine
      title = 'Crime programme'
      adopted = 2000-12-05
      """)
    let corpus = folder.url.appendingPathComponent("c").path
    let check = try Resolute.run(["check", corpus])
    #expect(check.status == 0)
    #expect(!check.stdout.contains("catalog.toml"), "a valid catalog gives no findings: \(check.stdout)")

    let show = try Resolute.run(["show", "ECOSOC 2004/25", "--corpus", corpus, "--json"])
    #expect(show.status == 0, "stderr: \(show.stderr)")
    let document = try #require(try Resolute.json(show.stdout) as? [String: Any])
    #expect(document["id"] as? String == "ECOSOC 2004/25")
    #expect(document["number"] as? String == "2004/25")
    #expect(document["symbol"] as? String == "E/RES/2004/25")
    #expect(document["meeting"] as? String == "47th plenary meeting, Geneva")
    #expect(document["file"] as? String == "\(corpus)/\(Seed.ecosoc2004)")

    let list = try #require(try Resolute.json(try Resolute.run(["list", corpus, "--json"]).stdout) as? [[String: Any]])
    #expect(list.count == 2)
    let ga = try #require(list.first { $0["file"] as? String == "\(corpus)/\(Seed.ga)" })
    #expect(ga["title"] as? String == "Crime programme")
    #expect(ga["adopted"] as? String == "2000-12-05")
    #expect(ga["catalogued"] as? Bool == true)
    #expect(list.allSatisfy { $0["catalogued"] as? Bool == true })
  }

  @Test("bad lines are reported with their line numbers and the rest still applies")
  func errorsAreNotFatal() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ecosoc2004, Seed.ccpcj], to: "c")
    try folder.write(
      "c/catalog.toml",
      """
      id = "GA 1/1"
      ["\(Seed.ccpcj)"]
      title = "unterminated
      colour = "blue"
      id = "CCPCJ 5/2"
      id = "CCPCJ 5/3"
      ["missing.txt"]
      id = "GA 2/2"
      [\(Seed.ecosoc2004)]
      ["\(Seed.ecosoc2004)"]
      adopted = "21 July 2004"
      id = "not an id"
      meeting = 47
      ["\(Seed.ecosoc2004)"]
      id = "ECOSOC 2004/25"
      """)
    let corpus = folder.url.appendingPathComponent("c").path
    let catalog = corpus + "/catalog.toml"
    let result = try Resolute.run(["check", corpus])
    #expect(result.status == 0, "catalog problems are reported, not fatal")
    let lines = result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix(catalog) }
    let expected = [
      "\(catalog):1: error: `id = …` is outside a table",
      "\(catalog):3: error: unterminated string",
      "\(catalog):4: warning: unknown key 'colour'",
      "\(catalog):6: error: key 'id' appears twice in this table (first at line 5)",
      "\(catalog):7: warning: no file 'missing.txt' in the corpus folder",
      "\(catalog):9: error: dotted table names are not supported",
      "\(catalog):11: error: adopted \"21 July 2004\" is not a date",
      "\(catalog):12: error: id \"not an id\" is not a resolution id",
      "\(catalog):13: error: the value of 'meeting' must be a quoted string",
      "\(catalog):14: error: table [\"\(Seed.ecosoc2004)\"] appears twice (first at line 10)",
    ]
    #expect(lines.count == expected.count, "\(lines)")
    for (line, prefix) in zip(lines, expected) { #expect(line.hasPrefix(prefix), "\(line)") }

    // Line 5 still applied; the second ecosoc table (line 14) was ignored.
    let ccpcj = try Resolute.run(["show", Seed.ccpcj, "--corpus", corpus, "--json"])
    #expect((try Resolute.json(ccpcj.stdout) as? [String: Any])?["id"] as? String == "CCPCJ 5/2")
    let ecosoc = try Resolute.run(["show", "ECOSOC 2004/25", "--corpus", corpus])
    #expect(ecosoc.status != 0)
  }

  @Test("an entry naming a file in a subfolder by its bare name gets a hint")
  func subfolderHint() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ga], to: "c/2000")
    try folder.write("c/catalog.toml", "[\"\(Seed.ga)\"]\nid = \"GA 55/64\"\n")
    let corpus = folder.url.appendingPathComponent("c").path
    let result = try Resolute.run(["check", corpus])
    #expect(result.stdout.contains("\(corpus)/catalog.toml:1: warning: no file '\(Seed.ga)'"))
    #expect(result.stdout.contains("did you mean \"2000/\(Seed.ga)\"?"))
  }

  @Test("catalog ids go through the id grammar; titles are one line; TOML escapes are TOML's")
  func idsAndTitlesAreClean() throws {
    let folder = try TemporaryFolder()
    try folder.copySeeds([Seed.ecosoc2004, Seed.ga], to: "c")
    try folder.write(
      "c/catalog.toml",
      """
      ["\(Seed.ecosoc2004)"]
      id = "ECOSOC 2004/99\\u001b]0;X\\u0007"
      ["\(Seed.ga)"]
      title = "Crime\\nFAKE ERROR \\u0051"
      """)
    let corpus = folder.url.appendingPathComponent("c").path
    let check = try Resolute.run(["check", corpus])
    #expect(check.stdout.contains("catalog.toml:2: error: id \"ECOSOC 2004/99^[]0;X^G\" is not a resolution id"), "\(check.stdout)")
    #expect(check.stdout.contains("catalog.toml:4: warning: 'title' holds line breaks"), "\(check.stdout)")
    let list = try Resolute.run(["list", corpus])
    #expect(list.stdout.contains("Crime FAKE ERROR Q"), "\(list.stdout)")
    #expect(!list.stdout.split(separator: "\n").contains { $0.hasPrefix("FAKE ERROR") })
    #expect(!list.stdout.contains("\u{1B}"))
  }
}
