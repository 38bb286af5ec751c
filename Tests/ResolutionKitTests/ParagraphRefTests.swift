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
    #expect(ParagraphRef("annexII.IV.3(h)")?.parent.description == "annexII.IV.3")
    #expect(ParagraphRef("7")?.parent.description == "7")
  }
}
