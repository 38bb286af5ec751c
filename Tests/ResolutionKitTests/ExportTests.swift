import ResolutionKit
import Testing

/// Seed indexes in `Seeds.files`.
private enum Seed {
  static let ccpcj = 0, ecosoc1992 = 1, ecosoc2004 = 3, ga = 4
}

@Suite("Export: paragraph references")
struct ParagraphReferenceTests {
  @Test func operativePreambularAndWholeResolutionOfGA55Slash64() {
    let ga = Seeds.parse(Seed.ga)
    #expect(ParagraphReference.citation(for: "7", in: ga) == "GA resolution 55/64, para. 7")
    #expect(ParagraphReference.citation(for: "PP3", in: ga) == "GA resolution 55/64, preambular para. 3")
    #expect(ParagraphReference.citation(for: "title", in: ga) == "GA resolution 55/64")
    #expect(ParagraphReference.citation(for: nil, in: ga) == "GA resolution 55/64")
  }

  @Test func sectionsAndSubparagraphsOfECOSOC1992Slash22() {
    let ecosoc = Seeds.parse(Seed.ecosoc1992)
    #expect(ParagraphReference.citation(for: "IV.3(h)", in: ecosoc) == "ECOSOC resolution 1992/22, sect. IV, para. 3 (h)")
    #expect(ParagraphReference.citation(for: "I.3(a)", in: ecosoc) == "ECOSOC resolution 1992/22, sect. I, para. 3 (a)")
    #expect(ParagraphReference.citation(for: "VI.2", in: ecosoc) == "ECOSOC resolution 1992/22, sect. VI, para. 2")
    #expect(ParagraphReference.citation(for: "PP23", in: ecosoc) == "ECOSOC resolution 1992/22, preambular para. 23")
  }

  @Test func aCommissionResolution() {
    #expect(ParagraphReference.citation(for: "12", in: Seeds.parse(Seed.ccpcj)) == "CCPCJ resolution 5/2, para. 12")
  }

  @Test func aResolutionWithoutNumberIsNamedByItsDate() {
    let ecosoc = Seeds.parse(Seed.ecosoc2004)
    #expect(ecosoc.number == nil)
    #expect(ParagraphReference.citation(for: "6", in: ecosoc) == "ECOSOC resolution of 21 July 2004, para. 6")
    #expect(ParagraphReference.citation(for: "PP1", in: ecosoc) == "ECOSOC resolution of 21 July 2004, preambular para. 1")
    #expect(ParagraphReference.citation(for: "fn10", in: ecosoc) == "ECOSOC resolution of 21 July 2004, footnote 10")
  }

  @Test func withoutNumberOrDateTheFileNameStandsIn() {
    var resolution = Resolution(file: "some/folder/notes.txt", plainText: "")
    resolution.body = .ecosoc
    resolution.operative = [OperativeParagraph(ref: "1", number: 1, section: nil, verb: "Decides", text: "Decides.", line: 3)]
    #expect(ParagraphReference.citation(for: "1", in: resolution) == "ECOSOC resolution (notes.txt), para. 1")
    resolution.body = nil
    #expect(ParagraphReference.citation(for: nil, in: resolution) == "Resolution (notes.txt)")
  }

  @Test func footnotesWithTextOrOnlyAMarker() {
    let ga = Seeds.parse(Seed.ga)
    #expect(ParagraphReference.citation(for: "fn2", in: ga) == "GA resolution 55/64, footnote 2")
    // ECOSOC 1992/22 has the markers but not the notes' texts.
    let ecosoc = Seeds.parse(Seed.ecosoc1992)
    #expect(ecosoc.text(of: "fn55") == nil)
    #expect(ParagraphReference.citation(for: "fn55", in: ecosoc) == "ECOSOC resolution 1992/22, footnote 55")
  }

  @Test(arguments: ["PP99", "19", "IV.3(z)", "V.9", "fn99", "fn", "", "7 ", "pp3", "IV.3 (h)"])
  func unknownRefsHaveNoCitation(ref: String) {
    let ga = Seeds.parse(Seed.ga), ecosoc = Seeds.parse(Seed.ecosoc1992)
    #expect(ParagraphReference.citation(for: ref, in: ga) == nil)
    #expect(ParagraphReference.citation(for: ref, in: ecosoc) == nil)
  }

  @Test("every paragraph of every seed has a citation of its own", arguments: 0..<5)
  func everyRefIsCitedDistinctly(seed: Int) {
    let resolution = Seeds.parse(seed)
    let citations = resolution.paragraphRefs.map { ParagraphReference.citation(for: $0, in: resolution) }
    #expect(citations.allSatisfy { $0 != nil })
    #expect(Set(citations).count == citations.count)
  }
}

