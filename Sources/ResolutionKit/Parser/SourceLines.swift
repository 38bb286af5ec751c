/// Splits decoded text into lines, removes a margin common to all lines, and cleans each line.
enum SourceLines {
  static func read(_ text: String) -> [CleanLine] {
    var bytes = Array(text.utf8)
    // Tabs count as one space; other controls stay and are shown visibly by the front ends.
    if bytes.contains(ASCII.tab) {
      for index in bytes.indices where bytes[index] == ASCII.tab { bytes[index] = ASCII.space }
    }
    // Each line as a range of the bytes, its newline left out: a line is copied once, into its `raw` (and a plain
    // line's cleaned text is that same array).
    var ranges: [Range<Int>] = []
    var lineStart = 0
    while let newline = bytes[lineStart...].firstIndex(of: ASCII.newline) {
      ranges.append(lineStart..<newline)
      lineStart = newline + 1
    }
    if lineStart < bytes.count { ranges.append(lineStart..<bytes.count) }

    // The margin: the smallest indentation of any line with text (files indented by a fixed amount throughout).
    var margin = Int.max
    for range in ranges {
      let indent = bytes.skippingSpaces(in: range) - range.lowerBound
      if indent < range.count { margin = min(margin, indent) }
    }
    if margin == Int.max { margin = 0 }

    let asterisks = usesAsteriskFootnotes(bytes, ranges)
    let cleaner = LineCleaner(asteriskMarkers: asterisks)
    var lines: [CleanLine] = []
    lines.reserveCapacity(ranges.count)
    for (index, range) in ranges.enumerated() {
      // The margin is no wider than any line's indentation, so the text starts where the trimmed line does.
      let text = bytes.trimmingSpaces(in: range)
      let indent = text.lowerBound - min(range.lowerBound + margin, text.upperBound)
      let raw = text.isEmpty ? [] : Array(bytes[text])
      // A run of spaces well past the margin, or of underscores/dashes, separates footnotes from text at a page bottom.
      let isSeparator = (raw.isEmpty && range.count - margin >= 20)
        || (raw.count >= 5 && raw.allSatisfy { $0 == ASCII.underscore || $0 == ASCII.hyphen || $0 == ASCII.space })
      let cleaned = isSeparator ? (text: [UInt8](), markers: [InlineMarker]()) : cleaner.clean(raw: raw)
      lines.append(
        CleanLine(
          number: index + 1, text: cleaned.text, indent: indent, markers: cleaned.markers, raw: raw,
          isSeparator: isSeparator))
    }
    return lines
  }

  /// Footnotes written as asterisks: a line after a break that starts `* Text` and does not close an emphasis.
  private static func usesAsteriskFootnotes(_ bytes: [UInt8], _ lines: [Range<Int>]) -> Bool {
    var previousBlank = true
    for line in lines {
      let text = bytes.trimmingSpaces(in: line)
      defer { previousBlank = text.isEmpty }
      guard previousBlank, !text.isEmpty, bytes[text.lowerBound] == ASCII.asterisk else { continue }
      let raw = Array(bytes[text])
      var index = 0
      while index < raw.count, raw[index] == ASCII.asterisk { index += 1 }
      guard index <= 3, index < raw.count, raw[index] == ASCII.space, raw.last != ASCII.asterisk else { continue }
      let next = raw.skippingSpaces(from: index)
      if next < raw.count, ASCII.isUpper(raw[next]) || ASCII.isDigit(raw[next]) { return true }
    }
    return false
  }
}

/// Tells footnote texts (page bottoms, interleaved blocks, the end of the file) apart from the resolution's own text.
enum FootnoteLayout {
  struct Result {
    var body: [CleanLine]
    var footnotes: [FootnoteText]
  }

  static func separate(_ lines: [CleanLine], vocabulary: Vocabulary) -> Result {
    var referenced = Set<String>()
    for line in lines { for marker in line.markers { referenced.insert(marker.marker) } }

    // The body is the lines themselves until a footnote's line gives way to a break: only then is it copied.
    var body: [CleanLine] = []
    var copied = false
    func keep(_ index: Int) { if copied { body.append(lines[index]) } }
    func replace(_ index: Int, with line: CleanLine) {
      if !copied {
        body.reserveCapacity(lines.count)
        body += lines[..<index]
        copied = true
      }
      body.append(line)
    }
    var footnotes: [FootnoteText] = []
    var current: (marker: String, text: TextBlock, line: Int)?
    var previousWasBreak = true  // start of file, blank line, separator, or footnote line
    var lastNumber = 0
    let cleaner = LineCleaner(asteriskMarkers: false)

    func finish() {
      if let open = current {
        footnotes.append(FootnoteText(marker: open.marker, text: open.text.text.string, line: open.line))
        current = nil
      }
    }

    for (index, line) in lines.enumerated() {
      if line.isBlank || line.isSeparator {
        // A blank line ends adjacency but a footnote may still continue after a separator line.
        finish()
        previousWasBreak = true
        keep(index)
        continue
      }
      if previousWasBreak || current != nil,
        let start = footnoteStart(line.raw, referenced: referenced, lastNumber: lastNumber),
        !continuesYear(start.marker, of: current, raw: line.raw, referenced: referenced, lastNumber: lastNumber)
      {
        finish()
        var block = TextBlock()
        block.text = cleaner.clean(raw: Array(line.raw[start.textStart...])).text
        block.lineStarts = [(0, line.number)]
        current = (start.marker, block, line.number)
        if let number = Int(start.marker) { lastNumber = number }
        previousWasBreak = true
        // Keep the line in the body stream as a break so paragraphs on either side stay apart.
        replace(index, with: .pageBreak(at: line.number))
        continue
      }
      if var open = current {
        if line.raw.hasPrefix(Literal.footnoteOpen), let close = line.raw.firstIndex(of: ASCII.colon) {
          // `[^1994]: (United Nations publication …)`: the number that went on the footnote above, mangled into a
          // marker by the extraction; it goes back into that footnote's text.
          var continuation = TextBlock()
          let year = line.raw[2..<max(2, close - 1)]
          continuation.text = Array(year) + [ASCII.space] + cleaner.clean(raw: Array(line.raw[(close + 1)...])).text
            .trimmedSpaces()
          continuation.lineStarts = [(0, line.number)]
          open.text.append(continuation, vocabulary: vocabulary)
          current = open
          replace(index, with: .pageBreak(at: line.number))
          continue
        }
        if endsSentence(open.text.text) {
          finish()  // the footnote ended with its sentence: this line resumes the text
        } else {
          var continuation = TextBlock()
          continuation.text = cleaner.clean(raw: line.raw).text
          continuation.lineStarts = [(0, line.number)]
          open.text.append(continuation, vocabulary: vocabulary)
          current = open
          replace(index, with: .pageBreak(at: line.number))
          continue
        }
      }
      previousWasBreak = false
      keep(index)
    }
    finish()
    return Result(body: copied ? body : lines, footnotes: footnotes)
  }

