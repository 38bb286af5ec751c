import ResolutionKit

/// One paragraph of a resolution for `resolute show ID --paragraph REF`: finding it from what the user typed, and its
/// text, Markdown, JSON and reference forms.
struct ParagraphExport {
  var resolution: Resolution
  /// The paragraph's ref as the resolution has it (`IV.3(h)`), whatever spelling found it.
  var ref: String
  /// `GA resolution 55/64, para. 7`.
  var citation: String

  /// Finds `typed` in `resolution` through the one ref grammar (`ParagraphRef`): the ref exactly, else the ref it
  /// names in any spelling people use (`iv.3 (h)`, `pp3`, `annex, para. 35`). Fails naming the ref and listing a few
  /// that exist.
  init(_ typed: String, in resolution: Resolution) throws {
    let refs = Self.refs(of: resolution)
    guard let ref = ParagraphRef.find(typed, in: refs), let citation = ParagraphReference.citation(for: ref, in: resolution)
    else {
      throw failure(Self.unknownMessage(typed, in: resolution, refs: refs))
    }
    self.resolution = resolution
    self.ref = ref
    self.citation = citation
  }

  /// Every ref `--paragraph` accepts, in reading order: `title`, the paragraphs, the annexes, then the footnotes.
  static func refs(of resolution: Resolution) -> [String] { resolution.namedRefs }

  /// `GA 55/64 has no paragraph 'X'; refs look like PP1, PP8, 1, 18, fn1 (40 in all)`.
  private static func unknownMessage(_ typed: String, in resolution: Resolution, refs: [String]) -> String {
    let preamble = resolution.preamble.map(\.ref), operative = resolution.operative.map(\.ref)
    let subparagraphs = resolution.operative.flatMap { $0.subparagraphs.map(\.ref) }
    let footnotes = refs.filter { ParagraphRef($0)?.isFootnote == true }
    var sample: [String] = []
    for ref in [preamble.first, preamble.last, operative.first, subparagraphs.first, operative.last, footnotes.first]
    where ref != nil && !sample.contains(ref!) {
      sample.append(ref!)
    }
    var message = "\(resolution.displayID) has no paragraph '\(typed)'"
    if sample.isEmpty {
      message += "; no paragraphs were recognised in \(resolution.file)"
    } else {
      message += "; its refs look like " + sample.joined(separator: ", ") + " (\(refs.count) in all"
      message += "; `resolute show \(resolution.id?.description ?? resolution.file)` shows each before its text)"
    }
    return message
  }

  // MARK: - Forms

  /// The citation, a blank line, then the text (with its subparagraphs and footnotes).
  func text(wrapping: TextWrapping) -> String {
    var out = [citation, ""]
    if let paragraph = resolution.allOperative.first(where: { $0.ref == ref }) {
      out.append(wrapping.wrap(paragraph.text, first: "", rest: ""))
      for sub in paragraph.subparagraphs {
        let label = "(\(sub.label)) "
        out.append(wrapping.wrap(sub.text, first: "    " + label, rest: "    " + "".padded(to: label.count)))
      }
    } else {
      let missing = ParagraphRef(ref)?.isFootnote == true ? "(no footnote text in the file)" : "(an annex without a title of its own)"
      out.append(wrapping.wrap(ownText ?? missing, first: "", rest: ""))
    }
    let notes = footnotes
    if !notes.isEmpty {
      out.append("")
      for note in notes {
        let head = "[\(note.marker)] "
        out.append(wrapping.wrap(note.text ?? "(no footnote text in the file)", first: head, rest: "".padded(to: head.count)))
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// `ResolutionMarkdown.quote`: the paragraph as a block quote ending in its citation.
  var markdown: String { ResolutionMarkdown.quote(ref, in: resolution) ?? "> — \(citation)\n" }

  /// `{ref, citation, text, verb, line, file}`; `verb` is null for what has none (a title, a subparagraph, a
  /// footnote), `text` the paragraph's own text (an operative paragraph's subparagraphs are refs of their own).
  var json: JSONValue {
    .object([
      ("ref", .string(ref)),
      ("citation", .string(citation)),
      ("text", .optional(ownText)),
      ("verb", .optional(verb)),
      ("line", .optional(resolution.line(of: ref) ?? resolution.footnotes.first { ParagraphRef.footnote($0.marker).description == ref }?.line)),
      ("file", .string(resolution.file)),
    ])
  }

  /// The paragraph's own text; nil for a footnote the file has only the marker of.
  private var ownText: String? { resolution.text(of: ref) }

  private var verb: String? {
    resolution.allPreamble.first { $0.ref == ref }?.verb ?? resolution.allOperative.first { $0.ref == ref }?.verb
  }

  /// The footnotes whose markers stand in the paragraph (or its subparagraphs), each once.
  private var footnotes: [FootnoteReference] {
    let operative = resolution.allOperative.first { $0.ref == ref }
    let refs = Set([ref] + (operative?.subparagraphs.map(\.ref) ?? []))
    var seen: Set<String> = []
    return resolution.footnotes.filter { refs.contains($0.ref) && seen.insert($0.marker).inserted }
  }
}