@Suite("Export: Markdown")
struct ResolutionMarkdownTests {
  @Test("every paragraph's text appears, verb phrases in italics", arguments: 0..<5)
  func everyParagraphAppears(seed: Int) throws {
    let resolution = Seeds.parse(seed)
    let markdown = ResolutionMarkdown.render(resolution)
    let plain = markdown.split(separator: "\n").map { Markdown.plain(String($0)) }
    var texts = resolution.preamble.map(\.text) + resolution.operative.map(\.text)
    texts += resolution.operative.flatMap { $0.subparagraphs.map(\.text) }
    texts += resolution.footnotes.compactMap(\.text)
    if let title = resolution.title { texts.append(title) }
    #expect(texts.count > 15)
    for text in texts {
      #expect(plain.contains { $0.contains(text) }, "missing: \(text)")
    }
    for paragraph in resolution.preamble where !paragraph.verb.isEmpty {
      #expect(markdown.contains("\n*\(paragraph.verb)* "), "verb not in italics: \(paragraph.verb)")
    }
    #expect(plain.first?.hasPrefix("# \(resolution.displayID) — ") == true)
    #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test("operative numbers render as printed, subparagraphs stay inside their paragraph", arguments: 0..<5)
  func numberingSurvives(seed: Int) {
    let resolution = Seeds.parse(seed)
    let lines = ResolutionMarkdown.render(resolution).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let items = Markdown.orderedListItems(lines)
    #expect(items.map(\.written) == resolution.operative.map(\.number))
    #expect(items.map(\.rendered) == resolution.operative.map(\.number))
    // Subparagraphs: `(a) …` indented exactly to their item's content, so they are its paragraphs, not code.
    let subparagraphs = resolution.operative.flatMap(\.subparagraphs)
    var contentIndent = 0, found: [String] = []
    for line in lines {
      if let item = Markdown.listMarker(line) { contentIndent = item.count }
      let trimmed = line.drop { $0 == " " }
      guard trimmed.hasPrefix("("), line.first == " " else { continue }
      #expect(line.count - trimmed.count == contentIndent, "badly indented: \(line)")
      found.append(String(trimmed.prefix { $0 != " " }))
    }
    #expect(found == subparagraphs.map { "(\($0.label))" })
    let headings = lines.filter { $0.hasPrefix("### ") }
    #expect(headings == resolution.sections.map { "### \($0.number). \($0.heading)" })
  }

  @Test("footnote references and definitions match", arguments: 0..<5)
  func footnotesMatch(seed: Int) {
    let resolution = Seeds.parse(seed)
    let lines = ResolutionMarkdown.render(resolution).split(separator: "\n").map(String.init)
    let definitions = lines.compactMap(Markdown.definitionLabel)
    let references = lines.flatMap { line in Markdown.referenceLabels(Markdown.definitionLabel(line) == nil ? line : "") }
    #expect(references.count == resolution.footnotes.count)
    #expect(Set(references) == Set(definitions))
    #expect(definitions.count == Set(definitions).count)
    // One definition per distinct note: a marker repeated with the same text (GA 55/64's `1`) is defined once.
    let distinct = Set(resolution.footnotes.map { "\($0.marker)|\($0.text ?? "")" })
    #expect(definitions.count == distinct.count)
    // The reference stands where the marker stood: after the word it follows.
    if seed == Seed.ga {
      #expect(lines.contains { $0.contains("Organized Crime[^1] and the protocols thereto,[^3][^4] which") })
    }
  }

  @Test func hostileTextIsEscapedAndVisible() {
    var resolution = Resolution(file: "hostile.txt", plainText: "")
    resolution.id = ResolutionID(body: .ga, number: "60/1")
    resolution.body = .ga
    resolution.number = "60/1"
    resolution.title = "Red \u{1B}[31mtitle\u{1B}[0m #"
    resolution.preamble = [
      PreambularParagraph(ref: "PP1", verb: "Recalling", text: "Recalling *bold* _x_ `code` [link](x) <b> & \\", line: 3),
      PreambularParagraph(ref: "PP2", verb: "", text: "# not a heading\n- not a list\n1. not a list\n    not code", line: 5),
    ]
    resolution.operative = [
      OperativeParagraph(
        ref: "1", number: 1, section: nil, verb: "", text: "- dash first", line: 7,
        subparagraphs: [Subparagraph(ref: "1(a)", label: "a", text: "\u{202E}reversed\u{7}", line: 8)])
    ]
    let markdown = ResolutionMarkdown.render(resolution)
    #expect(!markdown.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" })
    #expect(markdown.contains("# GA 60/1 — Red ^\\[\\[31mtitle^\\[\\[0m \\#\n"))
    #expect(markdown.contains("*Recalling* \\*bold\\* \\_x\\_ \\`code\\` \\[link\\](x) \\<b\\> \\& \\\\\n"))
    #expect(markdown.contains("\n\\# not a heading\n\\- not a list\n1\\. not a list\nnot code\n"))
    #expect(markdown.contains("\n1. \\- dash first\n"))
    #expect(markdown.contains("\n   (a) \\<U+202E\\>reversed^G\n"))
    // The only headings are the renderer's own; no file text starts one.
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.prefix(12) }
    #expect(headings == ["# GA 60/1 — ", "## Preamble", "## Operative"])
  }

