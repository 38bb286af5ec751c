import ResoluteUI
import ResolutionKit
import Testing

@Suite struct TrailTests {
  @Test func startsWithTheOpenedResolutionAlone() {
    let session = Fixture.session(open: "GA 55/64")
    #expect(session.trail == ["GA 55/64"])
    #expect(session.statusLine.hasPrefix("GA 55/64  "))
  }

  @Test func openingFromTheListKeepsTheTrail() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.character(":"))
    session.type("CCPCJ 5/2")
    session.press(.enter)
    #expect(session.trail == ["GA 55/64", "CCPCJ 5/2"])
    session.press(.alt("1"), .character("g"), .enter)
    #expect(session.trail == ["GA 55/64", "CCPCJ 5/2", session.listedIDs[0]])
    // Back returns through every step, as a browser's does.
    session.press(.backspace)
    #expect(session.trail == ["GA 55/64", "CCPCJ 5/2"])
  }

  @Test(.enabled(if: Fixture.hasCitations)) func usesTheSeparatorOfTheTerminal() {
    var unicode = Fixture.session(open: "GA 55/64")
    unicode.press(.tab, .enter)
    // The first item names the paragraph going back returns to: the one whose link was followed.
    #expect(unicode.statusLine.hasPrefix("GA 55/64#PP1 › GA 46/152 (absent)  "))
    var ascii = Fixture.session(capabilities: Fixture.ascii, open: "GA 55/64")
    ascii.press(.tab, .enter)
    #expect(ascii.trailText == "GA 55/64#PP1 > GA 46/152 (absent)")
    #expect(ascii.statusLine.hasPrefix("GA 55/64#PP1 > GA 46/152 (absent)  "))
  }

  @Test func aLongTrailKeepsTheCurrentItem() {
    var session = Fixture.session(width: 40, height: 10, open: "GA 55/64")
    for id in ["CCPCJ 5/2", "ECOSOC 1992/22", "ECOSOC 2002/17", "GA 55/64", "CCPCJ 5/2"] {
      session.press(.character(":"))
      session.type(id)
      session.press(.enter)
    }
    #expect(session.trail.count == 6)
    #expect(session.trail.last == "CCPCJ 5/2")
    #expect(session.statusLine.hasPrefix("…"))
    #expect(session.statusLine.contains("CCPCJ 5/2"))
  }
}
