import ResolutionKit
import Testing

/// One grammar for paragraph refs: what people type, read to the canonical form the model stores and prints.
struct ParagraphRefTests {
  @Test(arguments: [
    ("PP3", "PP3"), ("pp3", "PP3"), ("pp 3", "PP3"), ("preambular para. 3", "PP3"), ("preambular paragraph 3", "PP3"),
    ("7", "7"), ("para. 7", "7"), ("paragraph 7", "7"), ("op 7", "7"), (" 7 ", "7"),
    ("IV.3", "IV.3"), ("iv.3", "IV.3"), ("IV.3(h)", "IV.3(h)"), ("iv.3 (h)", "IV.3(h)"), ("iv . 3 ( h )", "IV.3(h)"),
    ("sect. IV, para. 3 (h)", "IV.3(h)"), ("section IV, paragraph 3(h)", "IV.3(h)"), ("3(a)", "3(a)"),
    ("26 (d)", "26(d)"), ("1-2", "1-2"), ("3(a)-2", "3(a)-2"),
    ("fn4", "fn4"), ("footnote 4", "fn4"), ("FN 4", "fn4"), ("title", "title"), ("Title", "title"),
    ("annex.35", "annex.35"), ("annex, para. 35", "annex.35"), ("annex paragraph 35", "annex.35"),
    ("annexI.3", "annexI.3"), ("annex I, para. 3", "annexI.3"), ("annex i 3", "annexI.3"),
    ("annexII.IV.3(h)", "annexII.IV.3(h)"), ("annex II, sect. IV, para. 3 (h)", "annexII.IV.3(h)"),
    ("annex.IV.3", "annex.IV.3"), ("annexI.art5", "annexI.art5"), ("annex I, art. 5", "annexI.art5"),
    ("annex I, article 5", "annexI.art5"), ("annex, rule 12", "annex.rule12"), ("annex.PP2", "annex.PP2"),
    ("annex, preambular para. 2", "annex.PP2"), ("annex III", "annexIII"), ("annex", "annex"),
  ])
  func readsWhatPeopleType(_ typed: String, _ canonical: String) {
    #expect(ParagraphRef(typed)?.description == canonical)
  }

  @Test(arguments: ["", "para.", "annex, title", "annex fn3", "GA 55/64", "PP0", "0", "art", "iv", "(h)", "7 8"])
  func refusesWhatIsNotARef(_ typed: String) {
    #expect(ParagraphRef(typed) == nil)
  }

  @Test func everyCanonicalFormReadsBackToItself() {
    let places: [ParagraphRef.Place] = [
      .title, .footnote("12"), .preambular(3), .paragraph(section: nil, number: 7, label: nil, occurrence: nil),
      .paragraph(section: "IV", number: 3, label: "h", occurrence: nil),
      .paragraph(section: nil, number: 3, label: "a", occurrence: 2), .article(5, label: nil), .rule(12, label: "b"),
    ]
    for place in places {
      for annex in [nil, ParagraphRef.Annex.single, .numbered("II")] {
        if annex != nil, place == .title || place == .footnote("12") { continue }
        let ref = ParagraphRef(annex: annex, place: place)
        #expect(ParagraphRef(ref.description) == ref, "\(ref)")
      }
    }
  }

  @Test func aSubparagraphsParentIsItsParagraph() {
    let subparagraph = "annexII.IV.3(h)", paragraph = "7"
    #expect(ParagraphRef(subparagraph)?.parent.description == "annexII.IV.3")
    #expect(ParagraphRef(paragraph)?.parent.description == "7")
  }
}

/// What the model asks the type instead of reading a ref's prefix: names in words, footnotes, occurrences, and refs
/// that read back exactly as printed (the index stores them as text).
struct ParagraphRefQuestionsTests {
  @Test(arguments: [
    ("title", "the title"), ("PP3", "preambular paragraph 3"), ("fn4", "footnote 4"), ("fn1-2", "footnote 1-2"),
    ("7", "paragraph 7"), ("IV.3(h)", "paragraph IV.3(h)"), ("annex.PP2", "paragraph annex.PP2"),
    ("annexII", "paragraph annexII"),
  ])
  func namesARefInWords(_ typed: String, _ words: String) {
    #expect(ParagraphRef(typed)?.spokenName == words)
  }

  @Test func footnotesAreBuiltAndRecognisedByTheType() {
    let four = "fn4", second = "fn1-2", seven = "7"
    #expect(ParagraphRef.footnote("4") == ParagraphRef(four))
    #expect(ParagraphRef.footnote("1", occurrence: 2) == ParagraphRef(second))
    #expect(ParagraphRef.footnote("4").isFootnote && !ParagraphRef.footnote("4").isTitle)
    #expect(ParagraphRef(seven)?.isFootnote == false)
    #expect(ParagraphRef.title.isTitle && ParagraphRef.title.description == "title")
    #expect(ParagraphRef(annex: .single, place: .whole).isTitle == false)
  }

  /// Markers the files print that are not numbers (`*`, `†`, a letter, `04` from `<sup>04</sup>`): the printed ref
  /// reads back to the same footnote.
  @Test(arguments: ["*", "**", "†", "a", "A", "04", "12a", "(1)"])
  func footnotesWithAnyMarkerReadBack(_ marker: String) {
    for occurrence in [nil, 2] {
      let ref = ParagraphRef.footnote(marker, occurrence: occurrence)
      #expect(ParagraphRef(ref.description) == ref, "\(ref)")
    }
  }

  @Test func occurrencesAreSetByTheTypeAndReadBack() {
    let paragraph = ParagraphRef(place: .paragraph(section: nil, number: 3, label: nil, occurrence: nil))
    #expect(paragraph.occurring(2).description == "3-2")
    #expect(paragraph.occurring(2).labelled("a").description == "3(a)-2")
    let article = ParagraphRef(annex: .numbered("I"), place: .article(5, label: nil))
    #expect(article.occurring(2).description == "annexI.art5-2")
    #expect(ParagraphRef.title.occurring(2) == .title)
    for ref in [paragraph.occurring(2).labelled("a"), article.occurring(2), article.occurring(3).labelled("b")] {
      #expect(ParagraphRef(ref.description) == ref, "\(ref)")
    }
    // The form a repeated number's subparagraphs once had still reads, to its canonical form.
    let old = "3-2(a)"
    #expect(ParagraphRef(old)?.description == "3(a)-2")
  }

  /// Numbering that restarts (two texts in one file) with subparagraphs under the repeated number: every ref the
  /// parser prints reads back as itself, so citations and the index can hold it as a `ParagraphRef`.
  @Test func refsOfARestartedNumberingReadBack() {
    let text = """
      Resolution 2004/98

      The Economic and Social Council,

      1. Decides to consider the question further;

      2. Requests the Secretary-General:

      (a) To report next year;

      (b) To consult Member States;

      Resolution 2004/99

      The Economic and Social Council,

      1. Invites Member States:

      (a) To cooperate, in line with paragraph 2 above;

      (b) To report;

      2. Decides to remain seized of the matter.
      """
    let resolution = ResolutionParser().parse(Array(text.utf8), file: "two.txt")
    let refs = resolution.paragraphRefs
    #expect(Set(refs).count == refs.count, "\(refs)")
    #expect(refs.contains("1-2") && refs.contains("1(a)-2"), "\(refs)")
    for node in resolution.textNodes {
      #expect(ParagraphRef(node.ref) == node.paragraphRef, "\(node.ref)")
    }
    #expect(ResolutionInvariants.violations(in: resolution) == [])
  }
}
