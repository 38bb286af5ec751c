import ResolutionKit

/// A resolution as reference managers import it (`resolute show ID --format bibtex|csl-json|ris`): the symbol, the
/// body, the adoption date and the title, for Zotero, JabRef and the like. One entry per resolution; the paragraph
/// (`--paragraph`) goes into the note as the UN-style reference.
struct BibliographyEntry {
  var resolution: Resolution
  /// `General Assembly resolution 55/64 of 4 December 2000, para. 7` when a paragraph was asked for.
  var reference: String?

  private var symbol: String? { resolution.id?.symbol }
  private var body: String? { resolution.body?.fullName }
  private var title: String { resolution.title ?? resolution.displayID }
  /// The citation key: the symbol with its slashes made underscores (`A_RES_55_64`), else the display id.
  private var key: String {
    String((symbol ?? resolution.displayID).map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
  private var name: String { ParagraphReference.fullCitation(for: nil, in: resolution) ?? resolution.displayID }

  /// `@misc` (BibTeX has no type for resolutions), the body as an institutional author in double braces.
  var bibtex: String {
    var fields: [(String, String)] = []
    if let body { fields.append(("author", "{\(Self.bibtexEscaped(body))}")) }
    fields.append(("title", "{\(Self.bibtexEscaped(title))}"))
    fields.append(("howpublished", Self.bibtexEscaped(name)))
    if let symbol { fields.append(("number", Self.bibtexEscaped(symbol))) }
    if let adopted = resolution.adopted {
      fields.append(("date", adopted.iso))
      fields.append(("year", String(adopted.year)))
    }
    fields.append(("organization", "United Nations"))
    if let reference { fields.append(("note", Self.bibtexEscaped(reference))) }
    let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
    return "@misc{\(key),\n\(body)\n}\n"
  }

  /// CSL-JSON: an array of one item of type `legislation`, the body as a literal author and the authority.
  var cslJSON: JSONValue {
    var item: [(String, JSONValue)] = [("id", .string(key)), ("type", .string("legislation")), ("title", .string(title))]
    if let body {
      item.append(("author", .array([.object([("literal", .string(body))])])))
      item.append(("authority", .string("United Nations \(body)")))
    }
    if let symbol { item.append(("number", .string(symbol))) }
    if let adopted = resolution.adopted {
      item.append(
        ("issued", .object([("date-parts", .array([.array([.int(adopted.year), .int(adopted.month), .int(adopted.day)])]))])))
    }
    item.append(("publisher", .string("United Nations")))
    if let reference { item.append(("note", .string(reference))) }
    return .array([.object(item)])
  }

  /// RIS: a statute (`STAT`), tag lines ending with `ER`.
  var ris: String {
    var lines = ["TY  - STAT"]
    if let body { lines.append("AU  - \(body)") }
    lines.append("TI  - \(Self.oneLine(title))")
    if let symbol { lines.append("M1  - \(symbol)") }
    if let adopted = resolution.adopted {
      lines.append("PY  - \(adopted.year)")
      lines.append(String(format: "DA  - %04d/%02d/%02d", adopted.year, adopted.month, adopted.day))
    }
    lines.append("PB  - United Nations")
    lines.append("N1  - \(Self.oneLine(reference ?? name))")
    lines.append("ER  - ")
    return lines.joined(separator: "\n") + "\n"
  }

  /// BibTeX's special characters escaped; text from a file is never left to break the entry.
  static func bibtexEscaped(_ text: String) -> String {
    var out = ""
    for character in oneLine(text) {
      switch character {
      case "{", "}", "%", "&", "$", "#", "_": out += "\\\(character)"
      case "\\": out += "\\textbackslash{}"
      case "~": out += "\\textasciitilde{}"
      case "^": out += "\\textasciicircum{}"
      default: out.append(character)
      }
    }
    return out
  }

  /// Line breaks (a wrapped title) become spaces: every format here is one field per line.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }
}
