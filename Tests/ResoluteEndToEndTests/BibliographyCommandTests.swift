import Foundation
import Testing

@Suite("resolute show --format bibtex|csl-json|ris (reference managers)")
struct BibliographyCommandTests {
  private func show(_ arguments: [String]) throws -> Resolute.Result {
    try Resolute.run(["show"] + arguments + ["--corpus", Resolute.corpus.path])
  }

  @Test("BibTeX: symbol, body, date and title, the paragraph's UN-style reference as a note")
  func bibtex() throws {
    let result = try show(["GA 55/64", "--format", "bibtex", "--paragraph", "7"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let out = result.stdout
    #expect(out.hasPrefix("@misc{A_RES_55_64,\n"))
    #expect(out.contains("  author = {{General Assembly}},\n"))
    #expect(out.contains("  number = {A/RES/55/64},\n"))
    #expect(out.contains("  date = {2000-12-04},\n"))
    #expect(out.contains("title = {{Strengthening of the United Nations Crime Prevention"))
    #expect(out.contains("  note = {General Assembly resolution 55/64 of 4 December 2000, para. 7}\n"))
    #expect(out.hasSuffix("}\n"))
  }

  @Test("CSL-JSON parses as JSON, with the date parts and the symbol")
  func cslJSON() throws {
    let result = try show(["ECOSOC 1992/22", "--format", "csl-json"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stdout)")
    let item = try #require(items.first)
    #expect(item["type"] as? String == "legislation")
    #expect(item["number"] as? String == "E/RES/1992/22")
    #expect((item["author"] as? [[String: String]])?.first?["literal"] == "Economic and Social Council")
    #expect(((item["issued"] as? [String: Any])?["date-parts"] as? [[Int]]) == [[1992, 7, 30]])
    #expect((item["title"] as? String)?.hasPrefix("Implementation of General Assembly resolution 46/152") == true)
  }

  @Test("RIS: tagged lines from TY to ER")
  func ris() throws {
    let result = try show(["GA 55/64", "--format", "ris"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "TY  - STAT")
    #expect(lines.last == "ER  - ")
    #expect(lines.contains("AU  - General Assembly"))
    #expect(lines.contains("M1  - A/RES/55/64"))
    #expect(lines.contains("DA  - 2000/12/04"))
    #expect(lines.contains("N1  - General Assembly resolution 55/64 of 4 December 2000"))
  }
}
