import ResoluteUI
import ResolutionKit
import Testing

/// `z`: the text alone on the whole screen, as a pager shows it; `_` brings the notes beneath it; `z` again, `h` or
/// `Alt-1` bring the list back.
struct ReadingModeTests {
  @Test func zGivesTheTextTheWholeScreen() {
    var session = Fixture.session(open: "GA 55/64")
    let narrowLines = session.documentLines
    let paragraph = session.cursorParagraph
    session.press(.character("z"))
    #expect(session.isReading)
    #expect(session.focus == .viewer)
    #expect(session.cursorParagraph == paragraph)
    // No vertical rule and no title row: the text starts at the top left.
    #expect(!session.screenText.contains("│"))
    #expect(!session.screen.lines[0].hasPrefix(" GA 55/64"))
    #expect(session.documentLines.count < narrowLines.count, "wider text wraps into fewer lines")
    // With no status line to show them on, the keys are said once, over the last row.
    let lastRow = session.screen.lines[23]
    #expect(lastRow.contains("Reading mode: z leaves, _ notes, = where, ? help"), "\(lastRow)")

    // The next key takes the message away, and the last row is text again: the lines the document has there.
    session.press(.control("e"))
    func trimmed(_ line: String) -> String { String(line.reversed().drop { $0 == " " }.reversed()) }
    let rows = session.screen.lines.map(trimmed)
    // The text's lines as drawn: after the gutter's two blank columns.
    let drawn = session.documentLines.map { trimmed("  " + $0) }
    let top = drawn.firstIndex(of: rows[0]) ?? -1
    #expect(top >= 0, "the first row is a line of the text: \(rows[0])")
    if top >= 0, top + 24 <= drawn.count { #expect(rows == Array(drawn[top..<(top + 24)]), "24 rows of text") }

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

  @Test func scrollingALineShiftsTheWholeScreen() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("z"), .control("e"))
    let before = session.screen.lines
    session.press(.control("e"))
    let after = session.screen.lines
    // Every row moved up by one and only the last is new: the terminal scrolls them with one newline at the bottom.
    #expect(Array(after[0..<23]) == Array(before[1..<24]))
    #expect(after[23] != before[23])
  }

  @Test func underscoreShowsTheNotesBeneathTheTextWithoutWrappingItAgain() {
    var session = Fixture.session(open: "GA 55/64#PP5")
    session.press(.character("z"))
    let bare = session.documentLines
    #expect(!session.screenText.contains("Notes ·"))

    session.press(.character("_"))
    #expect(session.readingNotes)
    #expect(session.screenText.contains("Notes ·"), "\(session.screenText)")
    #expect(session.screen.lines[0].hasPrefix(" GA 55/64"), "the title row is back with the notes")
    #expect(session.statusLine.contains("Notes shown beneath the text"))
    #expect(session.documentLines == bare, "the text keeps its width")

    session.press(.character("_"))
    #expect(!session.readingNotes)
    #expect(!session.screenText.contains("Notes ·"))
    #expect(session.documentLines == bare)
  }

  @Test func followingAFootnoteInReadingModeShowsTheNotes() {
    var session = Fixture.session(open: "GA 55/64#PP5")
    session.press(.character("z"))
    session.press(.tab)
    let link = session.selectedLink
    guard case .footnote = link?.target else {
      Issue.record("the first link of PP5 is a footnote marker: \(String(describing: link))")
      return
    }
    session.press(.enter)
    #expect(session.focus == .notes)
    #expect(session.readingNotes, "going to the notes shows them")
    #expect(session.screenText.contains("Notes ·"))
    // Back to the text: the notes stay until `_` hides them.
    session.press(.escape)
    #expect(session.focus == .viewer)
    #expect(session.screenText.contains("Notes ·"))
  }

  @Test func narrowScreensReadTheBareTextToo() {
    var session = Fixture.session(width: 50, height: 20, open: "GA 55/64")
    let before = session.screenText
    session.press(.character("z"), .control("e"), .control("y"))
    #expect(!session.screen.lines[0].hasPrefix(" GA 55/64"), "no title row")
    #expect(!session.screenText.contains("? help"), "no status line")
    session.press(.character("z"))
    #expect(session.screenText == before)
  }

  @Test func goingToTheListOnANarrowScreenLeavesReadingMode() {
    var session = Fixture.session(width: 50, height: 20, open: "GA 55/64")
    session.press(.character("z"), .character("h"))
    #expect(session.focus == .list)
    let reading = session.isReading
    #expect(!reading, "the list is not hidden under the text")
    let screen = session.screenText
    #expect(screen.contains("? help"), "the list with its status line")
  }

  @Test func aPageTurnedToInReadingModeSaysWhatItIsOnce() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("z"), .control("e"))
    session.press(.tab)
    guard case .citation = session.selectedLink?.target else {
      Issue.record("the first link of GA 55/64 cites a resolution")
      return
    }
    session.press(.enter)
    let heading = session.screen.lines[23]
    #expect(heading.contains("GA 46/152"), "the followed resolution named on the last row: \(heading)")
    #expect(heading.components(separatedBy: "GA 46/152").count == 2, "named once, by the trail: \(heading)")
    #expect(session.isReading)
    session.press(.control("e"))
    #expect(!session.screen.lines[23].contains("GA 46/152 ·"), "gone at the next key")
    session.press(.backspace)
    #expect(session.screen.lines[23].contains("GA 55/64"), "and back: \(session.screen.lines[23])")
  }

  @Test func enteringReadingModeFromTheNotesKeepsThem() {
    var session = Fixture.session(open: "GA 55/64#PP5")
    session.press(.alt("3"), .character("z"))
    #expect(session.focus == .notes)
    #expect(session.readingNotes, "the notes are kept")
    #expect(session.screenText.contains("Notes ·"))
    // `_` then hides them, as they are shown: it does not first say they are shown.
    session.press(.character("_"))
    #expect(!session.readingNotes)
    #expect(session.focus == .viewer)
    #expect(!session.screenText.contains("Notes ·"))
  }
}
