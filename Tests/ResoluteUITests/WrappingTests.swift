@testable import ResoluteUI
import ResolutionKit
import Testing

/// Wrapping with hanging indents, and reading movement through paragraphs taller than the screen.
@Suite struct WrappingTests {
  static let text = TerminalText(unicode: true, placeholder: Theme.placeholder(colors: true))

  static func lines(_ wrapped: [[TextCell]]) -> [String] { wrapped.map(\.plainText) }

  @Test func hangingIndentUnderTheNumber() {
    let cells = Self.text.cells("Invites all States to support the Fund;", style: .plain)
    let prefix = Self.text.cells("12. ", style: .plain)
    let wrapped = LineWrapper.wrap(cells, width: 20, prefix: prefix, indent: 4)
    #expect(Self.lines(wrapped) == ["12. Invites all", "    States to", "    support the", "    Fund;"])
    #expect(wrapped.allSatisfy { $0.screenWidth <= 20 })
  }

  @Test func longWordsBreakAndHyphensAreBreakPoints() {
    let wrapped = LineWrapper.wrap(Self.text.cells("money-laundering abcdefghijklmnop", style: .plain), width: 8)
    #expect(Self.lines(wrapped) == ["money-", "launderi", "ng", "abcdefgh", "ijklmnop"])
  }

  @Test func plainTextKeepsItsSpacesAndForcedBreaks() {
    var cells = Self.text.cells("  a   b", style: .plain)
    cells.append(.lineBreak(style: .plain))
    cells += Self.text.cells("c", style: .plain)
    #expect(Self.lines(LineWrapper.wrap(cells, width: 20, keepSpaces: true)) == ["  a   b", "c"])
    #expect(Self.lines(LineWrapper.wrap(cells, width: 20)) == ["a b", "c"])
  }

  @Test func wideCharactersNeverStraddleTheEdge() {
    let wrapped = LineWrapper.wrap(Self.text.cells("日本語日本語", style: .plain), width: 5)
    #expect(Self.lines(wrapped) == ["日本", "語日", "本語"])
    #expect(LineWrapper.wrap(Self.text.cells("anything", style: .plain), width: 0).isEmpty)
  }

  /// A narrower pane re-wraps the text; the paragraph at the top of the view stays there (the search results' wider
  /// list once showed the preview several paragraphs away from the result).
  @Test func rewrappingKeepsTheTopParagraphInView() throws {
    let resolution = try #require(Fixture.corpus.resolutions.first { $0.id?.description == "ECOSOC 1992/22" })
    let document = ResolutionDocument.build(resolution, presentation: Presentation(capabilities: Fixture.color))
    var view = DocumentView(document: document, width: 53)
    let landed = view.land(on: "VI.1(b)", height: 16)
    #expect(landed)
    let block = try #require(view.cursorBlock)
    for width in [40, 25, 70, 53] {
      view.setWidth(width)
      #expect(view.wrapped.lines[view.scroll].block == block, "width \(width)")
    }
  }

  @Test func jReadsATallParagraphBeforeMovingOn() {
    var session = Fixture.session(width: 20, height: 6, open: "GA 55/64#7")
    let first = session.screenText
    #expect(first.contains("7. Invites all"))
    session.press(.character("j"))
    #expect(session.cursorParagraph == "7")
    #expect(session.screenText != first)
    for _ in 0..<20 where session.cursorParagraph == "7" { session.press(.character("j")) }
    #expect(session.cursorParagraph == "8")
    session.press(.character("k"))
    #expect(session.cursorParagraph == "7")
  }

  @Test func controlEScrollsOneLineAndKeepsTheCursor() {
    var session = Fixture.session(width: 80, height: 24, open: "GA 55/64#PP3")
    let before = session.screen.lines
    session.press(.control("e"))
    let after = session.screen.lines
    #expect(session.cursorParagraph == "PP3")
    // The viewer's rows moved up by one (columns right of the list), the title row aside.
    let viewer = { (line: String) in String(line.dropFirst(27)) }
    #expect(viewer(after[1]) == viewer(before[2]))
    #expect(viewer(after[10]) == viewer(before[11]))
    session.press(.control("y"))
    #expect(session.screen.lines == before)
  }
}
