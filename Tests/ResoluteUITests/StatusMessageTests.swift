import ResoluteUI
import Testing

/// Status messages are never cut mid-word at 80 columns: the trail gives way first, then whole words (issue 14).
@Suite struct StatusMessageTests {
  @Test func aLongMessageKeepsWholeWords() {
    var session = Fixture.session(open: "GA 55/64#7")
    session.press(.character(":"))
    session.type("ECOSOC 55/64 and a great many more words that cannot all fit on one status line at all")
    session.press(.enter)
    let message = session.message ?? ""
    #expect(message.count > 80)
    let shown = session.statusLine
    #expect(shown.hasSuffix("…"), "\(shown)")
    let kept = String(shown.dropLast())
    // Everything shown is the start of the message, ending where a word ends.
    #expect(message.hasPrefix(kept), "\(shown)")
    let next = message.dropFirst(kept.count).first
    #expect(next == " " || next == "," || next == ":", "cut mid-word: \(shown)")
  }

  @Test func aMessageThatFitsWithoutTheTrailDropsTheTrail() {
    var session = Fixture.session(open: "GA 55/64#7")
    session.press(.character("y"))
    let shown = session.statusLine
    #expect(shown == "Copied: General Assembly resolution 55/64 of 4 December 2000, para. 7", "\(shown)")
    var short = Fixture.session(open: "GA 55/64#7")
    short.press(.character("n"))
    #expect(short.statusLine.hasPrefix("GA 55/64#7  No search yet"), "\(short.statusLine)")
  }
}
