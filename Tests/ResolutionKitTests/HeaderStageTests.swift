import Testing

@testable import ResolutionKit

/// The header stages on their own: pieces of a header line by shape, print furniture, web chrome.
@Suite struct HeaderStageTests {
  private func kinds(_ line: String) -> [String] {
    let bytes = Array(line.utf8)
    return HeaderPieces.split(bytes).map { range, piece in
      piece.map { String("\($0)".split(separator: "(").first!) } ?? "text:" + String(decoding: bytes[range], as: UTF8.self)
    }
  }

  @Test func aFlattenedHeaderSplitsIntoItsPieces() {
    #expect(
      kinds(
        "United Nations A/RES/62/11 General Assembly Distr.: General 26 November 2007 Sixty-second session Agenda item 44 Resolution adopted by the General Assembly [without reference to a Main Committee (A/62/L.8)] 62/11. Sport for peace"
      ) == [
        "organisation", "symbol", "bodyName", "distribution", "session", "agendaItem", "adoptedBy", "bracketed",
        "text:62/11. Sport for peace",
      ])
    #expect(
      kinds("United Nations S/RES/2334 (2016) Security Council Distr.: General 23 December 2016 Resolution 2334 (2016)")
        == ["organisation", "symbol", "bodyName", "distribution", "text:Resolution 2334 (2016)"])
    #expect(kinds("Tenth emergency special session Agenda items 5 (b) and 6") == ["session", "agendaItem"])
  }

  @Test func piecesCarryWhatTheySay() {
    let adopted = HeaderPieces.split(
      Array("Adopted by the Security Council at its 4213th meeting, on 31 October 2000".utf8))
    #expect(adopted.map(\.piece) == [.adoptedBy(body: .sc, date: CalendarDate(year: 2000, month: 10, day: 31), meeting: "4213th meeting")])
    let symbol = HeaderPieces.split(Array("S/RES/1325 (2000)".utf8))
    #expect(symbol.map(\.piece) == [.symbol("S/RES/1325 (2000)")])
    let caps = HeaderPieces.split(Array("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY".utf8))
    #expect(caps.map(\.piece) == [.adoptedBy(body: .ga, date: nil, meeting: nil)])
  }

  @Test func titlesThatStartLikePiecesAreText() {
    for title in ["United Nations Literacy Decade", "General Assembly revitalization", "Follow-up to the special session",
      "Security Council reform and the question of equitable representation"]
    {
      #expect(kinds(title) == ["text:" + title])
    }
  }

  @Test func aCitationHeaderInTheTitleLineIsCutOff() {
    let line = "Measures to eliminate terrorism, G.A. res. 47/91, 47 U.N. GAOR Supp. (No. 49) at 212, U.N. Doc. A/47/49 (1992)."
    let pieces = HeaderPieces.split(Array(line.utf8))
    #expect(pieces.count == 2)
    #expect(pieces.first?.piece == nil)
    #expect(pieces.last?.piece == .citation(body: .ga, number: "47/91"))
    #expect(String(decoding: Array(line.utf8)[pieces[0].range], as: UTF8.self) == "Measures to eliminate terrorism")
  }

  @Test func printFurnitureIsRecognisedByShape() {
    for line in ["24-23107 (E)", "*2423107*", "2423107", "23-26541 (E)    050124", "2/4   24-23107", "07-46789 3/6"] {
      let cleaned = LineCleaner(asteriskMarkers: false).clean(raw: Array(line.utf8)).text
      #expect(PageFurniture.isPrintFurniture(cleaned), "\(line)")
    }
    for line in ["2004/28", "5/2", "24 July 1995", "1. Decides to act", "55/64. Title"] {
      #expect(!PageFurniture.isPrintFurniture(Array(line.utf8)), "\(line)")
    }
  }

  @Test func pageNumbersAloneGoOnlyFromPrintedLayouts() {
    func line(_ number: Int, _ text: String) -> CleanLine {
      CleanLine(number: number, text: Array(text.utf8), indent: 0, markers: [], raw: Array(text.utf8), isSeparator: false)
    }
    let printed = [line(1, "Recalling its resolution,"), line(2, "24-23107 (E)"), line(3, "2/4"), line(4, "Page 3 of 4")]
    #expect(PageFurniture.removing(from: printed).map(\.number) == [1])
    // Without job numbers, `5/2` alone is a resolution's number heading.
    let plain = [line(1, "5/2"), line(2, "Technical cooperation")]
    #expect(PageFurniture.removing(from: plain).map(\.number) == [1, 2])
  }

  @Test func webChromeLines() {
    for line in ["Skip to content", "Search this site:", "Home > Documents > Resolutions", "Home | About | Contact",
      "We use cookies on this site.", "https://example.org/res/55", "You are here: Home / Resolutions / GA"]
    {
      #expect(PageChrome.isChromeLine(Array(line.utf8)), "\(line)")
    }
    for line in ["Question of Palestine", "Measures to eliminate international terrorism",
      "Sport for peace and development: building a peaceful world", "Home-grown solutions for development"]
    {
      #expect(!PageChrome.isChromeLine(Array(line.utf8)), "\(line)")
    }
    #expect(PageChrome.looksLikeSiteName(Array("UN Documents Library".utf8)))
    #expect(!PageChrome.looksLikeSiteName(Array("Question of Palestine".utf8)))
  }
}
