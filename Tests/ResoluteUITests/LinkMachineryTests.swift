import ResoluteUI
import ResolutionKit
import Testing

/// The link machinery on a small resolution built in memory: two present resolutions and one absent, with a pinpoint
/// citation, an internal reference, a document symbol and a footnote marker, at known UTF-8 ranges.
@Suite struct LinkMachineryTests {
  static func corpus() -> Corpus {
    var target = Resolution(file: "mem/target.txt", plainText: "")
    target.id = ResolutionID(body: .ga, number: "10/1")
    target.body = .ga
    target.number = "10/1"
    target.title = "The target"
    target.preamble = [PreambularParagraph(ref: "PP1", verb: "Noting", text: "Noting things,", line: 3)]
    target.operative = (1...12).map {
      OperativeParagraph(
        ref: ParagraphRef("\($0)")!, number: $0, section: nil, verb: "Decides", text: "Decides point \($0);", line: 4 + $0)
    }

    var source = Resolution(file: "mem/source.txt", plainText: "")
    source.id = ResolutionID(body: .ga, number: "20/2")
    source.body = .ga
    source.number = "20/2"
    source.title = "The source"
    let pp1 = "Recalling paragraph 9 of its resolution 10/1 and its resolution 5/5 of 1 May 1950,"
    let op1 = "Takes note of the report (A/20/100) and of paragraph 2 below;"
    let op2 = "Decides to continue; the café is open"
    source.preamble = [PreambularParagraph(ref: "PP1", verb: "Recalling", text: pp1, line: 3)]
    source.operative = [
      OperativeParagraph(ref: "1", number: 1, section: nil, verb: "Takes note", text: op1, line: 5),
      OperativeParagraph(ref: "2", number: 2, section: nil, verb: "Decides", text: op2, line: 7),
    ]
    func range(_ text: String, in paragraph: String) -> Range<Int> {
      let bytes = Array(paragraph.utf8)
      let needle = Array(text.utf8)
      let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
      return start..<(start + needle.count)
    }
    source.citations = [
      Citation(
        ref: "PP1", text: "paragraph 9 of its resolution 10/1", target: .resolution(ResolutionID(body: .ga, number: "10/1")),
        pinpoint: Pinpoint([.paragraphs("9", plural: false)]),
        kind: .resolution, resolved: "mem/target.txt", resolvedParagraph: "9", line: 3,
        range: range("paragraph 9 of its resolution 10/1", in: pp1)),
      Citation(
        ref: "PP1", text: "its resolution 5/5 of 1 May 1950", target: .resolution(ResolutionID(body: .ga, number: "5/5")),
        kind: .resolution,
        date: CalendarDate(year: 1950, month: 5, day: 1), subject: nil, line: 3,
        range: range("its resolution 5/5 of 1 May 1950", in: pp1)),
      Citation(
        ref: "1", text: "A/20/100", target: .document(symbol: "A/20/100"), kind: .document, line: 5, range: range("A/20/100", in: op1)),
      Citation(
        ref: "1", text: "paragraph 2 below", target: .paragraph(ParagraphRef(place: .paragraph(section: nil, number: 2, label: nil, occurrence: nil))),
        kind: .internal, resolvedParagraph: "2", line: 5,
        range: range("paragraph 2 below", in: op1)),
    ]
    // A footnote marker after "café" (an offset past a two-byte character).
    source.footnotes = [
      FootnoteReference(marker: "7", ref: "2", text: "See its resolution 10/1, para. 3.", line: 7, offset: op2.utf8.count - 8),
      FootnoteReference(marker: "8", ref: "2", text: nil, line: 7, offset: op2.utf8.count),
    ]
    let note = "See its resolution 10/1, para. 3."
    source.footnoteTexts = [FootnoteText(marker: "7", text: note, line: 9)]
    source.citations.append(
      Citation(
        ref: "fn7", text: "its resolution 10/1, para. 3", target: .resolution(ResolutionID(body: .ga, number: "10/1")),
        pinpoint: Pinpoint([.paragraphs("3", plural: false)]), kind: .resolution,
        resolved: "mem/target.txt", resolvedParagraph: "3", line: 9, range: range("its resolution 10/1, para. 3", in: note)))
    return Corpus(root: "mem", resolutions: [source, target], warnings: [])
  }

  static func session(width: Int = 100, height: Int = 30, capabilities: TerminalCapabilities = Fixture.color)
    -> BrowserSession
  {
    Fixture.session(width: width, height: height, capabilities: capabilities, open: "GA 20/2", corpus: corpus())
  }

