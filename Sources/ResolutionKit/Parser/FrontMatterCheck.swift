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
        let own = words(title), theirs = words(stated)
        if own.map(comparable) == theirs.map(comparable) { return }
        if let rest = completion(of: own, from: theirs) {
          resolution.title = title + " " + rest.joined(separator: " ")
          let same = theirs.count > own.count && Array(theirs.prefix(own.count)).map(comparable) == own.map(comparable)
          resolution.warnings.append(
            ParseWarning(
              file: file, line: resolution.titleLine ?? line, severity: same ? .note : .warning,
              message: same
                ? "the title line is cut short in the text; completed from the front matter"
                : "the title line is cut short in the text and words differ from the front matter's \"\(stated)\"; "
                  + "completed from it"))
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

  private static func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
  }

  /// The words the front matter's title has after the text's, when the text's is a cut-short start of it: all its
  /// words in order, or (wording differing: `fourth` / `4th`) its last three words somewhere in the front matter's.
  private static func completion(of own: [String], from theirs: [String]) -> [String]? {
    guard !own.isEmpty, theirs.count > own.count else { return nil }
    let mine = own.map(comparable), stated = theirs.map(comparable)
    if Array(stated.prefix(mine.count)) == mine { return Array(theirs[mine.count...]) }
    let tail = Array(mine.suffix(3))
    guard tail.count == 3 else { return nil }
    for start in stride(from: stated.count - tail.count, through: 0, by: -1)
    where Array(stated[start..<(start + tail.count)]) == tail {
      let end = start + tail.count
      return end < theirs.count ? Array(theirs[end...]) : nil
    }
    return nil
  }

  /// Case, curly quotes, dashes and spacing do not make two titles differ.
  private static func comparable(_ text: String) -> String {
    // ASCII text (most titles): the same result from its bytes, without Unicode case mapping and Character breaking
    // (asked of every word of both titles of every file with front matter).
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      var lastSpace = true
      for byte in text.utf8 {
        // `Character.isWhitespace` in ASCII: tab to carriage return, and space (`\r\n` is one space either way).
        if byte == ASCII.space || (byte >= 0x09 && byte <= 0x0D) {
          if !lastSpace { bytes.append(ASCII.space) }
          lastSpace = true
        } else {
          bytes.append(ASCII.lower(byte))
          lastSpace = false
        }
      }
      while bytes.last == ASCII.space { bytes.removeLast() }
      return bytes.string
    }
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
