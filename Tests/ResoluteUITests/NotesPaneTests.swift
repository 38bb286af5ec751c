import ResoluteUI
import Testing

/// The notes pane says when it overflows and can be resized or hidden; adjacent footnote markers stay apart.
@Suite struct NotesPaneTests {
  @Test func adjacentFootnoteMarkersStayApart() {
    let session = Fixture.session(width: 120, height: 40, open: "GA 55/64")
    let text = session.documentLines.joined(separator: " ")
    #expect(text.contains("thereto,³˒⁴"), "\(session.documentLines.filter { $0.contains("thereto") })")
    #expect(!text.contains("³⁴"))
    let ascii = Fixture.session(width: 120, height: 40, capabilities: Fixture.ascii, open: "GA 55/64")
    #expect(ascii.documentLines.joined(separator: " ").contains("thereto,[3][4]"))
  }

  @Test func theNotesPaneSaysWhatIsBelowAndGrowsShrinksAndHides() throws {
    // A paragraph with several notes: the pane at its standard height cannot show them all.
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("/"))
    session.type("thereto,")
    session.press(.enter)
    let screen = session.screenText
    let more = try #require(screen.split(separator: "\n").first { $0.contains(" more ↓") }, "\(screen)")
    let before = session.screenText.split(separator: "\n").filter { $0.contains("Notes") }.count
    #expect(before == 1)
    let notesTop = try #require(Self.notesTitleRow(session))
    session.press(.character("+"))
    #expect(Self.notesTitleRow(session) == notesTop - 2)
    session.press(.character("-"), .character("-"))
    #expect(Self.notesTitleRow(session) == notesTop + 2)
    session.press(.character("_"))
    #expect(Self.notesTitleRow(session) == nil)
    #expect(session.statusLine.contains("Notes hidden"))
    session.press(.character("_"))
    #expect(Self.notesTitleRow(session) == notesTop)
    _ = more
  }

  /// The screen row of the notes pane's title, nil when it is not shown.
  static func notesTitleRow(_ session: BrowserSession) -> Int? {
    session.screenText.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("│ Notes") }
  }
}