  @Test func tabVisitsEveryLinkInReadingOrderAndWraps() {
    var session = Self.session()
    #expect(
      session.linkLabels == [
        "paragraph 9 of its resolution 10/1", "its resolution 5/5 of 1 May 1950", "A/20/100", "paragraph 2 below", "7",
        "8", "its resolution 10/1, para. 3",
      ])
    var visited: [String] = []
    for _ in 0..<8 {
      session.press(.tab)
      visited.append(session.selectedLink?.label ?? "-")
    }
    #expect(visited == session.linkLabels + [session.linkLabels[0]])
    session.press(.backTab)
    #expect(session.selectedLink?.label == "its resolution 10/1, para. 3")
    #expect(session.cursorParagraph == "fn7")
    session.press(.backTab)
    #expect(session.selectedLink?.label == "8")
    #expect(session.cursorParagraph == "2")
  }

  @Test func linksAreDrawnWhereTheirRangesAre() {
    var session = Self.session()
    session.press(.tab)
    let screen = session.screen
    let selected = screen.cells.filter { $0.style.role == .linkSelected }.map(\.grapheme).joined()
    #expect(selected == "paragraph 9 of its resolution 10/1")
    let links = screen.cells.filter { $0.style.role == .link }.map(\.grapheme).joined()
    #expect(links.contains("its resolution 5/5 of 1 May 1950"))
    #expect(session.screenText.contains("the café⁷ is open⁸"))
  }

  @Test func followingAPinpointLandsOnTheParagraph() {
    var session = Self.session(height: 12)
    session.press(.tab, .enter)
    #expect(session.trail == ["GA 20/2#PP1", "GA 10/1#9"])
    #expect(session.cursorParagraph == "9")
    #expect(session.screenText.contains("Decides point 9;"))
    session.press(.backspace)
    #expect(session.cursorParagraph == "PP1")
    #expect(session.selectedLink?.label == "paragraph 9 of its resolution 10/1")
  }

  @Test func followingACitationOfAnAbsentResolutionOpensItsPage() {
    var session = Self.session()
    session.press(.tab, .tab, .enter)
    #expect(session.trail == ["GA 20/2#PP1", "GA 5/5 (absent)"])
    let text = session.documentLines.joined(separator: "\n")
    #expect(text.contains("1 May 1950"))
    #expect(text.contains("Cited by 1 resolution: GA 20/2"))
    #expect(session.linkLabels == ["GA 20/2 · PP1"])
    session.press(.enter)  // the only link of the cursor's paragraph
    #expect(session.trail == ["GA 20/2#PP1", "GA 5/5 (absent)", "GA 20/2#PP1"])
    #expect(session.cursorParagraph == "PP1")
  }

  @Test func documentsAndInternalReferences() {
    var session = Self.session()
    session.press(.tab, .tab, .tab, .enter)
    #expect(session.message?.contains("A/20/100 is a document") == true)
    #expect(session.trail == ["GA 20/2#1"])
    session.press(.tab, .enter)
    #expect(session.cursorParagraph == "2")
    #expect(session.trail == ["GA 20/2#1", "GA 20/2#2"])
  }

  @Test func followingAFootnoteMarkerFocusesTheFootnote() {
    var session = Self.session()
    for _ in 0..<5 { session.press(.tab) }
    #expect(session.selectedLink?.label == "7")
    session.press(.enter)
    #expect(session.focus == .notes)
    #expect(session.notesLines.contains { $0.contains("⁷ See its resolution 10/1, para. 3.") })
    #expect(session.notesLines.contains { $0.contains("footnote 8: not in this file") })
    // The focused entry is marked in the footnote pane's gutter.
    let screen = session.screen
    let row = screen.lines.lastIndex { $0.contains("See its resolution 10/1") }
    #expect(row.map { screen.lines[$0].contains("▌ ⁷") } == true)
    session.press(.escape)
    #expect(session.focus == .viewer)
  }

  @Test func citationsInsideAFootnoteCanBeFollowedFromTheFootnotePane() {
    var session = Self.session()
    for _ in 0..<5 { session.press(.tab) }
    session.press(.enter)  // the marker ⁷: focus its footnote
    #expect(session.focus == .notes)
    session.press(.enter)  // the footnote's citation
    #expect(session.trail == ["GA 20/2#2", "GA 10/1#3"])
    #expect(session.cursorParagraph == "3")
    // The same citation is a link in the viewer's notes section too.
    session.press(.backspace)
    #expect(session.linkLabels.contains("its resolution 10/1, para. 3"))
  }

  @Test func theResolverDescribesWhereEachCitationLeads() {
    var session = Self.session(width: 160, height: 40)
    session.press(.character("j"))
    #expect(session.cursorParagraph == "PP1")
    let notes = session.notesLines.joined(separator: " ")
    #expect(notes.contains("GA 10/1: The target"))
    #expect(notes.contains("lands on paragraph 9"))
    #expect(notes.contains("GA 5/5 not in corpus"))
    #expect(notes.contains("1 May 1950"))
    #expect(notes.contains("cited by 1 resolution"))
  }

  @Test func clickingALinkSelectsIt() throws {
    var session = Self.session()
    let screen = session.screen
    let row = try #require(screen.lines.firstIndex { $0.contains("5/5 of") })
    let column = try #require(screen.lines[row].firstRange(of: "5/5")).lowerBound
    let x = screen.lines[row].distance(from: screen.lines[row].startIndex, to: column)
    session.press(.mouseClick(x: x, y: row))
    #expect(session.selectedLink?.label == "its resolution 5/5 of 1 May 1950")
  }
}
