import ResolutionKit

/// `\`: the raw text of a resolution's file (lynx's "view source"), one numbered line per stop. Every control
/// character and escape sequence is shown by a visible stand-in (`^[`, `^M`, `<U+202E>`), never sent to the terminal.
enum SourcePage {
  /// The stop ref of line `number` (1-based): the page lands on it as on a paragraph.
  static func ref(line number: Int) -> String { RowKey.sourceLine(number).text }

  /// How much of a file the page reads: as much as the viewer lays out of a resolution's text (cells take tens of
  /// bytes a character, so a hostile 50 MB file must not take gigabytes).
  static let byteLimit = 2_000_000

  static func build(
    file: String, label: String, text: RawSourceText, presentation: Presentation
  ) -> ViewerDocument {
    let theme = presentation.theme
    var document = ViewerDocument(location: .source(file: file), heading: "Source: \(label)")
    let width = String(max(1, text.lines.count)).count
    for (index, line) in text.lines.enumerated() {
      let number = String(index + 1)
      let prefix = presentation.cells(
        String(repeating: " ", count: width - number.count) + number + " ", theme.dim)
      document.append(
        DocumentBlock(
          key: .sourceLine(index + 1), isStop: true, prefix: prefix, cells: presentation.cells(visible(line), theme.normal),
          keepSpaces: true))
    }
    if text.isCut {
      document.append(
        DocumentBlock(
          cells: presentation.cells(
            "The viewer stops after \(byteLimit / 1_000_000) MB of text: the rest of this file is not shown here.",
            theme.warning),
          spaceBefore: 1))
    }
    return document
  }

  /// The line with tabs expanded to 8 columns and every other unsafe scalar (a CR too) made visible.
  static func visible(_ line: String) -> String {
    var result = ""
    var column = 0
    for scalar in line.unicodeScalars {
      if scalar == "\t" {
        let spaces = 8 - column % 8
        result += String(repeating: " ", count: spaces)
        column += spaces
      } else if let stand = VisibleText.replacement(for: scalar) {
        result += stand
        column += stand.count
      } else if scalar == "\n" {
        result += "^J"
        column += 2
      } else {
        result.unicodeScalars.append(scalar)
        column += 1
      }
    }
    return result
  }
}
