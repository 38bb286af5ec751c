import ResoluteUI
import ResolutionKit
import Testing

/// History like a browser's (issue 14): every opening pushes one entry, the trail shows the paragraph, a failed or
/// same-place jump adds nothing, `''` toggles, and a restart resumes without overwriting what was saved.
@Suite struct HistoryHabitsTests {
  @Test func theTrailShowsTheParagraph() {
    var session = Fixture.session(open: "GA 55/64#7")
    #expect(session.trail == ["GA 55/64#7"])
    session.press(.character(":"))
    session.type("CCPCJ 5/2")
    session.press(.enter)
    #expect(session.trail == ["GA 55/64#7", "CCPCJ 5/2"])
  }

  @Test func aFailedJumpAddsNothingAndDoesNotMoveTheView() {
    var session = Fixture.session(open: "GA 55/64#3")
    session.press(.character(":"))
    session.type("CCPCJ 5/2#999")
    session.press(.enter)
    #expect(session.trail == ["GA 55/64#3"])
    #expect(session.cursorParagraph == "3")
    #expect(session.message?.contains("has no paragraph 999") == true)
    session.press(.character(":"))
    session.type("#999")
    session.press(.enter)
    #expect(session.trail == ["GA 55/64#3"])
    #expect(session.cursorParagraph == "3")
  }

  @Test func aJumpToWhereYouAreAddsNothing() {
    var session = Fixture.session(open: "GA 55/64#3")
    for target in ["GA 55/64#3", "#3", "3", "para. 3"] {
      session.press(.character(":"))
      session.type(target)
      session.press(.enter)
      #expect(session.trail == ["GA 55/64#3"], "\(target)")
    }
    session.press(.alt("1"))
    session.press(.enter)  // the list's selected row is the resolution shown
    #expect(session.trail == ["GA 55/64#3"])
  }

  @Test func colonTakesAParagraphNumberAndLenientRefs() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character(":"))
    session.type("5")
    session.press(.enter)
    #expect(session.cursorParagraph == "5")
    #expect(session.trail == ["GA 55/64", "GA 55/64#5"])
    var ecosoc = Fixture.session(open: "GA 55/64")
    ecosoc.press(.character(":"))
    ecosoc.type("ECOSOC 1992/22#iv.3 (h)")
    ecosoc.press(.enter)
    #expect(ecosoc.cursorParagraph == "IV.3(h)", "\(ecosoc.message ?? "")")
  }

  @Test func quoteQuoteTogglesBetweenTheLastTwoPlaces() {
    var session = Fixture.session(open: "GA 55/64#3")
    session.press(.character(":"))
    session.type("CCPCJ 5/2")
    session.press(.enter)
    session.press(.character(":"))
    session.type("ECOSOC 1992/22")
    session.press(.enter)
    session.press(.character("'"), .character("'"))
    #expect(session.trail.last == "CCPCJ 5/2")
    session.press(.character("'"), .character("'"))
    #expect(session.trail.last == "ECOSOC 1992/22")
    session.press(.character("'"), .character("'"))
    #expect(session.trail.last == "CCPCJ 5/2")
  }

  @Test func aRestartResumesAtTheLastPlaceAndParagraph() throws {
    var first = Fixture.session()
    first.press(.character(":"))
    first.type("ECOSOC 1992/22")
    first.press(.enter)
    first.press(.character(":"))
    first.type("#IV.3(h)")
    first.press(.enter)
    #expect(first.press(.character("q")) == .quit)
    let saved = first.readerState
    #expect(saved.recent.last?.ref == "IV.3(h)")

    var second = Fixture.session(state: saved)
    #expect(second.trail == ["ECOSOC 1992/22#IV.3(h)"])
    #expect(second.focus == .viewer)
    // Quitting at once keeps what was saved.
    second.press(.character("q"))
    #expect(second.readerState.recent.last?.ref == "IV.3(h)")
  }

  @Test func anAutomaticOpeningNeverOverwritesASavedPosition() {
    var first = Fixture.session()
    first.press(.character(":"))
    first.type("GA 55/64#7")
    first.press(.enter)
    first.press(.character("q"))
    let state = first.readerState
    #expect(state.recent.last?.ref == "7")
    // Opened at the title by --open, then quit: the 7 stays.
    var second = Fixture.session(open: "GA 55/64", state: state)
    #expect(second.cursorParagraph == "title")
    second.press(.character("q"))
    #expect(second.readerState.recent.last?.ref == "7")
    // Moved by the reader, it is saved.
    var third = Fixture.session(open: "GA 55/64", state: state)
    third.press(.character("G"), .character("q"))
    #expect(third.readerState.recent.last?.ref != "7")
  }
}
