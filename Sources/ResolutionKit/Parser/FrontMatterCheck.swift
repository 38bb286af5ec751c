/// Front matter against the text: the text's own header wins; the front matter fills an id or title the text lacks,
/// completes a title the PDF text layer cut short, and every disagreement is a warning `check` shows.
enum FrontMatterCheck {
  static func apply(_ frontMatter: FrontMatter, to resolution: inout Resolution) {
    let file = resolution.file
    let line = frontMatter.lines.lowerBound
    if let symbol = frontMatter.symbol, let stated = ResolutionID(symbol) {
      if let id = resolution.id {
        if id != stated {
          resolution.warnings.append(
            ParseWarning(
              file: file, line: line,
              message: "front matter symbol \(symbol) says \(stated), the text says \(id); the text's is used"))
        }
      } else if resolution.isStructured {
        resolution.id = stated
        resolution.body = stated.body
        resolution.number = stated.number
        resolution.warnings.removeAll { $0.message.hasPrefix("the resolution's number is not in the text") }
        resolution.warnings.append(
          ParseWarning(
            file: file, line: line, severity: .note,
            message: "the text does not give the number; \(stated) is taken from the front matter's symbol"))
      }
    }
    if let stated = frontMatter.title {
      if let title = resolution.title {
        let own = comparable(title), theirs = comparable(stated)
        if own == theirs { return }
        if theirs.hasPrefix(own), theirs.count > own.count {
          resolution.title = stated
          resolution.warnings.append(
            ParseWarning(
              file: file, line: resolution.titleLine ?? line, severity: .note,
              message: "the title line is cut short in the text; the whole title is taken from the front matter"))
        } else {
          resolution.warnings.append(
            ParseWarning(
              file: file, line: resolution.titleLine ?? line,
              message: "front matter title \"\(stated)\" differs from the text's \"\(title)\"; the text's is used"))
        }
      } else if resolution.isStructured {
        resolution.title = stated
        resolution.warnings.removeAll { $0.message == "no title found" }
        resolution.warnings.append(
          ParseWarning(
            file: file, line: line, severity: .note, message: "the text has no title; the front matter's is used"))
      }
    }
  }

  /// Case, curly quotes, dashes and spacing do not make two titles differ.
  private static func comparable(_ text: String) -> String {
    var out = ""
    var lastSpace = true
    for character in text.lowercased() {
      var c = character
      switch c {
      case "\u{201C}", "\u{201D}", "\u{201E}": c = "\""
      case "\u{2018}", "\u{2019}": c = "'"
      case "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": c = "-"
      default: break
      }
      if c.isWhitespace {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.append(c)
        lastSpace = false
      }
    }
    while out.last == " " { out.removeLast() }
    return out
  }
}
