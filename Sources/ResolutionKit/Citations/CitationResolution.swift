/// Finds the citations of every resolution in a loaded corpus and links them to the files that hold their targets.
///
/// Runs once the whole corpus is loaded, because a citation can point at any file: `resolved` is the first file (in
/// corpus order) with the target's id, and a pinpoint naming a paragraph that exists there (`para. 9`, `section II`)
/// fills `resolvedParagraph`. Internal references resolve within their own resolution.
public enum CitationResolution {
  /// Called once by `CorpusLoader.load` after every file is parsed (with its citations) and the catalog applied.
  public static func resolve(_ corpus: inout Corpus) {
    var indexByID: [ResolutionID: Int] = [:]
    var indexByFile: [String: Int] = [:]
    for (index, resolution) in corpus.resolutions.enumerated() {
      if let id = resolution.id, indexByID[id] == nil { indexByID[id] = index }
      indexByFile[resolution.file] = index
    }
    let resolutions = corpus.resolutions
    for index in corpus.resolutions.indices {
      resolve(
        &corpus.resolutions[index], fileWithID: { indexByID[$0].map { resolutions[$0].file } },
        outline: { file in indexByFile[file].map { ParagraphOutline(resolutions[$0]) } })
    }
  }

  /// Links the citations of one resolution: `fileWithID` gives the first file holding an id (in corpus order),
  /// `outline` the paragraph structure of a file (for pinpoints). `resolve(_:)` uses it for a loaded corpus, the index
  /// for a resolution parsed when it is opened.
  public static func resolve(
    _ resolution: inout Resolution, fileWithID: (ResolutionID) -> String?, outline: (String) -> ParagraphOutline?
  ) {
    let own = resolution
    guard !own.citations.isEmpty else { return }
    let ownOutline = ParagraphOutline(own)
    resolution.citations = own.citations.map { citation in
      var citation = citation
      switch citation.kind {
      case .resolution:
        guard let id = citation.target?.resolution, let file = fileWithID(id) else { break }
        citation.resolved = file
        if let pinpoint = citation.pinpoint {
          citation.resolvedParagraph =
            file == own.file ? ownOutline.paragraph(named: pinpoint) : outline(file)?.paragraph(named: pinpoint)
        }
      case .internal:
        citation.resolved = own.file
        citation.resolvedParagraph = citation.target.flatMap { ownOutline.paragraph(for: $0) }
      case .self:
        citation.resolved = own.file
      case .document, .decision:
        break
      }
      return citation
    }
  }
}
