import ResoluteUI
import Testing

/// The habits of less and vim (issue 14): counts, half pages, line scrolling, `:q`, `=`, search messages.
@Suite struct LessHabitsTests {
  @Test func countsRepeatMovesAndPickLinesAndPercentages() {
    var session = Fixture.session(width: 120, height: 40, open: "GA 55/64")
    #expect(session.cursorParagraph == "title")
    session.type("5")
    #expect(session.statusLine.contains("Count 5"))
    session.press(.character("j"))
    #expect(session.cursorParagraph == "PP5")
    session.type("2")
    session.press(.character("k"))
    #expect(session.cursorParagraph == "PP3")
    session.type("50")
    session.press(.character("%"))
    let middle = session.documentLines.count / 2
    #expect(session.message == nil)
    session.press(.character("="))
    let whereHalf = session.message ?? ""
    #expect(whereHalf.contains("line "), "\(whereHalf)")
    session.type("1")
    session.press(.character("G"))
    #expect(session.cursorParagraph == "title")
    session.type("\(middle)")
    session.press(.character("G"))
    #expect(session.cursorParagraph != "title")
  }

  @Test func countsMoveTheListToo() {
    var session = Fixture.session()
    session.type("3")
    session.press(.character("G"))
    #expect(session.selectedListID == session.listedIDs[2])
    session.type("1")
    session.press(.character("j"))
    #expect(session.selectedListID == session.listedIDs[3])
    session.press(.character("g"))
    #expect(session.selectedListID == session.listedIDs[0])
  }

  @Test func halfPagesAndSingleLines() {
    var session = Fixture.session(open: "GA 55/64")
    let before = session.screenText
    session.press(.control("d"))
    let half = session.screenText
    #expect(half != before)
    session.press(.control("u"))
    #expect(session.screenText.contains(session.documentLines[0].prefix(30)))
    for key: Key in [.character("e"), .control("n"), .control("e")] {
      var scrolled = Fixture.session(open: "GA 55/64")
      scrolled.press(.alt("2"), key)
      #expect(scrolled.documentLines == session.documentLines)
      #expect(scrolled.screenText != before, "\(key)")
      scrolled.press(.control("p"))
      #expect(scrolled.screenText == before, "\(key) then Ctrl-P")
    }
  }

  @Test func colonQQuitsAndEqualsSaysWhereYouAre() {
    var session = Fixture.session(open: "GA 55/64#7")
    session.press(.character("="))
    let text = session.message ?? ""
    #expect(text.hasPrefix("GA 55/64#7 · line "), "\(text)")
    #expect(text.contains("%") && text.contains("ga-55-64-strengthening-the-programme.txt"), "\(text)")
    session.press(.control("g"))
    #expect(session.message == text)
    session.press(.character(":"))
    session.type("q")
    #expect(session.press(.enter) == .quit)
  }

  @Test func searchSaysWhatItDid() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("n"))
    #expect(session.message == "No search yet: / starts one")
    session.press(.character("/"))
    session.type("Centre")
    session.press(.enter)
    let first = session.message ?? ""
    #expect(first.hasPrefix("Match 1 of "), "\(first)")
    let total = Int(first.split(separator: " ").last ?? "") ?? 0
    #expect(total >= 3, "\(first)")
    session.press(.character("n"))
    #expect(session.message == "Match 2 of \(total)")
    for _ in 2..<total { session.press(.character("n")) }
    #expect(session.message == "Match \(total) of \(total)")
    session.press(.character("n"))
    #expect(session.message == "Match 1 of \(total), search wrapped to the top")
    session.press(.character("N"))
    #expect(session.message == "Match \(total) of \(total), search wrapped to the bottom")
    session.press(.character("/"))
    session.type("no such words anywhere")
    session.press(.enter)
    #expect(session.message == "Pattern not found: no such words anywhere")
  }

  @Test func slashTakesRegularExpressionsAndIsCaseSmart() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("/"))
    session.type("technical\\s+cooperation")
    session.press(.enter)
    #expect(session.message?.hasPrefix("Match ") == true, "\(session.message ?? "")")
    session.press(.character("/"))
    session.type("TECHNICAL COOPERATION")
    session.press(.enter)
    #expect(session.message == "Pattern not found: TECHNICAL COOPERATION", "a capital makes the search match case")
  }
}
