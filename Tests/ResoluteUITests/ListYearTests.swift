import ResoluteUI
import ResolutionKit
import Testing

/// The list shows the year it sorts by, and its header count is never cut (issue 14).
@Suite struct ListYearTests {
  @Test func theYearShownIsTheYearSortedBy() {
    let session = Fixture.session()
    // ECOSOC 2002/17 has no adoption date in its file; its number states 2002, and it sorts there.
    #expect(
      session.listedIDs == [
        "ECOSOC 1992/22", "GA 55/64", "ECOSOC 2002/17", "ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]",
        "CCPCJ 5/2",
      ])
    #expect(session.screenText.contains("ECOSOC 2002/17      2002"), "\(session.screenText)")
  }

  @Test func aSessionNumberIsNotAYear() {
    var odd = Resolution(file: "odd/ga-99-1.txt", plainText: "")
    odd.id = ResolutionID(body: .ga, number: "99/1")
    odd.body = .ga
    odd.number = "99/1"
    odd.title = "A resolution of a far session"
    let session = Fixture.session(corpus: Corpus(root: "odd", resolutions: [odd], warnings: []))
    #expect(session.listedIDs == ["GA 99/1"])
    #expect(!session.screenText.contains("2044"), "\(session.screenText)")
  }

  @Test func theHeaderCountIsNeverCut() {
    var session = Fixture.session()
    session.press(.character("a"))
    let count = session.listedIDs.count
    let header = session.screenText.split(separator: "\n").first ?? ""
    #expect(header.contains("Res.+absent \(count) "), "\(header)")
    for width in [60, 70, 80, 100] {
      var wide = Fixture.session(width: width)
      wide.press(.character("a"))
      let top = wide.screenText.split(separator: "\n").first ?? ""
      #expect(top.contains(" \(count) ") && !top.prefix(20).contains("…"), "\(width): \(top)")
    }
  }
}