  /// `[^1994]:` or `[^7]: February 1984.` right under a footnote that has not ended (`… Cairo, 5–13 September`,
  /// `… as from`): a number of that footnote's text (a year, a day) the extraction wrote as a marker of its own, out of
  /// the footnotes' sequence.
  static func continuesYear(
    _ marker: String, of open: (marker: String, text: TextBlock, line: Int)?, raw: [UInt8], referenced: Set<String>,
    lastNumber: Int
  ) -> Bool {
    guard let open, raw.hasPrefix(Literal.footnoteOpen), let number = Int(marker), number != lastNumber + 1,
      !endsSentence(open.text.text)
    else { return false }
    return true
  }

  /// Abbreviations that end in a period without ending the footnote (`Sales No.` / `E.00.IV.8`).
  private static let abbreviations: Set<String> = [
    "no", "nos", "para", "paras", "vol", "p", "pp", "sect", "art", "arts", "chap", "supp", "suppl", "add", "rev", "corr",
    "e.g", "i.e", "cf", "ed", "eds", "op", "cit", "st", "mr", "mrs", "ms", "dr", "res", "doc", "sess",
  ]

  /// Whether a footnote's text so far ends a sentence: a final period not after an abbreviation or an initial.
  static func endsSentence(_ text: [UInt8]) -> Bool {
    guard text.last == ASCII.period else { return false }
    var start = text.count - 1
    while start > 0, text[start - 1] != ASCII.space { start -= 1 }
    let word = Array(text[start..<(text.count - 1)]).string.lowercased()
    if word.count == 1, word.first?.isLetter == true { return false }
    return !abbreviations.contains(word)
  }

  /// The marker and where the text starts, when a line opens a footnote (`⁵ A/55/119.`, `2 See …`, `<sup>3</sup> …`).
  static func footnoteStart(_ raw: [UInt8], referenced: Set<String>, lastNumber: Int) -> (marker: String, textStart: Int)? {
    guard !raw.isEmpty else { return nil }
    var marker: String?
    var index = 0
    if let run = Superscript.run(in: raw, at: 0) {
      marker = run.digits
      index = run.length
    } else if raw.hasPrefixIgnoringCase(Literal.supOpen) {
      var end = 5
      while end < raw.count, raw[end] != ASCII.lessThan { end += 1 }
      guard raw.hasPrefixIgnoringCase(Literal.supClose, at: end) else { return nil }
      marker = Array(raw[5..<end]).trimmedSpaces().string
      index = end + 6
    } else if raw.hasPrefix(Literal.footnoteOpen) {
      let digits = raw.digitRun(at: 2)
      guard !digits.isEmpty, raw.hasPrefix(Literal.footnoteDefinitionEnd, at: digits.upperBound) else { return nil }
      marker = raw[digits].string
      index = digits.upperBound + 2
    } else if raw[0] == ASCII.asterisk {
      while index < raw.count, raw[index] == ASCII.asterisk { index += 1 }
      guard index <= 3, index < raw.count, raw[index] == ASCII.space, referenced.contains(String(repeating: "*", count: index))
      else { return nil }
      marker = String(repeating: "*", count: index)
    } else if ASCII.isDigit(raw[0]) {
      let digits = raw.digitRun(at: 0)
      guard digits.count <= 3, digits.upperBound < raw.count, raw[digits.upperBound] == ASCII.space,
        let number = raw.intValue(digits)
      else { return nil }
      let text = raw[digits].string
      guard referenced.contains(text) || (lastNumber > 0 && number == lastNumber + 1) else { return nil }
      index = digits.upperBound
      // `17 December 1999`, `47th plenary meeting`: a date or a count, not a footnote.
      let next = VerbPhrases.firstWords(of: Array(raw[index...]), limit: 1).first ?? ""
      if CalendarDate.month(named: next) != nil { return nil }
      // `8 and 9 December 2014, and …` after a page break is the text going on; a footnote opens with a capital,
      // a symbol or a number (`See …`, `A/51/218`, `2000 Review Conference …`).
      if let first = next.unicodeScalars.first, first.properties.isLowercase { return nil }
      marker = text
    }
    guard let found = marker, !found.isEmpty else { return nil }
    let textStart = raw.skippingSpaces(from: index)
    guard textStart < raw.count, textStart > index || !ASCII.isDigit(raw[textStart]) else { return nil }
    return (found, textStart)
  }
}
