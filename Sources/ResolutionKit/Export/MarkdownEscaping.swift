/// Escaping file text for CommonMark (and the GitHub extensions: footnotes, tables, strikethrough), so text from a
/// file renders as the words it holds: no emphasis, link, footnote, HTML or code span of its own, no heading, list,
/// quote or code block started by how a line begins, and control characters made visible as everywhere else.
enum MarkdownEscaping {
  /// `text` for use inside a line: control characters visible (`^[`), and every character that could start inline
  /// markup backslash-escaped. Newlines are kept; callers lay out lines with `lines(_:)`.
  static func inline(_ text: some StringProtocol) -> String {
    let visible = VisibleText.sanitize(text)
    var out = ""
    out.reserveCapacity(visible.utf8.count + 8)
    for scalar in visible.unicodeScalars {
      if isInlineSpecial(scalar) { out.unicodeScalars.append("\\") }
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  /// Characters that open or close inline markup wherever they stand. `#` is escaped too, so a heading's text cannot
  /// end in what CommonMark takes for a closing sequence (`Title #`).
  private static func isInlineSpecial(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\\", "*", "_", "`", "[", "]", "<", ">", "&", "~", "|", "#": true
    default: false
    }
  }

  /// Escaped text split into lines, each safe at the start of a line: leading blanks dropped (four would make a code
  /// block) and a first character that would begin a block (`-`, `+`, `=`, `1.`, `2)`) escaped. Inline escaping has
  /// already dealt with `#`, `>`, `*`, `_`, `` ` ``, `<`, `|` and `~`.
  static func lines(_ text: some StringProtocol) -> [String] {
    inline(text).split(separator: "\n", omittingEmptySubsequences: false).map { safeLineStart(String($0)) }
  }

  /// `line` (already inline-escaped) with leading blanks removed and a block-starting first character escaped.
  static func safeLineStart(_ line: String) -> String {
    let scalars = line.unicodeScalars
    guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
    let body = String(scalars[start...])
    let first = scalars[start]
    if first == "-" || first == "+" || first == "=" { return "\\" + body }
    // An ordered list marker: up to nine digits then `.` or `)`; escape the delimiter.
    let digits = body.unicodeScalars.prefix { ("0"..."9").contains($0) }
    if !digits.isEmpty, digits.count <= 9 {
      let rest = body.unicodeScalars.dropFirst(digits.count)
      if let delimiter = rest.first, delimiter == "." || delimiter == ")" {
        return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
      }
    }
    return body
  }

  /// A code fence longer than any run of backticks in `text`, so the text cannot close it.
  static func fence(for text: String) -> String {
    var longest = 0, run = 0
    for byte in text.utf8 {
      run = byte == UInt8(ascii: "`") ? run + 1 : 0
      longest = max(longest, run)
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }

  /// A footnote label CommonMark extensions accept: the marker itself when it is ASCII letters and digits, else `note`.
  static func footnoteLabelBase(_ marker: String) -> String {
    let plain = !marker.isEmpty && marker.utf8.count <= 20
      && marker.utf8.allSatisfy(ASCII.isAlphanumeric)
    return plain ? marker : "note"
  }
}
