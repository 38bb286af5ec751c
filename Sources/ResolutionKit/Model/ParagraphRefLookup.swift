extension ParagraphRef {
  /// The one of `refs` that `typed` names: itself when written exactly, else the ref whose canonical form is the
  /// typed one's (`iv.3 (h)` finds `IV.3(h)`, `annex, para. 35` finds `annex.35`). Nil when none.
  public static func find(_ typed: String, in refs: [String]) -> String? {
    if refs.contains(typed) { return typed }
    guard let canonical = ParagraphRef(typed)?.description else { return nil }
    return refs.first { $0 == canonical }
  }
}

extension Resolution {
  /// Every ref a reader can name in this resolution, in reading order: `title`, the paragraphs (annexes' included),
  /// each annex as a whole (`annexII`), then footnotes.
  public var namedRefs: [String] {
    var footnoteRefs: [String] = []
    var seen: Set<String> = []
    let markerRefs = footnotes.map { ParagraphRef.footnote($0.marker).description }
    for ref in markerRefs + footnoteTexts.map(\.ref) where seen.insert(ref).inserted { footnoteRefs.append(ref) }
    return (title == nil ? [] : [ParagraphRef.title.description]) + paragraphRefs + annexes.map(\.refPrefix) + footnoteRefs
  }

  /// The ref `typed` names here (see `ParagraphRef.find`).
  public func ref(named typed: String) -> String? { ParagraphRef.find(typed, in: namedRefs) }
}
