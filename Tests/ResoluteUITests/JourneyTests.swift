import ResoluteUI
import ResolutionKit
import Testing

/// The reader's journey of the issue, on the real corpus: open GA 55/64, Tab to the link to GA 46/152, Enter (the
/// absent page lists ECOSOC 1992/22, CCPCJ 5/2 and GA 55/64 as citing it), follow the link to ECOSOC 1992/22,
/// Backspace twice back to GA 55/64, `:CCPCJ 5/2`, `?` then `q`.
@Suite(.enabled(if: Fixture.hasCitations, "needs the citations work (resolution.citations)"))
struct JourneyTests {
  /// Selects GA 55/64 in the list the way a reader does (j until it is selected) and opens it.
  static func openGA5564(_ session: inout BrowserSession) {
    for _ in 0..<session.listedIDs.count where session.selectedListID != "GA 55/64" { session.press(.character("j")) }
    #expect(session.selectedListID == "GA 55/64")
    session.press(.enter)
  }

  @Test func readerJourney() {
    var session = Fixture.session(width: 80, height: 24)
    Self.openGA5564(&session)
    #expect(
      session.location == .resolution(file: "\(Fixture.corpusPath)/ga-55-64-strengthening-the-programme.txt")
        || session.trail == ["GA 55/64"])
    // Opening from the list keeps where the reader was (the first row, shown at start) in the trail.
    #expect(session.trail == ["ECOSOC 1992/22", "GA 55/64"])
    #expect(session.focus == .viewer)

    // Tab until the selected link is the citation of GA 46/152 (the first one, in the first preambular paragraph).
    session.press(.tab)
    guard case .citation(let citation)? = session.selectedLink?.target else {
      Issue.record("Tab selected no citation: \(String(describing: session.selectedLink))")
      return
    }
    #expect(citation.target?.description == "GA 46/152")
    #expect(session.cursorParagraph == "PP1")
    // The selected link is drawn reversed on screen.
    let screen = session.screen
    let reversed = screen.cells.filter { $0.style.role == .linkSelected && $0.style.reverse }.map(\.grapheme).joined()
    #expect(reversed.contains("46/152"))

    session.press(.enter)
    #expect(session.trail == ["ECOSOC 1992/22", "GA 55/64#PP1", "GA 46/152 (absent)"])
    let page = session.screenText
    for citing in ["ECOSOC 1992/22", "CCPCJ 5/2", "GA 55/64"] {
      #expect(page.contains(citing), "absent page at 80x24 should name \(citing) as citing GA 46/152")
    }
    #expect(session.statusLine.hasPrefix("ECOSOC 1992/22 › GA 55/64#PP1 › GA 46/152 (absent)"))

    // Follow the (first) link to ECOSOC 1992/22.
    for _ in 0..<session.linkLabels.count {
      if case .paragraph(_, _)? = session.selectedLink?.target,
        session.selectedLink?.label.hasPrefix("ECOSOC 1992/22") == true
      {
        break
      }
      session.press(.tab)
    }
    #expect(session.selectedLink?.label.hasPrefix("ECOSOC 1992/22") == true)
    session.press(.enter)
    #expect(session.trail == ["ECOSOC 1992/22", "GA 55/64#PP1", "GA 46/152 (absent)", "ECOSOC 1992/22"])
    #expect(session.statusLine.hasPrefix("… › GA 46/152 (absent) › ECOSOC 1992/22"))
    #expect(session.screenText.contains("ECOSOC 1992/22 · E/RES/1992/22"))

    session.press(.backspace, .backspace)
    #expect(session.trail == ["ECOSOC 1992/22", "GA 55/64#PP1"])
    // Back where we were: the paragraph and the link we followed.
    #expect(session.cursorParagraph == "PP1")
    #expect(session.selectedLink?.label == citation.text)

    session.press(.character(":"))
    session.type("CCPCJ 5/2")
    #expect(session.statusLine.hasPrefix(":CCPCJ 5/2"))
    session.press(.enter)
    #expect(session.trail == ["ECOSOC 1992/22", "GA 55/64#PP1", "CCPCJ 5/2"])
    #expect(session.screenText.contains("CCPCJ 5/2"))

    session.press(.character("?"))
    #expect(session.isHelpVisible)
    #expect(session.screenText.contains("Shift-Tab"))
    // From the help overlay q closes the overlay; a second q quits.
    #expect(session.press(.character("q")) == .redraw)
    #expect(!session.isHelpVisible)
    #expect(session.press(.character("q")) == .quit)
  }

  @Test func forwardAfterBack() {
    var session = Fixture.session(open: "GA 55/64")
    session.press(.tab, .enter)
    #expect(session.trail == ["GA 55/64#PP1", "GA 46/152 (absent)"])
    session.press(.backspace)
    #expect(session.trail == ["GA 55/64#PP1"])
    session.press(.character("L"))
    #expect(session.trail == ["GA 55/64#PP1", "GA 46/152 (absent)"])
    session.press(.character("]"))
    #expect(session.message == "Nothing to go forward to")
  }

  @Test func absentPageListsEveryCitingParagraphAsALink() throws {
    var session = Fixture.session(open: "GA 46/152")
    #expect(session.trail == ["GA 46/152 (absent)"])
    let graph = CitationGraph(corpus: Fixture.corpus)
    let absent = try #require(graph.absentResolution(ResolutionID(body: .ga, number: "46/152")))
    let paragraphLinks = session.linkLabels
    #expect(paragraphLinks.count == absent.citedBy.count)
    // Enter on the last citing paragraph opens that resolution at that paragraph.
    session.press(.backTab)
    guard case .paragraph(let file, let ref)? = session.selectedLink?.target else {
      Issue.record("Shift-Tab should select the last citing paragraph")
      return
    }
    session.press(.enter)
    #expect(session.location == .resolution(file: file))
    #expect(session.cursorParagraph == ref)
  }

  /// A citation that resolved to a paragraph (pinpoint into another resolution, or an internal reference such as
  /// "paragraph 2 of the present section") lands on that paragraph.
  @Test func resolvedCitationLandsOnItsParagraph() throws {
    let candidates = Fixture.corpus.resolutions.flatMap { resolution in
      resolution.citations.filter { $0.resolvedParagraph != nil }.map { (resolution, $0) }
    }
    try #require(!candidates.isEmpty, "the corpus has no citation resolved to a paragraph")
    for (source, citation) in candidates {
      var session = Fixture.session(open: "\(source.displayID)#\(citation.ref)")
      for _ in 0..<session.linkLabels.count {
        if case .citation(let selected)? = session.selectedLink?.target, selected == citation { break }
        session.press(.tab)
      }
      guard case .citation(let selected)? = session.selectedLink?.target, selected == citation else {
        Issue.record("Tab never reached \(citation.text) in \(source.displayID) \(citation.ref)")
        continue
      }
      session.press(.enter)
      #expect(
        session.cursorParagraph == citation.resolvedParagraph?.description, "\(source.displayID) \(citation.ref): \(citation.text)")
      #expect(session.trail.count == 2)
    }
  }
}
