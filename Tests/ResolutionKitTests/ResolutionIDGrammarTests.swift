import ResolutionKit
import Testing

/// `ResolutionID` owns the only grammar of resolution numbers: every form reads, prints and makes its symbol in one
/// place, and what is not a number is refused.
@Suite struct ResolutionIDGrammarTests {
  @Test(arguments: [
    ("GA 55/64", "GA 55/64", "A/RES/55/64"),
    ("ecosoc 1992/22", "ECOSOC 1992/22", "E/RES/1992/22"),
    ("HRC 5/2", "HRC 5/2", "A/HRC/RES/5/2"),
    ("GA ES-10/2", "GA ES-10/2", "A/RES/ES-10/2"),
    ("ga es-10/21", "GA ES-10/21", "A/RES/ES-10/21"),
    ("GA S-26/2", "GA S-26/2", "A/RES/S-26/2"),
    ("GA 49/75 E", "GA 49/75 E", "A/RES/49/75E"),
    ("ga 51/45o", "GA 51/45 O", "A/RES/51/45O"),
    ("SC 1947 (2010)", "SC 1947 (2010)", "S/RES/1947 (2010)"),
    ("sc 1325(2000)", "SC 1325 (2000)", "S/RES/1325 (2000)"),
    ("A/RES/ES-10/2", "GA ES-10/2", "A/RES/ES-10/2"),
    ("a/res/49/75e", "GA 49/75 E", "A/RES/49/75E"),
    ("S/RES/2334 (2016)", "SC 2334 (2016)", "S/RES/2334 (2016)"),
    ("A/HRC/RES/31/1", "HRC 31/1", "A/HRC/RES/31/1"),
    ("E/RES/2004/28", "ECOSOC 2004/28", "E/RES/2004/28"),
  ])
  func readsPrintsAndMakesTheSymbol(_ input: String, _ id: String, _ symbol: String) {
    let parsed = ResolutionID(input)
    #expect(parsed?.description == id)
    #expect(parsed?.symbol == symbol)
    // The printed id reads back to itself.
    #expect(parsed.flatMap { ResolutionID($0.description) } == parsed)
  }

  @Test(arguments: [("GA 155 C (VII)", "GA 155 C (VII)"), ("cnd 11 (xxxv)", "CND 11 (XXXV)"), ("GA 217 A (III)", "GA 217 A (III)")])
  func oldNumbersHaveNoSymbol(_ input: String, _ id: String) {
    #expect(ResolutionID(input)?.description == id)
    #expect(ResolutionID(input)?.symbol == nil)
  }

  @Test(arguments: [
    "GA foo", "GA", "GA 55", "GA 55/", "GA /64", "GA 55/64/Add.1", "GA 12345/1", "XX 55/64", "GA 55/64 extra",
    "A/RES/foo", "A/55/119", "GA ES-10", "GA 1325 (20)", "S/RES/1325", "GA 155 C (VII) D",
  ])
  func refusesWhatIsNotANumber(_ input: String) {
    #expect(ResolutionID(input) == nil, "\(input) must not be an id")
  }

  @Test func formsAndImpliedYears() {
    #expect(ResolutionID.form(ofNumber: "1325 (2000)") == .securityCouncil)
    #expect(ResolutionID.form(ofNumber: "ES-10/2") == .serial)
    #expect(ResolutionID.form(ofNumber: "155 C (VII)") == .romanSession)
    #expect(ResolutionID("SC 1325 (2000)")?.impliedYear == 2000)
    #expect(ResolutionID("GA 55/64")?.impliedYear == 2000)
    #expect(ResolutionID("ECOSOC 1992/22")?.impliedYear == 1992)
    // The Security Council's symbol has its year; other bodies never number that way.
    #expect(Body.ga.symbol(for: "1325 (2000)") == nil)
  }

  @Test func matchesInRunningTextStopAtTheNumber() {
    let text = Array("resolutions 49/75 E and 51/45 O, ES-10/2; 1325 (2000). 55/64/Add.1 A/55/119 49/75 E/CN.15".utf8)
    func number(at word: String) -> String? {
      let bytes = Array(word.utf8)
      let start = (0...(text.count - bytes.count)).first { Array(text[$0..<($0 + bytes.count)]) == bytes }!
      return ResolutionID.matchNumber(in: text, at: start)?.number
    }
    #expect(number(at: "49/75 E and") == "49/75 E")
    #expect(number(at: "51/45 O,") == "51/45 O")
    #expect(number(at: "ES-10/2;") == "ES-10/2")
    #expect(number(at: "1325 (2000)") == "1325 (2000)")
    #expect(number(at: "55/64/Add.1") == nil)
    #expect(number(at: "55/119") == nil)  // inside a document symbol
    #expect(number(at: "49/75 E/CN") == "49/75")  // `E/CN.15` is a symbol, not a letter part
  }
}
