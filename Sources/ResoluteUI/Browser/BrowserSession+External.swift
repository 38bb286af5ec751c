import ResolutionKit

/// `v`, `|` and `\`: the file in the reader's editor, the paragraph or the resolution piped to a program outside the
/// screen (the core only names what to run, in `externalCommand`; the backend runs it), and the file's raw text as a
/// page of the browser.
extension BrowserSession {
  mutating func runOnSource(_ command: Command) {
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
    guard !shellCommand.trimmedSpaces.isEmpty, let resolution = shownResolution else { return }
    let ref = viewer.cursorRef
    let input: String
    if let ref, ref != "title", let text = resolution.text(of: ref) {
      let reference = ParagraphReference.fullCitation(for: ref, in: resolution) ?? resolution.displayID
      input = text + "\n\n" + reference + "\n"
    } else {
      input = ResolutionMarkdown.render(resolution)
    }
    externalCommand = ExternalCommand(
      action: .pipe(command: shellCommand, input: input), serial: (externalCommand?.serial ?? 0) + 1)
  }

  /// The 1-based line of the file where paragraph `ref` starts (the title's line, else 1).
  static func sourceLine(of ref: String?, in resolution: Resolution) -> Int {
    guard let ref, ref != "title" else { return resolution.titleLine ?? 1 }
    if let paragraph = resolution.preamble.first(where: { $0.ref == ref }) { return paragraph.line }
    for paragraph in resolution.operative {
      if paragraph.ref == ref { return paragraph.line }
      if let sub = paragraph.subparagraphs.first(where: { $0.ref == ref }) { return sub.line }
    }
    if let note = resolution.footnoteTexts.first(where: { $0.ref == ref }) { return note.line }
    return resolution.titleLine ?? 1
  }
}
