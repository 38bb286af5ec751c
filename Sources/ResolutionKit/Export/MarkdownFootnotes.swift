/// The Markdown footnotes of a resolution (or of one paragraph of it): a label for each footnote marker, where each
/// label goes, and the definitions.
///
/// A marker with the same text wherever it stands (`1` in PP5 and in paragraph 15, both pointing at the same note) is
/// one footnote referenced twice. The same marker with another text (numbering that restarts on each page) gets a
/// label of its own (`1-2`), so no reference shows the wrong note.
struct MarkdownFootnotes {
  /// One footnote to define: `[^label]: text`.
  struct Definition {
    var label: String
    var marker: String
    var text: String?
  }

  /// A reference to place inside a paragraph's text: the UTF-8 offset where the marker stood, and the label.
  struct Placement {
    var offset: Int
    var label: String
  }

  private(set) var definitions: [Definition] = []
  private var placementsByRef: [String: [Placement]] = [:]

  /// Labels for `footnotes`, in reading order.
  init(_ footnotes: [FootnoteReference]) {
    var labelsByNote: [FootnoteKey: String] = [:]
    var usedLabels: Set<String> = []
    for footnote in footnotes {
      let key = FootnoteKey(marker: footnote.marker, text: footnote.text)
      let label: String
      if let known = labelsByNote[key] {
        label = known
      } else {
        let base = MarkdownEscaping.footnoteLabelBase(footnote.marker)
        var candidate = base, occurrence = 2
        while usedLabels.contains(candidate) {
          candidate = "\(base)-\(occurrence)"
          occurrence += 1
        }
        label = candidate
        usedLabels.insert(label)
        labelsByNote[key] = label
        definitions.append(Definition(label: label, marker: footnote.marker, text: footnote.text))
      }
      placementsByRef[footnote.ref, default: []].append(Placement(offset: footnote.offset, label: label))
    }
  }

  /// Where the references of the paragraph `ref` go.
  func placements(in ref: String) -> [Placement] { placementsByRef[ref] ?? [] }

  /// `[^2]: text` for every footnote, continuation lines indented so they stay in the definition.
  var definitionLines: [String] {
    definitions.map { definition in
      let text = definition.text ?? "(no footnote text in the file)"
      let lines = MarkdownEscaping.lines(text)
      return (["[^\(definition.label)]: " + lines[0]] + lines.dropFirst().map { $0.isEmpty ? "" : "    " + $0 })
        .joined(separator: "\n")
    }
  }

  private struct FootnoteKey: Hashable {
    var marker: String
    var text: String?
  }
}
