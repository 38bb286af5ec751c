import Yams

/// The YAML front matter some corpora put above the text (`---` / `symbol: A/RES/80/3` / `title: "…"` / `---`):
/// metadata about the file, read with Yams. The parser takes the text's own header first; the front matter fills
/// what the text lacks (a title the PDF text layer cut short), and where the two disagree the parser says so.
struct FrontMatter: Sendable {
  var symbol: String?
  var title: String?
  /// The document's date (`date: "2025-10-15"`): its distribution date, not the adoption date.
  var date: String?
  /// The lines the front matter occupied (1-based, inclusive).
  var lines: ClosedRange<Int>

  /// The front matter at the top of `lines`, and the lines with it blanked (numbers kept) so it is never read as text.
  static func separate(_ lines: [CleanLine], file: String) -> (FrontMatter?, [CleanLine], ParseWarning?) {
    let dashes = Array("---".utf8)
    guard let first = lines.firstIndex(where: { !$0.raw.isEmpty }), lines[first].raw == dashes,
      let last = lines[(first + 1)...].prefix(60).firstIndex(where: { $0.raw == dashes || $0.raw == Array("...".utf8) })
    else { return (nil, lines, nil) }
    let yamlLines = lines[(first + 1)..<last].map { $0.raw.string }
    // Only YAML that looks like metadata (`key: value` lines): a thematic break above prose is not front matter.
    guard let firstKey = yamlLines.first(where: { !$0.isEmpty }), isKeyLine(firstKey) else { return (nil, lines, nil) }
    var blanked = lines
    for index in first...last { blanked[index] = .pageBreak(at: lines[index].number) }
    let range = lines[first].number...lines[last].number
    let yaml = yamlLines.joined(separator: "\n")
    let mapping: [String: Any]
    do {
      // UTF-8 named, not `Parser.Encoding.default`: that reads the whole process environment on every call (for a
      // debugging override, YAMS_DEFAULT_ENCODING), and Swift strings are UTF-8 already.
      guard let loaded = try Yams.load(yaml: yaml, .default, .default, .utf8) as? [String: Any] else {
        return (nil, blanked, ParseWarning(file: file, line: range.lowerBound, message: "front matter is not a mapping; ignored"))
      }
      mapping = loaded
    } catch {
      return (
        nil, blanked,
        ParseWarning(file: file, line: range.lowerBound, message: "front matter is not valid YAML; ignored")
      )
    }
    func string(_ key: String) -> String? {
      guard let value = mapping[key] else { return nil }
      let text = "\(value)".trimmingSpaces
      return text.isEmpty ? nil : text
    }
    var title = string("title")
    // Catalogue titles end in ` :` (the subtitle separator of library records) when there is no subtitle.
    while let last = title?.last, last == ":" || last == " " { title?.removeLast() }
    // … and `Title : subtitle` where the text prints `Title: subtitle`.
    title = title?.replacingSpaceColon()
    return (FrontMatter(symbol: string("symbol"), title: title, date: string("date"), lines: range), blanked, nil)
  }
}

/// `key: value`: a word of letters, digits, `_` or `-` starting with a letter, then a colon.
private func isKeyLine(_ line: String) -> Bool {
  guard let colon = line.firstIndex(of: ":"), let first = line.first, first.isLetter || first == "_" else { return false }
  return line[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
}

extension String {
  /// `a : b` -> `a: b`.
  fileprivate func replacingSpaceColon() -> String {
    var out = ""
    var pending = false
    for character in self {
      if pending {
        pending = false
        if character == ":" {
          out.append(":")
          continue
        }
        out.append(" ")
      }
      if character == " " {
        pending = true
        continue
      }
      out.append(character)
    }
    if pending { out.append(" ") }
    return out
  }
}
