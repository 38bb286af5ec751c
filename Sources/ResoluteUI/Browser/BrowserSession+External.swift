import ResolutionKit

/// `v`, `|` and `\`: the file, the paragraph or the resolution handed to a program outside the screen. The core only
/// names what to run (`externalCommand`); the backend runs it.
extension BrowserSession {
  mutating func runOnSource(_ command: Command) {
    guard case .resolution(let file) = viewer.document.location, let resolution = shownResolution else {
      message = "\(command == .editSource ? "v" : "\\") works on a resolution's page: open one first"
      return
    }
    let line = Self.sourceLine(of: viewer.cursorRef, in: resolution)
    let action: ExternalCommand.Action =
      command == .editSource ? .edit(file: file, line: line) : .viewSource(file: file, line: line)
    externalCommand = ExternalCommand(action: action, serial: (externalCommand?.serial ?? 0) + 1)
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
