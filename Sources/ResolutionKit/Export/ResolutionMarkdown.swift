/// A resolution as CommonMark (with the footnote extension GitHub and most renderers support), laid out as the UN
/// prints it: the title as a heading, a metadata list, the preamble with each verb phrase in italics, the operative
/// part with section headings, numbered paragraphs and indented lettered subparagraphs, and footnotes where their
/// markers stand.
///
/// Every piece of file text is escaped (`MarkdownEscaping`): it renders as the words in the file and never as markup,
/// and control characters appear as `^[`-style stand-ins, as in the rest of the project.
///
/// Numbering survives rendering: operative paragraphs are ordered-list items, which a renderer numbers from the first
/// item's number on; where the printed numbers do not run on (a gap, a repeat) an empty HTML comment starts a new list
/// so each paragraph keeps its printed number. A number too long for a list marker is written as escaped text.
public enum ResolutionMarkdown {
  /// The whole resolution as Markdown, ending in a newline.
  public static func render(_ resolution: Resolution) -> String {
    let footnotes = MarkdownFootnotes(resolution.footnotes)
    var blocks: [String] = []
    var heading = MarkdownEscaping.inline(resolution.displayID)
    if let title = resolution.title {
      heading += " — " + inlineText(title, verb: "", placements: footnotes.placements(in: ParagraphRef.title.description)).joined(separator: " ")
    }
    blocks.append("# " + heading)
    blocks.append(metadata(resolution).joined(separator: "\n"))

    if !resolution.isStructured {
      blocks.append("## Text")
      blocks.append("*No paragraphs recognised; the text as in the file:*")
      blocks.append(fencedText(resolution.plainText))
    }
    blocks += resolution.walked(Body(footnotes: footnotes)).allBlocks
    blocks += footnotes.definitionLines
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// One paragraph (`7`, `PP3`, `IV.3(h)`, `fn2`, `title`) as a Markdown block quote ending in its citation, followed by
  /// the definitions of the footnotes it references; nil when `ref` names no paragraph of `resolution`. An operative
  /// paragraph comes with its subparagraphs.
  public static func quote(_ ref: String, in resolution: Resolution) -> String? {
    guard let citation = ParagraphReference.citation(for: ref, in: resolution) else { return nil }
    let operative = resolution.allOperative.first { $0.ref == ref }
    let quoted = Set([ref] + (operative?.subparagraphs.map(\.ref) ?? []))
    let footnotes = MarkdownFootnotes(resolution.footnotes.filter { quoted.contains($0.ref) })
    var lines: [String]
    let typed = ParagraphRef(ref)
    if typed?.isTitle == true {
      guard let title = resolution.title else { return nil }
      lines = inlineText(title, verb: "", placements: footnotes.placements(in: ref))
    } else if let paragraph = resolution.allPreamble.first(where: { $0.ref == ref }) {
      lines = inlineText(paragraph.text, verb: paragraph.verb, placements: footnotes.placements(in: ref))
    } else if let operative {
      var listNext: Int?
      lines = operativeParagraph(operative, listNext: &listNext, footnotes: footnotes)
    } else if let sub = subparagraph(ref, in: resolution) {
      lines = subparagraphLines(sub, indent: "", footnotes: footnotes)
    } else {
      // A footnote (the citation accepted the ref), possibly with only its marker in the file, or a whole annex.
      let missing = typed?.isFootnote == true ? "(no footnote text in the file)" : "(an annex without a title of its own)"
      lines = MarkdownEscaping.lines(resolution.text(of: ref) ?? missing)
    }
    lines += ["", "— " + MarkdownEscaping.inline(citation)]
    var out = lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n"
    for definition in footnotes.definitionLines { out += "\n" + definition + "\n" }
    return out
  }

  // MARK: - Parts

  private static func metadata(_ resolution: Resolution) -> [String] {
    var items: [String] = []
    if let body = resolution.body { items.append("Body: " + body.fullName) }
    if let symbol = resolution.symbol { items.append("Symbol: " + MarkdownEscaping.inline(symbol)) }
    items.append("Adopted: " + (resolution.adopted.map { $0.description } ?? "(date not found)"))
    if let meeting = resolution.meeting { items.append("Meeting: " + MarkdownEscaping.inline(meeting)) }
    items.append("File: " + MarkdownEscaping.inline(resolution.file))
    if resolution.catalogued { items.append("Metadata completed from the catalog file") }
    // One line each: a newline inside a value would end the list item.
    return items.map { "- " + $0.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") }
  }

  /// The tree's blocks as the walk meets them: the preamble with its verbs in italics, the operative part under
  /// `###` section headings, each annex as `## Annex II — Title` with its preamble and paragraphs (articles and rules
  /// as paragraphs of their own, their text opening with `Article 5`), then the footnotes no marker points at.
  private struct Body: ResolutionVisitor {
    let footnotes: MarkdownFootnotes
    var blocks: [String] = []
    /// The number the open ordered list will give its next item, or nil when no list is open.
    private var listNext: Int?
    /// The annex being walked holds articles or rules: no list, no headings.
    private var articles = false
    private var unreferenced: [FootnoteText] = []

    init(footnotes: MarkdownFootnotes) { self.footnotes = footnotes }

    mutating func willVisitAnnex(_ annex: Annex) {
      var heading = "## " + annex.heading
      if let title = annex.title {
        heading += " — " + inlineText(title, verb: "", placements: footnotes.placements(in: annex.refPrefix))
          .joined(separator: " ")
      }
      blocks.append(heading)
      articles = annex.paragraphs.contains {
        switch ParagraphRef($0.ref)?.place {
        case .article?, .rule?: return true
        default: return false
        }
      }
    }

    mutating func didVisitAnnex(_ annex: Annex) { articles = false }

    mutating func willVisitPreamble(_ paragraphs: [PreambularParagraph], in annex: Annex?) {
      if annex == nil, !paragraphs.isEmpty { blocks.append("## Preamble") }
    }

    mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {
      blocks.append(
        inlineText(paragraph.text, verb: paragraph.verb, placements: footnotes.placements(in: paragraph.ref))
          .joined(separator: "\n"))
    }

    mutating func willVisitOperative(_ paragraphs: [OperativeParagraph], sections: [Section], in annex: Annex?) {
      if annex == nil, !paragraphs.isEmpty { blocks.append("## Operative part") }
      listNext = nil
    }

    /// Headings without a number (or without a title) are written as they stand.
    mutating func visitSectionHeading(_ section: Section, in annex: Annex?) {
      guard !articles else { return }
      let number = MarkdownEscaping.inline(section.number), text = MarkdownEscaping.inline(section.heading)
      let title = section.number.isEmpty || section.heading.isEmpty ? number + text : number + ". " + text
      blocks.append("### " + title.split(separator: "\n").joined(separator: " "))
      listNext = nil
    }

    mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) {
      guard !articles else {
        blocks.append(
          inlineText(paragraph.text, verb: "", placements: footnotes.placements(in: paragraph.ref))
            .joined(separator: "\n"))
        return
      }
      if let expected = listNext, expected != paragraph.number, isListNumber(paragraph.number) {
        // The printed numbers do not run on: end the list so the next one starts at the printed number.
        blocks.append("<!-- -->")
        listNext = nil
      }
      blocks.append(operativeParagraph(paragraph, listNext: &listNext, footnotes: footnotes).joined(separator: "\n"))
    }

    mutating func visitFootnoteText(_ note: FootnoteText, referenced: Bool) {
      if !referenced { unreferenced.append(note) }
    }

    /// The blocks, the footnotes without a marker last.
    var allBlocks: [String] {
      guard !unreferenced.isEmpty else { return blocks }
      return blocks + [
        "## Footnotes without a marker in the text",
        unreferenced.map { note in
          let lines = MarkdownEscaping.lines(note.text)
          let head = "- Footnote " + MarkdownEscaping.inline(note.marker) + ": " + lines[0]
          return ([head] + lines.dropFirst().map { $0.isEmpty ? "" : "  " + $0 }).joined(separator: "\n")
        }.joined(separator: "\n"),
      ]
    }
  }

  /// `7. *Invites* …` with its subparagraphs indented under it, as lines (empty lines between blocks).
  private static func operativeParagraph(
    _ paragraph: OperativeParagraph, listNext: inout Int?, footnotes: MarkdownFootnotes
  ) -> [String] {
    let marker: String, indent: String
    if isListNumber(paragraph.number) {
      marker = "\(paragraph.number). "
      indent = String(repeating: " ", count: marker.count)
      listNext = paragraph.number + 1
    } else {
      // Too long for a list marker: plain text, and subparagraphs indented less than a code block.
      marker = "\(paragraph.number)\\. "
      indent = "   "
      listNext = nil
    }
    let text = inlineText(paragraph.text, verb: paragraph.verb, placements: footnotes.placements(in: paragraph.ref))
    var lines = [marker + text[0]] + text.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
    for sub in paragraph.subparagraphs {
      lines.append("")
      lines += subparagraphLines(sub, indent: indent, footnotes: footnotes)
    }
    return lines
  }

  /// `   (a) …`.
  private static func subparagraphLines(_ sub: Subparagraph, indent: String, footnotes: MarkdownFootnotes) -> [String] {
    let text = inlineText(sub.text, verb: "", placements: footnotes.placements(in: sub.ref))
    let head = indent + "(" + MarkdownEscaping.inline(sub.label) + ") " + text[0]
    return [head] + text.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
  }

  private static func subparagraph(_ ref: String, in resolution: Resolution) -> Subparagraph? {
    for paragraph in resolution.allOperative {
      if let sub = paragraph.subparagraphs.first(where: { $0.ref == ref }) { return sub }
    }
    return nil
  }

  /// CommonMark list markers have at most nine digits.
  private static func isListNumber(_ number: Int) -> Bool { (0...999_999_999).contains(number) }

  /// The file text in a fence no line of it can close, control characters made visible.
  private static func fencedText(_ text: String) -> String {
    let visible = VisibleText.sanitize(text)
    let fence = MarkdownEscaping.fence(for: visible)
    return fence + "text\n" + visible + (visible.hasSuffix("\n") || visible.isEmpty ? "" : "\n") + fence
  }

  // MARK: - Inline text

  /// A paragraph's text as escaped Markdown lines: the verb phrase in italics, footnote references `[^2]` at the
  /// offsets where the markers stood.
  static func inlineText(_ text: String, verb: String, placements: [MarkdownFootnotes.Placement]) -> [String] {
    let bytes = Array(text.utf8)
    let verbEnd = italicVerbLength(text, verb: verb)
    // What to insert where: the verb's emphasis first at a place, then the references (a marker after the verb's
    // last word goes after the closing `*`).
    var insertions: [(offset: Int, order: Int, markup: String)] = []
    if verbEnd > 0 {
      insertions.append((0, 1, "*"))
      insertions.append((verbEnd, 0, "*"))
    }
    for (index, placement) in placements.enumerated() {
      var offset = min(max(placement.offset, 0), bytes.count)
      // Never split a character: move to the next scalar boundary.
      while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      insertions.append((offset, offset == 0 ? 0 : 2 + index, "[^\(placement.label)]"))
    }
    insertions.sort { ($0.offset, $0.order) < ($1.offset, $1.order) }
    var out = ""
    var position = 0
    var afterReference = false
    for insertion in insertions {
      if insertion.offset > position {
        out += escapedSegment(bytes[position..<insertion.offset], afterReference: afterReference)
        position = insertion.offset
      }
      out += insertion.markup
      afterReference = insertion.markup.hasPrefix("[^")
    }
    out += escapedSegment(bytes[position...], afterReference: afterReference)
    return out.split(separator: "\n", omittingEmptySubsequences: false).map { MarkdownEscaping.safeLineStart(String($0)) }
  }

  /// Escaped text; a `(` right after a footnote reference is escaped too, or `[^2](x)` would read as a link.
  private static func escapedSegment(_ bytes: ArraySlice<UInt8>, afterReference: Bool) -> String {
    let escaped = MarkdownEscaping.inline(String(decoding: bytes, as: UTF8.self))
    return afterReference && escaped.hasPrefix("(") ? "\\" + escaped : escaped
  }

  /// The UTF-8 length of the verb phrase at the start of `text` when it can be set in italics (it begins and ends
  /// with a letter, so the `*` around it are emphasis by CommonMark's flanking rules), else 0.
  private static func italicVerbLength(_ text: String, verb: String) -> Int {
    guard let first = verb.unicodeScalars.first, let last = verb.unicodeScalars.last,
      first.properties.isAlphabetic, last.properties.isAlphabetic,
      text.utf8.starts(with: verb.utf8), !verb.contains("\n")
    else { return 0 }
    return verb.utf8.count
  }
}
