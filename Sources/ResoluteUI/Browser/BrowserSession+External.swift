import ResolutionKit

/// `v`, `|` and `\`: the file in the reader's editor, the paragraph or the resolution piped to a program outside the
/// screen (the core only names what to run, in `externalCommand`; the backend runs it), and the file's raw text as a
/// page of the browser.
extension BrowserSession {
  mutating func runOnSource(_ command: Command) {
    if case .source(let file) = viewer.document.location {
      var line = 1
      if case .sourceLine(let number)? = viewer.cursorKey { line = number }
      if command == .editSource {
        externalCommand = ExternalCommand(
          action: .edit(file: file, line: line), serial: (externalCommand?.serial ?? 0) + 1)
      } else {
        // `\` again toggles back to the structured page, at the paragraph the source line belongs to.
        let paragraph = source.resolution(file: file).flatMap { Self.paragraph(atLine: line, in: $0) }
        if open(.resolution(file: file), paragraph: paragraph, history: .push) { focus = .viewer }
      }
      return
    }
    guard case .resolution(let file) = viewer.document.location, let resolution = shownResolution else {
      message = "\(command == .editSource ? "v" : "\\") works on a resolution's page: open one first"
      return
    }
    let line = Self.sourceLine(of: viewer.cursorRef, in: resolution)
    guard command == .editSource else {
      if open(.source(file: file), paragraph: SourcePage.ref(line: line), history: .push) { focus = .viewer }
      return
    }
    externalCommand = ExternalCommand(action: .edit(file: file, line: line), serial: (externalCommand?.serial ?? 0) + 1)
  }

  /// The view-source page of `file` (nil, with the reason said, when the file cannot be read now).
  mutating func sourceDocument(file: String) -> ViewerDocument? {
    switch RawSourceText.read(file: file, limit: SourcePage.byteLimit) {
    case .success(let text):
      return SourcePage.build(
        file: file, label: label(of: .resolution(file: file)), text: text, presentation: presentation)
    case .failure(let error):
      message = error.description
      return nil
    }
  }

  mutating func pipe(to shellCommand: String) {
    guard !shellCommand.trimmedSpaces.isEmpty else { return }
    if case .source(let file) = viewer.document.location {
      // The source page pipes the file's text as the page shows it (up to the page's limit).
      guard case .success(let text) = RawSourceText.read(file: file, limit: SourcePage.byteLimit) else {
        message = "\(label(of: .resolution(file: file))) cannot be read now"
        return
      }
      externalCommand = ExternalCommand(
        action: .pipe(command: shellCommand, input: text.lines.joined(separator: "\n") + "\n"),
        serial: (externalCommand?.serial ?? 0) + 1)
      return
    }
    guard let resolution = shownResolution else { return }
    let ref = viewer.cursorRef
    let input: String
    if let ref, ref != ParagraphRef.title.description, let text = resolution.text(of: ref) {
      let reference = ParagraphReference.fullCitation(for: ref, in: resolution) ?? resolution.displayID
      input = text + "\n\n" + reference + "\n"
    } else {
      input = ResolutionMarkdown.render(resolution)
    }
    externalCommand = ExternalCommand(
      action: .pipe(command: shellCommand, input: input), serial: (externalCommand?.serial ?? 0) + 1)
  }

  /// The 1-based line of the file where paragraph `ref` starts (the title's line, else 1).
  /// Annex paragraphs and footnotes included.
  static func sourceLine(of ref: String?, in resolution: Resolution) -> Int {
    guard let ref else { return resolution.titleLine ?? 1 }
    return resolution.line(of: ref) ?? resolution.titleLine ?? 1
  }

  /// The paragraph (or footnote) a source line belongs to: the last one starting at or before it; nil before the
  /// first (the page then opens at the top).
  static func paragraph(atLine line: Int, in resolution: Resolution) -> String? {
    var best: (line: Int, ref: String)?
    if let titleLine = resolution.titleLine, titleLine <= line { best = (titleLine, ParagraphRef.title.description) }
    for node in resolution.textNodes where node.kind != .title {
      guard let start = node.line, start <= line, start >= (best?.line ?? 0) else { continue }
      best = (start, node.ref)
    }
    return best?.ref
  }
}
