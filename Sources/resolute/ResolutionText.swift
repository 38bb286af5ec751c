import ResolutionKit

/// The readable text form of a whole resolution (`resolute show`).
struct ResolutionText {
  var wrapping: TextWrapping

  func render(_ resolution: Resolution) -> String {
    var out: [String] = []
    out.append(wrapping.wrap(resolution.displayID + (resolution.title.map { " — " + $0 } ?? ""), first: "", rest: "  "))
    if let body = resolution.body { out.append("Body:     \(body.fullName)") }
    if let symbol = resolution.symbol { out.append("Symbol:   \(symbol)") }
    let adopted = [resolution.adopted?.description, resolution.meeting].compactMap { $0 }
    out.append("Adopted:  " + (adopted.isEmpty ? "(date not found)" : adopted.joined(separator: ", ")))
    out.append("File:     \(resolution.file)")
    if resolution.catalogued { out.append("          (metadata completed from the catalog file)") }

    if !resolution.isStructured {
      out.append("")
      out.append("TEXT (no paragraphs recognised; shown as in the file)")
      out.append("")
      out.append(resolution.plainText)
    } else {
      out += preamble(resolution.preamble, heading: "PREAMBLE")
      out += operative(resolution.operative, sections: resolution.sections, heading: "OPERATIVE PART")
      for annex in resolution.annexes {
        out.append("")
        out.append(wrapping.wrap(annex.heading.uppercased() + (annex.title.map { " — " + $0 } ?? ""), first: "", rest: "  "))
        out += preamble(annex.preamble, heading: nil)
        out += operative(annex.paragraphs, sections: annex.sections, heading: nil, headings: annex.headingsBeforeParagraphs)
      }
    }
    out += footnotes(resolution)
    out += citations(resolution)
    if !resolution.warnings.isEmpty {
      out.append("")
      out.append("WARNINGS")
      out += resolution.warnings.map { wrapping.wrap($0.description, first: "  ", rest: "    ") }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func preamble(_ paragraphs: [PreambularParagraph], heading: String?) -> [String] {
    guard !paragraphs.isEmpty else { return [] }
    var out = heading.map { ["", $0] } ?? []
    let width = paragraphs.map(\.ref.count).max()! + 2
    for paragraph in paragraphs {
      out.append("")
      out.append(wrapping.wrap(paragraph.text, first: paragraph.ref.padded(to: width), rest: "".padded(to: width)))
    }
    return out
  }

  /// The paragraphs under their section headings: where `headings` is given (annexes), each heading where it stands
  /// (headings without a number too), else when the paragraphs' section changes.
  private func operative(
    _ paragraphs: [OperativeParagraph], sections: [Section], heading title: String?, headings: [Int: [Section]]? = nil
  ) -> [String] {
    guard !paragraphs.isEmpty else { return [] }
    var out = title.map { ["", $0] } ?? []
    let width = paragraphs.map(\.ref.count).max()! + 2
    var section: String?
    func placed(_ headings: [Section]) {
      for heading in headings {
        out.append("")
        let line =
          heading.number.isEmpty || heading.heading.isEmpty
          ? heading.number + heading.heading : "\(heading.number). \(heading.heading)"
        out.append(wrapping.wrap(line, first: "", rest: "    "))
      }
    }
    for (index, paragraph) in paragraphs.enumerated() {
      if let headings {
        placed(headings[index] ?? [])
      } else if paragraph.section != section, let number = paragraph.section {
        section = number
        let heading = sections.first { $0.number == number }?.heading ?? ""
        out.append("")
        out.append(wrapping.wrap(heading.isEmpty ? number : "\(number). \(heading)", first: "", rest: "    "))
      }
      out.append("")
      out.append(wrapping.wrap(paragraph.text, first: paragraph.ref.padded(to: width), rest: "".padded(to: width)))
      let indent = "".padded(to: width)
      for sub in paragraph.subparagraphs {
        let label = "(\(sub.label)) "
        out.append(wrapping.wrap(sub.text, first: indent + label, rest: indent + "".padded(to: label.count)))
      }
    }
    if let headings { placed(headings[paragraphs.count] ?? []) }
    return out
  }

  private func footnotes(_ resolution: Resolution) -> [String] {
    let markers = Set(resolution.footnotes.map(\.marker))
    let unreferenced = resolution.footnoteTexts.filter { !markers.contains($0.marker) }
    guard !resolution.footnotes.isEmpty || !unreferenced.isEmpty else { return [] }
    var out = ["", "FOOTNOTES"]
    for note in resolution.footnotes {
      let head = "  [\(note.marker)] in \(note.ref): "
      out.append(wrapping.wrap(note.text ?? "(no footnote text in the file)", first: head, rest: "      "))
    }
    for note in unreferenced {
      out.append(wrapping.wrap(note.text, first: "  [\(note.marker)] (no marker in the text): ", rest: "      "))
    }
    return out
  }

  private func citations(_ resolution: Resolution) -> [String] {
    guard !resolution.citations.isEmpty else { return [] }
    var out = ["", "CITATIONS"]
    for citation in resolution.citations {
      var target = citation.target ?? "?"
      if let pinpoint = citation.pinpoint { target += ", \(pinpoint)" }
      if citation.kind == .resolution {
        target += citation.resolved.map { " (in the corpus: \($0))" } ?? " (not in the corpus)"
      }
      out.append(wrapping.wrap("\(citation.ref): \(citation.text) → \(target)", first: "  ", rest: "      "))
    }
    return out
  }
}
