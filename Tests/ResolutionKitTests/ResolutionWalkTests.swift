import ResolutionKit
import Testing

/// The walker's visiting order: title, preamble, operative paragraphs with their section headings and
/// subparagraphs, annexes, footnotes, on a real corpus file and on a made-up annexed text.
struct ResolutionWalkTests {
  /// Every visit as a short line: `kind ref` (`annex:` before the ref inside an annex).
  struct Recorder: ResolutionVisitor {
    var events: [String] = []
    mutating func visitTitle(_ title: String, line: Int?) { events.append("title") }
    mutating func willVisitAnnex(_ annex: Annex) { events.append("annex \(annex.refPrefix)") }
    mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {
      events.append("preambular \(paragraph.ref)")
    }
    mutating func visitSectionHeading(_ section: Section, in annex: Annex?) {
      events.append("heading \(section.number)|\(section.heading)")
    }
    mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) {
      events.append("operative \(paragraph.ref)")
    }
    mutating func visitSubparagraph(_ sub: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?) {
      events.append("sub \(sub.ref) of \(paragraph.ref)")
    }
    mutating func didVisitAnnex(_ annex: Annex) { events.append("end \(annex.refPrefix)") }
    mutating func visitFootnoteReference(_ footnote: FootnoteReference) {
      events.append("marker \(footnote.marker) in \(footnote.ref)")
    }
    mutating func visitFootnoteText(_ footnote: FootnoteText, referenced: Bool) {
      events.append("note \(footnote.ref)\(referenced ? "" : " unreferenced")")
    }
  }

  @Test func aRealSectionedResolutionIsWalkedInReadingOrder() {
    let resolution = Seeds.parse(1)  // ECOSOC 1992/22: sections, subparagraphs, footnotes.
    let events = resolution.walked(Recorder()).events
    #expect(!resolution.sections.isEmpty && !resolution.footnotes.isEmpty, "the walk covers sections and footnotes")

    var expected = resolution.title == nil ? [] : ["title"]
    expected += resolution.preamble.map { "preambular \($0.ref)" }
    var section: String?
    for paragraph in resolution.operative {
      if let number = paragraph.section, number != section {
        section = number
        expected.append("heading \(number)|\(resolution.sections.first { $0.number == number }?.heading ?? "")")
      }
      expected.append("operative \(paragraph.ref)")
      expected += paragraph.subparagraphs.map { "sub \($0.ref) of \(paragraph.ref)" }
    }
    expected += resolution.footnotes.map { "marker \($0.marker) in \($0.ref)" }
    let markers = Set(resolution.footnotes.map(\.marker))
    expected += resolution.footnoteTexts.map { "note \($0.ref)\(markers.contains($0.marker) ? "" : " unreferenced")" }
    #expect(events == expected)
    // Each section heading comes before its paragraphs: `I` before `I.1`.
    #expect(events.firstIndex(of: "heading I|" + (resolution.sections.first?.heading ?? "")) ?? 99
      < events.firstIndex { $0.hasPrefix("operative I.") } ?? 0)
    #expect(resolution.walked(TextNodeCollector()).nodes.map(\.ref).filter { !$0.hasPrefix("fn") && $0 != "title" }
      == resolution.paragraphRefs)
  }

  @Test func anAnnexedTextIsWalkedAnnexByAnnexAfterTheResolutionsOwnText() {
    let text = """
      Resolution 99/2. Made-up instruments

      The General Assembly,

      Recalling its earlier resolutions,¹

      1. Adopts the texts annexed to the present resolution;

      2. Invites States:

      (a) To apply them;

      (b) To report on them.

      99th plenary meeting
      1 March 2099


      Annex I

      Made-up Declaration

      Recognizing the made-up needs,

      1. We gather here.

      I. Shared commitments

      2. We commit to the made-up goals.

      Annex II

      Made-up Programme

      1. States should act.

      ¹ Resolution 98/1.
      """
    let resolution = ResolutionParser().parse(Array(text.utf8), file: "made-up.txt")
    let events = resolution.walked(Recorder()).events
    #expect(
      events == [
        "title", "preambular PP1", "operative 1", "operative 2", "sub 2(a) of 2", "sub 2(b) of 2",
        "annex annexI", "preambular annexI.PP1", "operative annexI.1", "heading I|Shared commitments",
        "operative annexI.2", "end annexI",
        "annex annexII", "operative annexII.1", "end annexII",
        "marker 1 in PP1", "note fn1",
      ], "\(events)")
    #expect(resolution.text(of: "annexII") == "Made-up Programme")
    #expect(resolution.line(of: "annexI.2") == 29)  // `2. We commit` is the 29th line of the text.
    #expect(resolution.searchableParagraphs.map(\.ref) == [
      "title", "PP1", "1", "2", "2(a)", "2(b)", "annexI", "annexI.PP1", "annexI.1", "annexI.2", "annexII",
      "annexII.1", "fn1",
    ])
  }
}
