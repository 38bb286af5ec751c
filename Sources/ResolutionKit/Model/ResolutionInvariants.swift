/// What the browser relies on in a parsed resolution: every reference names one paragraph and reads back as itself
/// (the index stores refs as text, and people type them), and every citation range
/// and footnote offset lies inside the text of the paragraph it names. The fuzzer checks these on every input; the
/// tests check them on the corpus and on the inputs the fuzzer once broke.
public enum ResolutionInvariants {
  /// Each broken invariant, described; empty when all hold.
  public static func violations(in resolution: Resolution) -> [String] {
    var problems: [String] = []
    var seen: Set<String> = []
    for ref in resolution.paragraphRefs where !seen.insert(ref).inserted {
      problems.append("paragraph reference \(ref) names more than one paragraph")
    }
    var footnoteRefs: Set<String> = []
    for note in resolution.footnoteTexts where !footnoteRefs.insert(note.ref).inserted {
      problems.append("footnote reference \(note.ref) names more than one footnote text")
    }
    for node in resolution.textNodes where ParagraphRef(node.ref) != node.paragraphRef {
      problems.append("reference \(node.ref) does not read back as itself")
    }
    let texts = resolution.textsByRef
    for citation in resolution.citations {
      guard let text = texts[citation.ref] else {
        problems.append("citation \(citation.text) sits in \(citation.ref), which names no paragraph")
        continue
      }
      if citation.range.lowerBound < 0 || citation.range.upperBound > text.utf8.count {
        problems.append("citation range \(citation.range) lies outside \(citation.ref) (\(text.utf8.count) bytes)")
      }
    }
    for footnote in resolution.footnotes {
      guard let text = texts[footnote.paragraphRef] else {
        problems.append("footnote \(footnote.marker) sits in \(footnote.ref), which names no paragraph")
        continue
      }
      if footnote.offset < 0 || footnote.offset > text.utf8.count {
        problems.append("footnote \(footnote.marker) offset \(footnote.offset) lies outside \(footnote.ref)")
      }
    }
    return problems
  }
}