  @Test func aFileWithoutParagraphsIsFencedText() {
    let text = "Notes with ```` fences\n# and a hash\n\u{1B}]0;title\u{7}"
    let markdown = ResolutionMarkdown.render(Resolution(file: "notes.txt", plainText: text))
    #expect(markdown.contains("\n`````text\nNotes with ```` fences\n# and a hash\n^[]0;title^G\n`````\n"))
    #expect(!markdown.contains("## Preamble"))
  }

  @Test("printed numbers that do not run on start a new list", arguments: [[1, 2, 4, 4], [3, 4], [2_000_000_000, 1]])
  func gapsAndRepeats(numbers: [Int]) {
    var resolution = Resolution(file: "gaps.txt", plainText: "")
    resolution.operative = numbers.enumerated().map { index, number in
      OperativeParagraph(ref: ParagraphRef("\(number)-\(index)")!, number: number, section: nil, verb: "Decides", text: "Decides.", line: index)
    }
    let lines = ResolutionMarkdown.render(resolution).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let items = Markdown.orderedListItems(lines)
    let listed = numbers.filter { $0 < 1_000_000_000 }
    #expect(items.map(\.rendered) == listed)
    for number in numbers where number >= 1_000_000_000 { #expect(lines.contains("\(number)\\. *Decides*.")) }
  }

  @Test func aParagraphQuotedWithItsCitationAndFootnotes() throws {
    let ga = Seeds.parse(Seed.ga)
    let quote = try #require(ResolutionMarkdown.quote("15", in: ga))
    let lines = quote.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.hasPrefix("> 15. *Encourages* States") == true)
    #expect(lines.contains("> — GA resolution 55/64, para. 15"))
    #expect(lines.compactMap(Markdown.definitionLabel) == ["1", "3", "4"])
    let ecosoc = Seeds.parse(Seed.ecosoc1992)
    let section = try #require(ResolutionMarkdown.quote("IV.3", in: ecosoc))
    #expect(section.contains("\n>    (h) The development of criteria"))
    #expect(section.contains("> — ECOSOC resolution 1992/22, sect. IV, para. 3\n"))
    #expect(ResolutionMarkdown.quote("IV.99", in: ecosoc) == nil)
  }
}

/// Just enough CommonMark to check the output: what a renderer would show as text, list numbering, footnote labels.
private enum Markdown {
  /// What CommonMark lets a backslash escape.
  static let asciiPunctuation = ##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##

  /// A line as a renderer shows its text: footnote references and emphasis `*` dropped, backslash escapes undone.
  static func plain(_ line: String) -> String {
    var out = ""
    var scalars = Array(line.unicodeScalars)[...]
    while let scalar = scalars.first {
      if scalar == "\\", let next = scalars.dropFirst().first, asciiPunctuation.unicodeScalars.contains(next) {
        out.unicodeScalars.append(next)
        scalars = scalars.dropFirst(2)
      } else if scalar == "[", scalars.dropFirst().first == "^", let close = scalars.firstIndex(of: "]") {
        scalars = scalars[(close + 1)...]
      } else if scalar == "*" {
        scalars = scalars.dropFirst()
      } else {
        out.unicodeScalars.append(scalar)
        scalars = scalars.dropFirst()
      }
    }
    return out
  }

  /// `7. ` when `line` opens a top-level ordered list item.
  static func listMarker(_ line: String) -> String? {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard (1...9).contains(digits.count), line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
    return String(digits) + ". "
  }

  /// Top-level ordered list items: the number written, and the number a CommonMark renderer shows (the list's first
  /// number plus the item's position; any other top-level block ends a list).
  static func orderedListItems(_ lines: [String]) -> [(written: Int, rendered: Int)] {
    var items: [(written: Int, rendered: Int)] = []
    var next: Int?
    for line in lines {
      if let marker = listMarker(line) {
        let written = Int(marker.dropLast(2))!
        items.append((written, next ?? written))
        next = (next ?? written) + 1
      } else if !line.isEmpty, line.first != " " {
        next = nil
      }
    }
    return items
  }

  /// `2` for a definition line `[^2]: …`.
  static func definitionLabel(_ line: String) -> String? {
    guard line.hasPrefix("[^"), let close = line.firstIndex(of: "]"), line[close...].hasPrefix("]: ") else { return nil }
    return String(line[line.index(line.startIndex, offsetBy: 2)..<close])
  }

  /// The labels of the footnote references `[^2]` in `line`.
  static func referenceLabels(_ line: String) -> [String] {
    var labels: [String] = []
    var rest = Substring(line)
    while let open = rest.firstIndex(of: "[") {
      let escaped = open > rest.startIndex && rest[rest.index(before: open)] == "\\"
      rest = rest[rest.index(after: open)...]
      guard !escaped, rest.hasPrefix("^"), let close = rest.firstIndex(of: "]") else { continue }
      labels.append(String(rest[rest.index(after: rest.startIndex)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return labels
  }
}
