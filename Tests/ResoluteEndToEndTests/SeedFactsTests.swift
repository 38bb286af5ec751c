import Foundation
import Testing

/// The facts the issue states about each bundled seed, read through `resolute show --json` on the real corpus.
@Suite("Seed facts through show --json")
struct SeedFactsTests {
  func show(_ file: String) throws -> [String: Any] {
    let result = try Resolute.run(["show", file, "--corpus", Resolute.corpus.path, "--json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    return try #require(try Resolute.json(result.stdout) as? [String: Any])
  }

  func items(_ document: [String: Any], _ key: String) -> [[String: Any]] {
    document[key] as? [[String: Any]] ?? []
  }

  /// Distinct markers whose footnote text the file contains.
  func footnoteTexts(_ document: [String: Any]) -> Set<String> {
    Set(items(document, "footnotes").filter { $0["text"] is String }.compactMap { $0["marker"] as? String })
  }

  @Test("seed 000 is CCPCJ 5/2: 9 preambular, 17 operative, footnote 53 in paragraph 1")
  func ccpcj() throws {
    let document = try show(Seed.ccpcj)
    #expect(document["id"] as? String == "CCPCJ 5/2")
    #expect(document["body"] as? String == "CCPCJ")
    #expect(items(document, "preamble").count == 9)
    #expect(items(document, "operative").count == 17)
    let references = items(document, "footnotes").filter { $0["ref"] is String }
    #expect(references.count == 1)
    #expect(references.first?["marker"] as? String == "53")
    #expect(references.first?["ref"] as? String == "1")
  }

  @Test("seed 001 is ECOSOC 1992/22 of 30 July 1992 with sections I–VII")
  func ecosoc1992() throws {
    let document = try show(Seed.ecosoc1992)
    #expect(document["id"] as? String == "ECOSOC 1992/22")
    #expect(document["symbol"] as? String == "E/RES/1992/22")
    #expect(document["adopted"] as? String == "1992-07-30")
    #expect(document["meeting"] as? String == "41st plenary meeting")
    #expect(items(document, "preamble").count == 23)
    #expect(items(document, "sections").compactMap { $0["number"] as? String } == ["I", "II", "III", "IV", "V", "VI", "VII"])
    let operative = items(document, "operative")
    let perSection = ["I", "II", "III", "IV", "V", "VI", "VII"].map { section in
      operative.filter { ($0["ref"] as? String)?.hasPrefix(section + ".") == true }.count
    }
    #expect(perSection == [4, 4, 3, 11, 3, 5, 4])
    func subparagraphRefs(_ ref: String) -> [String] {
      let paragraph = operative.first { $0["ref"] as? String == ref }
      return (paragraph?["subparagraphs"] as? [[String: Any]] ?? []).compactMap { $0["ref"] as? String }
    }
    #expect(subparagraphRefs("I.3") == "abcdefghijkl".map { "I.3(\($0))" })
    #expect(subparagraphRefs("IV.3") == "abcdefgh".map { "IV.3(\($0))" })
  }

  @Test("seed 002 is ECOSOC 2002/17 with 7 preambular and 10 operative paragraphs")
  func ecosoc2002() throws {
    let document = try show(Seed.ecosoc2002)
    #expect(document["id"] as? String == "ECOSOC 2002/17")
    #expect(items(document, "preamble").count == 7)
    #expect(items(document, "operative").count == 10)
  }

  @Test("seed 003 is an ECOSOC resolution of 21 July 2004 with no number, 10 and 9, ten footnote texts")
  func ecosoc2004() throws {
    let document = try show(Seed.ecosoc2004)
    #expect(document["id"] is NSNull)
    #expect(document["number"] is NSNull)
    #expect(document["body"] as? String == "ECOSOC")
    #expect(document["adopted"] as? String == "2004-07-21")
    #expect(document["meeting"] as? String == "47th plenary meeting")
    #expect(items(document, "preamble").count == 10)
    #expect(items(document, "operative").count == 9)
    #expect(footnoteTexts(document).count == 10)
  }

  @Test("seed 004 is GA 55/64 of 4 December 2000: 8 and 18, five footnote texts, eight references")
  func ga() throws {
    let document = try show(Seed.ga)
    #expect(document["id"] as? String == "GA 55/64")
    #expect(document["symbol"] as? String == "A/RES/55/64")
    #expect(document["adopted"] as? String == "2000-12-04")
    #expect(items(document, "preamble").count == 8)
    #expect(items(document, "operative").count == 18)
    #expect(footnoteTexts(document).count == 5)
    #expect(items(document, "footnotes").filter { $0["ref"] is String }.count == 8)
  }
}
