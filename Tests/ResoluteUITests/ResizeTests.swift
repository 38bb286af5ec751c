import ResoluteUI
import ResolutionKit
import Testing

/// Any size renders, from 200x60 down to 20x6 and the absurd (0x0, 1x1), and resizing keeps the reader's place.
@Suite struct ResizeTests {
  /// Draws a session at its size and checks the grid is whole and safe.
  static func check(_ session: BrowserSession, _ comment: @autoclosure () -> String) {
    let screen = session.screen
    #expect(screen.width == session.width && screen.height == session.height, "\(comment())")
    #expect(screen.isTerminalSafe, "\(comment())")
    #expect(screen.continuationsAreConsistent, "\(comment())")
    if session.height >= 1 && session.width >= 20 {
      // The status line is the bottom row and starts with the trail (its oldest items, or … when they do not fit).
      let status = screen.lines.last ?? ""
      #expect(
        status.hasPrefix(String(session.trail.first?.prefix(5) ?? "")) || status.hasPrefix("…"), "\(comment())")
    }
  }

  @Test func everySizeFrom20x6To200x60() {
    var session = Fixture.session(open: "ECOSOC 1992/22#IV.3")
    session.press(.tab)
    for width in 20...200 {
      // Every width at a few heights, and every height at a few widths: the grid of all 10,000 sizes adds nothing.
      for height in [6, 13, 24, 60] {
        session.press(.resize(width: width, height: height))
        Self.check(session, "\(width)x\(height)")
      }
    }
    for height in 6...60 {
      for width in [20, 59, 60, 80, 200] {
        session.press(.resize(width: width, height: height))
        Self.check(session, "\(width)x\(height)")
      }
    }
    #expect(session.cursorParagraph != nil)
  }

  @Test(arguments: [(0, 0), (1, 1), (1, 40), (200, 1), (2, 2), (5, 3), (19, 5), (300, 2), (7, 100), (59, 13), (60, 14)])
  func oddSizes(size: (Int, Int)) {
    var session = Fixture.session(width: size.0, height: size.1, open: "GA 55/64#7")
    Self.check(session, "\(size)")
    // Keys at that size must not crash either.
    for key: Key in [
      .tab, .enter, .character("j"), .pageDown, .character("G"), .backspace, .character("?"), .escape,
      .character("w"), .alt("3"), .mouseClick(x: 0, y: 0), .mouseWheelDown(x: 1, y: 1), .alt("1"), .character("5"),
      .character("j"), .control("d"), .character("="), .enter,
    ] {
      session.press(key)
      Self.check(session, "\(size) after \(key)")
    }
  }

  @Test func resizeKeepsTheCursorParagraphInView() {
    var session = Fixture.session(width: 120, height: 40, open: "ECOSOC 1992/22#IV.3")
    #expect(session.cursorParagraph == "IV.3")
    session.press(.resize(width: 50, height: 12))
    #expect(session.cursorParagraph == "IV.3")
    session.press(.resize(width: 90, height: 30))
    #expect(session.screenText.contains("Recommends that the following activities"))
  }

  @Test func wideTerminalsGiveTheTextMoreRoom() {
    let standard = Fixture.session(width: 80, height: 24, open: "GA 55/64")
    let wide = Fixture.session(width: 160, height: 24, open: "GA 55/64")
    let standardWidth = standard.documentLines.map(\.count).max() ?? 0
    let wideWidth = wide.documentLines.map(\.count).max() ?? 0
    #expect(wideWidth > standardWidth + 60)
  }

  @Test func renderingIsDeterministicAndToleratesABufferOfAnotherSize() {
    var session = Fixture.session(open: "ECOSOC 1992/22#IV.3")
    session.press(.tab)
    #expect(session.screen == session.screen)
    for (width, height) in [(10, 3), (300, 100), (80, 1), (1, 24)] {
      var buffer = ScreenBuffer(width: width, height: height)
      session.render(into: &buffer)
      #expect(buffer.isTerminalSafe)
      #expect(buffer.continuationsAreConsistent)
    }
  }

  @Test func theHelpOverlayScrollsWhenItDoesNotFit() {
    var session = Fixture.session(width: 40, height: 10)
    session.press(.character("?"))
    let top = session.screenText
    #expect(top.contains("Reading"))
    session.press(.character("x"))  // not a help key: ignored
    #expect(session.screenText == top)
    session.press(.character("G"))
    #expect(session.screenText.contains("quit"))
    #expect(!session.screenText.contains("Reading"))
    session.press(.character("g"))
    #expect(session.screenText == top)
    session.press(.character("q"))
    #expect(!session.isHelpVisible)
  }
}
