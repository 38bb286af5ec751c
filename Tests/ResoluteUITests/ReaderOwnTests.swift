import ResoluteUI
import ResolutionKit
import Testing

/// Marks (`m`, `'`), the bookmarks page (`B`), places visited, copying a reference (`y`) and the config file's keys,
/// on the real corpus through the real session.
@Suite struct ReaderOwnTests {
  static let ga = "\(Fixture.corpusPath)/ga-55-64-strengthening-the-programme.txt"
  static let ccpcj = "\(Fixture.corpusPath)/ccpcj-5-2-technical-cooperation.txt"

  @Test func markThenGoBackToItFromAnotherResolution() {
    var session = Fixture.session(open: "GA 55/64#7")
    #expect(session.cursorParagraph == "7")
    let before = session.stateRevision
    session.press(.character("m"), .character("a"))
    #expect(session.readerState.marks["a"] == SavedPlace(file: Self.ga, ref: "7", label: "GA 55/64"))
    #expect(session.stateRevision > before)
    #expect(session.statusLine.contains("Mark a: GA resolution 55/64, para. 7"))

    session.press(.character(":"))
    session.type("CCPCJ 5/2")
    session.press(.enter)
    #expect(session.location == .resolution(file: Self.ccpcj))
    session.press(.character("'"), .character("a"))
    #expect(session.location == .resolution(file: Self.ga))
    #expect(session.cursorParagraph == "7")
    #expect(session.trail == ["GA 55/64#7", "CCPCJ 5/2", "GA 55/64#7"])
    // '' returns to where the last jump started, as in less.
    session.press(.character("'"), .character("'"))
    #expect(session.location == .resolution(file: Self.ccpcj))
    // An unset mark says how to set it.
    session.press(.character("'"), .character("q"))
    #expect(session.statusLine.contains("No mark q: mq sets it"))
    #expect(session.location == .resolution(file: Self.ccpcj))
  }

  @Test func marksFromAnEarlierSessionAndTheBookmarksPage() {
    let state = ReaderState(
      marks: ["b": SavedPlace(file: Self.ccpcj, ref: "12", label: "CCPCJ 5/2")],
      recent: [SavedPlace(file: Self.ga, ref: "14", label: "GA 55/64")])
    var session = Fixture.session(state: state)
    // Opening the first row at start is not a visit the reader chose.
    #expect(session.readerState == state)
    session.press(.character("B"))
    #expect(session.location == .bookmarks)
    let text = session.documentLines.joined(separator: "\n")
    #expect(text.contains("b  CCPCJ 5/2 · 12"))
    #expect(text.contains("1  GA 55/64 · 14"))
    #expect(session.linkLabels == ["CCPCJ 5/2 · 12", "GA 55/64 · 14"])
    // Enter on the mark opens it at its paragraph, and the visit is recorded.
    session.press(.enter)
    #expect(session.location == .resolution(file: Self.ccpcj))
    #expect(session.cursorParagraph == "12")
    #expect(session.readerState.recent.last?.file == Self.ccpcj)
    // Del on the bookmarks page forgets the entry under the cursor.
    session.press(.character("B"))
    session.press(.delete)
    #expect(session.readerState.marks["b"] == nil)
    #expect(!session.documentLines.joined().contains("b  CCPCJ"))
  }

  @Test func leavingAPageKeepsTheParagraphReachedInRecent() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character(":"))
    session.type("GA 55/64#14")
    session.press(.enter)
    session.press(.character(":"))
    session.type("CCPCJ 5/2")
    session.press(.enter)
    let ga = session.readerState.recent.first { $0.file == Self.ga }
    #expect(ga?.ref == "14")
    #expect(session.readerState.recent.last?.file == Self.ccpcj)
  }

  @Test func absentPagesAndTitlesKeepNoParagraph() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character(":"))
    session.type("GA 46/152")
    session.press(.enter)
    session.press(.character("j"), .character("j"))
    session.press(.character(":"))
    session.type("CCPCJ 5/2")
    session.press(.enter)
    session.press(.character("q"))
    let absent = session.readerState.recent.first { $0.absent != nil }
    #expect(absent?.absent?.description == "GA 46/152")
    #expect(absent?.ref == nil)
    #expect(session.readerState.recent.last?.file == Self.ccpcj)
    #expect(session.readerState.recent.last?.ref == nil)
  }

  @Test func copyReferenceGivesTheClipboardTheCitationForm() {
    var session = Fixture.session(open: "GA 55/64#7")
    session.press(.character("y"))
    // UN style: the body's name and the date; y again at once gives the short form.
    #expect(session.clipboard?.text == "General Assembly resolution 55/64 of 4 December 2000, para. 7")
    #expect(session.statusLine.contains("Copied: General Assembly resolution 55/64 of 4 December 2000, para. 7"))
    let first = session.clipboard?.serial
    session.press(.character("y"))
    #expect(session.clipboard?.serial != first)
    #expect(session.clipboard?.text == "GA resolution 55/64, para. 7")
    session.press(.character("j"), .character("y"))
    #expect(session.clipboard?.text == "General Assembly resolution 55/64 of 4 December 2000, para. 8")
    // Y: the text with its reference.
    session.press(.character("k"), .character("Y"))
    let quoted = session.clipboard?.text ?? ""
    #expect(quoted.hasPrefix("“Invites all States to support"), "\(quoted)")
    #expect(quoted.hasSuffix("” (General Assembly resolution 55/64 of 4 December 2000, para. 7)"), "\(quoted)")
    var ecosoc = Fixture.session(open: "ECOSOC 1992/22#IV.3(h)")
    ecosoc.press(.character("y"))
    #expect(
      ecosoc.clipboard?.text
        == "Economic and Social Council resolution 1992/22 of 30 July 1992, sect. IV, para. 3 (h)")
  }

  @Test func configKeysAddUnbindAndShowInHelp() {
    let config = ReaderConfig(
      text: """
        [keys]
        follow = "o"
        sort = "none"
        quit = ["Q", "Ctrl-X"]
        bogus = "x"
        down = "Ctrl-Y-too"
        """, file: "/home/me/.config/resolute/config.toml")
    #expect(config.problems.map(\.line) == [5, 6])
    var session = Fixture.session(config: config)
    #expect(session.statusLine.contains("config.toml line 5: no command “bogus” (listed on quit)"))
    // `o` opens the selected row as Enter does; `s` no longer sorts; Q quits.
    session.press(.character("o"))
    #expect(session.focus == .viewer)
    let sort = session.listSort
    session.press(.alt("1"), .character("s"))
    #expect(session.listSort == sort)
    #expect(session.press(.character("Q")) == .quit)
    var help = Fixture.session(config: config)
    help.press(.character("?"))
    let screen = help.screenText
    #expect(screen.contains("o Enter"))
    // The config file is named on the help's first screen.
    #expect(screen.contains("/home/me/.config/resolute/config.toml"))
  }
}
