import Dispatch

/// Finds the citations of every resolution in a loaded corpus and links them to the files that hold their targets.
///
/// Runs once the whole corpus is loaded, because a citation can point at any file: `resolved` is the first file (in
/// corpus order) with the target's id, and a pinpoint naming a paragraph that exists there (`para. 9`, `section II`)
/// fills `resolvedParagraph`. Internal references resolve within their own resolution.
public enum CitationResolution {
  /// Called once by `CorpusLoader.load` after every file is parsed and the catalog applied.
  public static func resolve(_ corpus: inout Corpus) {
    let found = extractAll(corpus.resolutions)
    for index in corpus.resolutions.indices { corpus.resolutions[index].citations = found[index] }
    var fileByID: [ResolutionID: Int] = [:]
    for (index, resolution) in corpus.resolutions.enumerated() {
      if let id = resolution.id, fileByID[id] == nil { fileByID[id] = index }
    }
    for index in corpus.resolutions.indices {
      let own = corpus.resolutions[index]
      corpus.resolutions[index].citations = own.citations.map { citation in
        var citation = citation
        switch citation.kind {
        case .resolution:
          guard let id = citation.target.flatMap(ResolutionID.init), let targetIndex = fileByID[id] else { break }
          let target = corpus.resolutions[targetIndex]
          citation.resolved = target.file
          citation.resolvedParagraph = citation.pinpoint.flatMap { paragraph(named: $0, in: target) }
        case .internal:
          citation.resolved = own.file
          citation.resolvedParagraph = citation.target.flatMap { paragraph(ref: $0, in: own) }
        case .self:
          citation.resolved = own.file
        case .document:
          break
        }
        return citation
      }
    }
  }

  /// The citations of every resolution, found on all cores (each resolution is independent of the others).
  static func extractAll(_ resolutions: [Resolution]) -> [[Citation]] {
    let slots = UnsafeMutableBufferPointer<[Citation]>.allocate(capacity: resolutions.count)
    slots.initialize(repeating: [])
    defer { slots.deinitialize().deallocate() }
    let box = SlotBox(slots: slots)
    DispatchQueue.concurrentPerform(iterations: resolutions.count) { index in
      // Each iteration writes only its own slot.
      let resolution = resolutions[index]
      box.slots[index] = CitationExtractor(adoptingBody: resolution.body, ownNumber: resolution.number)
        .citations(in: resolution)
    }
    return Array(slots)
  }

  private struct SlotBox: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<[Citation]>
  }

  /// The paragraph a pinpoint names in the target's body: `para. 9` -> `9`, `para. 26 (d)` -> `26(d)`,
  /// `section II` -> its first paragraph. Annexes are not parsed, so pinpoints into them resolve to nothing.
  static func paragraph(named pinpoint: String, in target: Resolution) -> String? {
    if pinpoint.hasPrefix("para. ") {
      let number = pinpoint.dropFirst("para. ".count).filter { $0 != " " }
      guard target.sections.isEmpty else { return nil }
      return paragraph(ref: String(number), in: target)
    }
    if pinpoint.hasPrefix("section ") {
      return paragraph(ref: String(pinpoint.dropFirst("section ".count)), in: target)
    }
    return nil
  }

  /// `ref` when the resolution has that paragraph; for a bare section number (`VI`), the section's first paragraph.
  static func paragraph(ref: String, in resolution: Resolution) -> String? {
    let refs = resolution.paragraphRefs
    if refs.contains(ref) { return ref }
    if resolution.sections.contains(where: { $0.number == ref }) {
      return resolution.operative.first { $0.section == ref }?.ref
    }
    return nil
  }
}
