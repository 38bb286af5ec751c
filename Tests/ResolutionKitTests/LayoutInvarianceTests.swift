import PropertyBased
import ResolutionKit
import Testing

/// The model must not depend on layout: re-wrapping, indenting, CRLF endings or stripping emphasis give the same
/// ids, counts, refs and texts.
@Suite struct LayoutInvarianceTests {
  @Test func rewrappingAtAnyWidthKeepsTheModel() async {
    let originals = Seeds.files.indices.map { Comparable(Seeds.parse($0)) }
    await propertyCheck(count: 60, input: Gen.int(in: 40...200)) { width in
      for index in Seeds.files.indices {
        let text = Layouts.rewrap(Seeds.text(index), width: width)
        let parsed = Comparable(ResolutionParser().parse(Array(text.utf8), file: "corpus/" + Seeds.files[index]))
        #expect(parsed == originals[index], "\(Seeds.files[index]) at width \(width)\n\(parsed.difference(from: originals[index]))")
      }
    }
  }

  @Test func indentingEveryLineKeepsTheModel() async {
    let originals = Seeds.files.indices.map { Comparable(Seeds.parse($0)) }
    await propertyCheck(count: 20, input: Gen.int(in: 1...30)) { margin in
      for index in Seeds.files.indices {
        let text = Layouts.indent(Seeds.text(index), by: margin)
        let parsed = Comparable(ResolutionParser().parse(Array(text.utf8), file: "corpus/" + Seeds.files[index]))
        #expect(parsed == originals[index], "\(Seeds.files[index]) indented \(margin)\n\(parsed.difference(from: originals[index]))")
      }
    }
  }

  @Test func crlfEndingsKeepTheModel() {
    for index in Seeds.files.indices {
      let text = Seeds.text(index).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
      let parsed = Comparable(ResolutionParser().parse(Array(text.utf8), file: "corpus/" + Seeds.files[index]))
      let original = Comparable(Seeds.parse(index))
      #expect(parsed == original, "\(Seeds.files[index])\n\(parsed.difference(from: original))")
    }
  }

  @Test func strippingEmphasisKeepsTheModel() {
    for index in Seeds.files.indices {
      let text = Seeds.text(index).replacingAll("*", with: "")
      let parsed = Comparable(ResolutionParser().parse(Array(text.utf8), file: "corpus/" + Seeds.files[index]))
      let original = Comparable(Seeds.parse(index))
      #expect(parsed == original, "\(Seeds.files[index])\n\(parsed.difference(from: original))")
    }
  }
}

/// What must stay the same across layouts: everything but source line numbers.
struct Comparable: Equatable, CustomStringConvertible {
  var facts: [String]

  init(_ r: Resolution) {
    facts = [
      "id=\(r.id?.description ?? "nil")", "title=\(r.title ?? "nil")", "adopted=\(r.adopted?.iso ?? "nil")",
      "meeting=\(r.meeting ?? "nil")",
    ]
    facts += r.preamble.map { "\($0.ref) [\($0.verb)] \($0.text)" }
    facts += r.sections.map { "section \($0.number) \($0.heading)" }
    for o in r.operative {
      facts.append("\(o.ref) [\(o.verb)] \(o.text)")
      facts += o.subparagraphs.map { "\($0.ref) \($0.text)" }
    }
    facts += r.footnotes.map { "fn \($0.marker) in \($0.ref) at \($0.offset): \($0.text ?? "nil")" }
    facts += r.footnoteTexts.map { "fn text \($0.marker): \($0.text)" }
  }

  var description: String { facts.joined(separator: "\n") }

  func difference(from other: Comparable) -> String {
    let mine = Set(facts), theirs = Set(other.facts)
    return "missing:\n" + other.facts.filter { !mine.contains($0) }.joined(separator: "\n") + "\nextra:\n"
      + facts.filter { !theirs.contains($0) }.joined(separator: "\n")
  }
}

/// Layout transformations a real file may have gone through.
enum Layouts {
  /// Re-wraps every run of text lines to `width` columns. A run ends at a blank line, at a line that starts with a space
  /// (a page break), at a line of spaces (a footnote separator), at a list item (`- 1.`) and at a line that opens a
  /// footnote (`1 Text`, `¹ Text`):
  /// those are page furniture a re-wrapping typesetter keeps in place. A word hyphenated at a line end stays joined.
  static func rewrap(_ text: String, width: Int) -> String {
    var output: [String] = []
    var run: [String] = []
    func flush() {
      guard !run.isEmpty else { return }
      var words: [String] = []
      for (position, line) in run.enumerated() {
        var pieces = line.split(separator: " ").map(String.init)
        if position > 0, let last = words.last, last.hasSuffix("-"), let first = pieces.first {
          words[words.count - 1] = last + first
          pieces.removeFirst()
        }
        words += pieces
      }
      var line = ""
      for word in words {
        if !line.isEmpty && line.count + 1 + word.count > width {
          output.append(line)
          line = word
        } else {
          line = line.isEmpty ? word : line + " " + word
        }
      }
      if !line.isEmpty { output.append(line) }
      run = []
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let trimmed = line.trimmingCharacters(in: " ")
      if trimmed.isEmpty {
        flush()
        output.append(line)
      } else if line.hasPrefix(" ") || opensFootnote(trimmed) || trimmed.hasPrefix("- ") {
        flush()
        run = [line]
        // Keep the page-break space or the footnote marker at the start of the run.
        if line.hasPrefix(" ") {
          flush()
          output[output.count - 1] = " " + output[output.count - 1]
        }
      } else {
        run.append(trimmed)
      }
    }
    flush()
    return output.joined(separator: "\n")
  }

  private static func opensFootnote(_ line: String) -> Bool {
    guard let first = line.unicodeScalars.first else { return false }
    if "¹²³⁴⁵⁶⁷⁸⁹⁰".unicodeScalars.contains(first) { return true }
    let digits = line.prefix { $0.isNumber }
    return !digits.isEmpty && digits.count <= 2 && line.dropFirst(digits.count).first == " "
  }

  static func indent(_ text: String, by margin: Int) -> String {
    let pad = String(repeating: " ", count: margin)
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
      .joined(separator: "\n")
  }
}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var scalars = Substring(self)
    while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, set.contains(last) { scalars.removeLast() }
    return String(scalars)
  }

  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
