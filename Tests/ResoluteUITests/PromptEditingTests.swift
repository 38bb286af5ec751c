import ResoluteUI
import Testing

/// Prompts edit like readline, keep their history, complete ids, and `:` reads what people paste (issue 14).
@Suite struct PromptEditingTests {
  @Test func cursorKeysAndReadlineDeletions() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character(":"))
    session.type("GA 55/4")
    session.press(.left)
    session.type("6")
    #expect(session.promptText == ":GA 55/64")
    #expect(session.promptCursor == 8)
    session.press(.control("a"))
    #expect(session.promptCursor == 1)
    session.press(.control("e"), .control("w"))
    #expect(session.promptText == ":GA ")
    session.type("55/64 extra")
    session.press(.left, .left, .left, .left, .left, .control("k"))
    #expect(session.promptText == ":GA 55/64 ")
    session.press(.control("u"))
    #expect(session.promptText == ":")
    session.type("CCPCJ 5/2")
    // The cursor is drawn where it is: on the status line, the prompt reads as typed.
    #expect(session.statusLine.hasPrefix(":CCPCJ 5/2"))
    session.press(.enter)
    #expect(session.trail.last == "CCPCJ 5/2")
  }

  @Test func upAndDownBrowseTheHistoryWhichIsKept() {
    var session = Fixture.session(open: "GA 55/64")
    for target in ["CCPCJ 5/2", "ECOSOC 1992/22"] {
      session.press(.character(":"))
      session.type(target)
      session.press(.enter)
    }
    session.press(.character(":"))
    session.type("draft")
    session.press(.up)
    #expect(session.promptText == ":ECOSOC 1992/22")
    session.press(.up)
    #expect(session.promptText == ":CCPCJ 5/2")
    session.press(.down, .down)
    #expect(session.promptText == ":draft")
    session.press(.escape)
    // Another session given the history (as the executable does from the state folder) offers the same lines.
    #expect(session.promptHistory.lines["goto"] == ["CCPCJ 5/2", "ECOSOC 1992/22"])
    #expect(session.promptHistoryRevision == 2)
  }

  @Test func tabCompletesIds() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character(":"))
    session.type("ccpcj")
    session.press(.tab)
    #expect(session.promptText == ":CCPCJ 5/2")
    session.press(.control("u"))
    session.type("ecosoc 1992/2")
    session.press(.tab)
    #expect(session.promptText == ":ECOSOC 1992/22")
    session.press(.control("u"))
    session.type("ECOSOC")
    session.press(.tab)
    #expect(session.message?.contains("ids: ECOSOC") == true, "\(session.message ?? "")")
  }

  @Test func searchAllStartsEmpty() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character("F"))
    session.type("juvenile")
    session.press(.enter)
    session.press(.character("F"))
    #expect(session.promptText == "Search all: ")
  }

  @Test(arguments: [
    ("GA resolution 55/64, para. 7", "GA 55/64#7"),
    ("A/RES/55/64 para 7", "GA 55/64#7"),
    ("General Assembly resolution 55/64", "GA 55/64"),
    ("General Assembly resolution 55/64 of 4 December 2000, para. 7", "GA 55/64#7"),
    ("E/RES/1992/22", "ECOSOC 1992/22"),
    ("ga 55/64, para. 7", "GA 55/64#7"),
    ("ECOSOC resolution 1992/22, sect. IV, para. 3 (h)", "ECOSOC 1992/22#IV.3(h)"),
    ("GA 55/64, preambular para. 3", "GA 55/64#PP3"),
  ])
  func colonReadsPastedReferences(pasted: String, trail: String) {
    var session = Fixture.session(open: "CCPCJ 5/2")
    session.press(.character(":"))
    session.type(pasted)
    session.press(.enter)
    #expect(session.trail.last == trail, "\(pasted): \(session.message ?? "")")
  }

  @Test func anUnknownIdOffersWhatIsClose() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character(":"))
    session.type("ECOSOC 55/64")
    session.press(.enter)
    #expect(session.message?.contains("did you mean GA 55/64?") == true, "\(session.message ?? "")")
  }
}
