import ResoluteUI
import ResolutionKit
import Testing

/// `z`: the text at full width, the list hidden; `z` again, `h` or `1` bring the list back.
struct ReadingModeTests {
  @Test func zHidesTheListAndWidensTheText() {
    var session = Fixture.session(open: "GA 55/64")
    let narrowLines = session.documentLines
    let paragraph = session.cursorParagraph
    session.press(.character("z"))
    #expect(session.isReading)
    #expect(session.focus == .viewer)
    #expect(session.cursorParagraph == paragraph)
    // No vertical rule left of the text: every row of the text starts at the screen's left edge.
    #expect(!session.screenText.contains("│"))
    #expect(session.screenText.split(separator: "\n")[0].hasPrefix(" GA 55/64"))
    #expect(session.documentLines.count < narrowLines.count, "wider text wraps into fewer lines")
    #expect(session.statusLine.contains("z list"))

    session.press(.character("z"))
    #expect(!session.isReading)
    #expect(session.documentLines == narrowLines)
  }

  @Test func goingToTheListLeavesReadingMode() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("z"), .character("h"))
    #expect(!session.isReading)
    #expect(session.focus == .list)
    session.press(.character("z"), .alt("1"))
    #expect(!session.isReading)
    #expect(session.focus == .list)
  }

  @Test func scrollingALineShiftsTheTextRowsByOne() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("z"))
    let before = session.screen.lines
    session.press(.control("e"))
    let after = session.screen.lines
    // Rows 1…15 are the text; each moved up by one, so the terminal can scroll them instead of redrawing them.
    #expect(Array(after[1..<15]) == Array(before[2..<16]))
    #expect(after[0] == before[0], "the title does not change with every line")
  }

  @Test func narrowScreensAreUnchanged() {
    var session = Fixture.session(width: 50, height: 20, open: "GA 55/64")
    let before = session.screenText
    session.press(.character("z"), .character("z"))
    #expect(session.screenText == before)
  }
}
