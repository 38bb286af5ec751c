/// A footnote marker found inside a line or paragraph, at a UTF-8 offset of the cleaned text.
struct InlineMarker: Hashable, Sendable {
  var offset: Int
  var marker: String
}

/// One source line after markdown debris and footnote markers are taken out.
struct CleanLine: Sendable {
  /// 1-based line number in the file.
  var number: Int
  /// The text without markdown emphasis, headings, bullets, tags or footnote markers; spaces collapsed.
  var text: [UInt8]
  /// Leading spaces after the file's common margin (page-break lines start with one).
  var indent: Int
  var markers: [InlineMarker]
  /// The line as written, margin and trailing spaces removed (used to recognise footnote texts).
  var raw: [UInt8]
  /// A line of spaces or underscores that separates footnotes from the text.
  var isSeparator: Bool

  var isBlank: Bool { text.isEmpty }

  /// Stands in for a line taken out of the text (a footnote's), so the paragraphs on either side stay apart.
  static func pageBreak(at number: Int) -> CleanLine {
    CleanLine(number: number, text: [], indent: 0, markers: [], raw: [], isSeparator: true)
  }
}

/// Literals the line readers test every line for, made once (an array literal per test allocated per line).
enum Literal {
  static let footnoteOpen = Array("[^".utf8)
  static let footnoteDefinitionEnd = Array("]:".utf8)
  static let supOpen = Array("<sup>".utf8)
  static let supClose = Array("</sup>".utf8)
}

/// Cleans single lines: markdown debris out, footnote markers recorded at their offsets.
struct LineCleaner {
  /// When the file writes footnotes as asterisks (`Crime,* and` … `* Resolution 55/25.`), asterisks glued to words are markers.
  var asteriskMarkers: Bool

  /// Abbreviations after which a glued number is part of a reference, not a footnote (`Add.2`, `No.5`).
  private static let abbreviations: Set<[UInt8]> = Set(
    ["no", "add", "rev", "corr", "para", "paras", "sect", "vol", "supp", "suppl", "art", "arts", "chap", "p", "pp", "sess",
     "res", "doc", "annex", "sales", "ch", "fig", "op", "cit", "ibid", "id", "amend", "inf", "l", "c", "e", "a", "s"]
      .map { Array($0.utf8) })

  /// ASCII bytes the cleaner looks at twice: tags, footnote brackets, emphasis, escapes.
  private static let startsMarkup: [Bool] = (0..<128).map { byte in
    [ASCII.lessThan, ASCII.openBracket, ASCII.asterisk, ASCII.underscore, ASCII.backslash].contains(UInt8(byte))
  }

  func clean(raw: [UInt8]) -> (text: [UInt8], markers: [InlineMarker]) {
    var input = raw.trimmedSpaces()
    input = Self.strippingLineDecoration(input)
    let startsMarkup = Self.startsMarkup  // read once: a static in the loop costs a lazy-initialisation check per byte
    // Most lines are one plain run: the text is the line itself (the same storage, not a copy).
    if !input.isEmpty, Self.plainRunEnd(in: input, from: 0, startsMarkup) == input.count {
      return Self.withGluedDigits(input, markers: [])
    }
    var out: [UInt8] = []
    out.reserveCapacity(input.count)
    var markers: [InlineMarker] = []
    var index = 0

    func appendSpace() {
      if let last = out.last, last != ASCII.space { out.append(ASCII.space) }
    }
    func recordMarker(_ marker: String) {
      var offset = out.count
      if out.last == ASCII.space { offset -= 1 }
      markers.append(InlineMarker(offset: offset, marker: marker))
    }

    while index < input.count {
      let b = input[index]
      // Most bytes are plain text: copied a run at a time without trying every rule below. A run goes on over single
      // spaces between plain bytes (kept as they are), so a plain line is one append, not one per word.
      if b > ASCII.space, b < 0x80, !startsMarkup[Int(b)] {
        let end = Self.plainRunEnd(in: input, from: index, startsMarkup)
        out.append(contentsOf: input[index..<end])
        index = end
        continue
      }
      if ASCII.isSpace(b) {
        appendSpace()
        index += 1
        continue
      }
      if b == ASCII.lessThan, let (consumed, marker) = Self.tag(in: input, at: index) {
        if let marker { recordMarker(marker) }
        index += consumed
        continue
      }
      if b == ASCII.openBracket, input.hasPrefix(Literal.footnoteOpen, at: index) {
        let digits = input.digitRun(at: index + 2)
        if !digits.isEmpty, digits.upperBound < input.count, input[digits.upperBound] == ASCII.closeBracket,
          digits.upperBound + 1 >= input.count || input[digits.upperBound + 1] != ASCII.colon
        {
          recordMarker(input[digits].string)
          index = digits.upperBound + 1
          continue
        }
      }
      if b == ASCII.asterisk {
        var end = index
        while end < input.count, input[end] == ASCII.asterisk { end += 1 }
        let glued = index > 0 && !ASCII.isSpace(input[index - 1])
        let free = end >= input.count || ASCII.isSpace(input[end]) || ASCII.isTerminal(input[end])
        if asteriskMarkers && glued && free && end - index <= 4 {
          recordMarker(String(repeating: "*", count: end - index))
        }
        index = end
        continue
      }
      if b == ASCII.underscore {
        var end = index
        while end < input.count, input[end] == ASCII.underscore { end += 1 }
        let before = index == 0 || !ASCII.isAlphanumeric(input[index - 1])
        let after = end >= input.count || !ASCII.isAlphanumeric(input[end])
        if before || after {
          index = end
          continue
        }
        out.append(contentsOf: input[index..<end])
        index = end
        continue
      }
      if b == ASCII.backslash, index + 1 < input.count, Self.isASCIIPunctuation(input[index + 1]) {
        out.append(input[index + 1])
        index += 2
        continue
      }
      if b == 0xC2 || b == 0xE2, let run = Superscript.run(in: input, at: index) {
        recordMarker(run.digits)
        index += run.length
        continue
      }
      // `®` is how OCR reads a superscript 1 glued to a word.
      if b == 0xC2, index + 1 < input.count, input[index + 1] == 0xAE, index > 0, !ASCII.isSpace(input[index - 1]) {
        recordMarker("1")
        index += 2
        continue
      }
      out.append(b)
      index += 1
    }
    while out.last == ASCII.space { out.removeLast() }
    return Self.withGluedDigits(out, markers: markers)
  }

  /// The end of the run of plain bytes that starts at `start` (a plain byte): printable ASCII that starts no markup,
  /// with single spaces between them (kept as they are).
  @inline(__always)
  private static func plainRunEnd(in input: [UInt8], from start: Int, _ startsMarkup: [Bool]) -> Int {
    func isPlain(_ byte: UInt8) -> Bool { byte > ASCII.space && byte < 0x80 && !startsMarkup[Int(byte)] }
    guard isPlain(input[start]) else { return start }
    var end = start + 1
    while end < input.count {
      var next = input[end]
      if next == ASCII.space, end + 1 < input.count {
        next = input[end + 1]
        guard isPlain(next) else { break }
        end += 2
        continue
      }
      guard isPlain(next) else { break }
      end += 1
    }
    return end
  }

  /// The cleaned text with the footnote numbers glued to its words taken out, and their markers with the others.
  private static func withGluedDigits(_ out: [UInt8], markers: [InlineMarker]) -> (text: [UInt8], markers: [InlineMarker]) {
    let (text, glued) = extractingGluedDigits(out)
    if glued.isEmpty { return (text, markers) }
    return (text, merge(markers, shiftedBy: glued, into: text))
  }

  /// Removes heading hashes, quote marks and list bullets at the start of a line.
  static func strippingLineDecoration(_ line: [UInt8]) -> [UInt8] {
    var start = 0
    while start < line.count, line[start] == ASCII.hash { start += 1 }
    if start > 0 { start = line.skippingSpaces(from: start) }
    if start < line.count, line[start] == ASCII.greaterThan, start + 1 < line.count, line[start + 1] == ASCII.space {
      start = line.skippingSpaces(from: start + 1)
    }
    // `- 1.`, `* (a)`, `+ text`, `• text`: list bullets before the real text.
    if start + 1 < line.count, line[start] == ASCII.hyphen || line[start] == ASCII.plus || line[start] == ASCII.asterisk,
      line[start + 1] == ASCII.space
    {
      start = line.skippingSpaces(from: start + 1)
    } else if line.hasPrefix([0xE2, 0x80, 0xA2], at: start) {
      start = line.skippingSpaces(from: start + 3)
    }
    return start == 0 ? line : Array(line[start...])
  }

  /// An HTML-ish tag at `index`: `<sup>53</sup>` gives a marker; `<i>`, `</b>`, `<br/>` are dropped.
  private static func tag(in bytes: [UInt8], at index: Int) -> (consumed: Int, marker: String?)? {
    if bytes.hasPrefixIgnoringCase(Literal.supOpen, at: index) {
      var end = index + 5
      while end < bytes.count, end - index < 20, bytes[end] != ASCII.lessThan { end += 1 }
      guard bytes.hasPrefixIgnoringCase(Literal.supClose, at: end) else { return nil }
      let inner = Array(bytes[(index + 5)..<end]).trimmedSpaces()
      let marker = inner.isEmpty ? nil : inner.string
      return (end + 6 - index, marker)
    }
    var end = index + 1
    if end < bytes.count, bytes[end] == ASCII.slash { end += 1 }
    let nameStart = end
    while end < bytes.count, ASCII.isLetter(bytes[end]), end - nameStart < 10 { end += 1 }
    guard end > nameStart else { return nil }
    if end < bytes.count, bytes[end] == ASCII.slash { end += 1 }
    guard end < bytes.count, bytes[end] == ASCII.greaterThan else { return nil }
    return (end + 1 - index, nil)
  }

  private static func isASCIIPunctuation(_ b: UInt8) -> Bool {
    (b >= 33 && b <= 47) || (b >= 58 && b <= 64) || (b >= 91 && b <= 96) || (b >= 123 && b <= 126)
  }

  /// Finds footnote numbers glued to the text (`Crime1 and`, `Offenders,2`, `1999;5`, `thereto,3,4`), removes them,
  /// and returns the text with the markers' offsets in it.
  static func extractingGluedDigits(_ bytes: [UInt8]) -> ([UInt8], [InlineMarker]) {
    guard mayHaveGluedDigits(bytes) else { return (bytes, []) }
    var removals: [(range: Range<Int>, marker: String)] = []
    var index = 1
    var previousMarkerEnd = -1
    while index < bytes.count {
      guard ASCII.isDigit(bytes[index]), !ASCII.isDigit(bytes[index - 1]) else {
        index += 1
        continue
      }
      let run = bytes.digitRun(at: index)
      defer { index = run.upperBound + 1 }
      guard run.count <= 3, let value = bytes.intValue(run), value > 0 else { continue }
      let after = run.upperBound
      let followOK: Bool = {
        guard after < bytes.count else { return true }
        let next = bytes[after]
        if next == ASCII.space || next == ASCII.closeParen { return true }
        if ASCII.isTerminal(next) {
          // `3,4` chains markers; `1,000` or `3.5` are numbers.
          let beyond = after + 1
          return beyond >= bytes.count || bytes[beyond] == ASCII.space || next == ASCII.comma && ASCII.isDigit(bytes[beyond])
            && bytes.digitRun(at: beyond).count <= 2
        }
        return false
      }()
      guard followOK else { continue }
      let previous = bytes[index - 1]
      guard canPrecedeGluedDigits(previous) else { continue }
      var accept = false
      if ASCII.isLower(previous) {
        // `Crime1`: a word of letters only, at least two of them.
        let tokenStart = tokenStartIndex(bytes, before: index)
        let token = bytes[tokenStart..<index]
        accept = token.count >= 2 && token.allSatisfy { ASCII.isLetter($0) || ASCII.isNonASCII($0) || $0 == ASCII.hyphen }
          && token.contains(where: ASCII.isLetter)
      } else if ASCII.isMarkerPunctuation(previous) || previous == 0x9D && index >= 3 {
        if previous == ASCII.comma, index - 1 == previousMarkerEnd {
          accept = true  // the `4` of `thereto,3,4`
        } else {
          let tokenStart = tokenStartIndex(bytes, before: index - 1)
          let token = Array(bytes[tokenStart..<(index - 1)])
          accept = isMarkerHost(token, punctuation: previous)
        }
      }
      if accept {
        removals.append((run, bytes[run].string))
        previousMarkerEnd = after
      }
    }
    guard !removals.isEmpty else { return (bytes, []) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var markers: [InlineMarker] = []
    var cursor = 0
    // Removals are in text order and never overlap, so a chained neighbour can only be the next or previous one
    // (looking through all of them made a long line with many markers quadratic).
    for (position, removal) in removals.enumerated() {
      out.append(contentsOf: bytes[cursor..<removal.range.lowerBound])
      cursor = removal.range.upperBound
      // `thereto,3,4 which`: the comma between chained markers goes with them.
      if cursor < bytes.count, bytes[cursor] == ASCII.comma, cursor + 1 < bytes.count, ASCII.isDigit(bytes[cursor + 1]),
        position + 1 < removals.count, removals[position + 1].range.lowerBound == cursor + 1
      {
        cursor += 1
      }
      var offset = out.count
      // `thereto,3,4`: the marker follows the comma that precedes it in print, but belongs just after the word.
      if position > 0, removals[position - 1].range.upperBound + 1 == removal.range.lowerBound {
        offset = markers.last?.offset ?? offset
      }
      markers.append(InlineMarker(offset: offset, marker: removal.marker))
    }
    out.append(contentsOf: bytes[cursor...])
    return (out, markers)
  }

  /// Whether a digit follows a byte of `canPrecedeGluedDigits` anywhere in the line. Most lines have none, and one
  /// pass over their bytes says so.
  private static func mayHaveGluedDigits(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      guard bytes.count > 1 else { return false }
      for index in 1..<bytes.count where ASCII.isDigit(bytes[index]) && canPrecedeGluedDigits(bytes[index - 1]) {
        return true
      }
      return false
    }
  }

  /// The bytes after which `extractingGluedDigits` may take a number for a marker: a lower-case letter (`Crime1`),
  /// marker punctuation (`Offenders,2`) or the last byte of a closing quote (`”3`). Its loop and the check for a line
  /// without any ask this one rule.
  private static func canPrecedeGluedDigits(_ byte: UInt8) -> Bool {
    ASCII.isLower(byte) || ASCII.isMarkerPunctuation(byte) || byte == 0x9D
  }

  private static func tokenStartIndex(_ bytes: [UInt8], before index: Int) -> Int {
    var start = index
    while start > 0, !ASCII.isSpace(bytes[start - 1]) { start -= 1 }
    return start
  }

  /// Whether a token followed by `punctuation` can carry a glued footnote number: a word (`Offenders,2`), a closing
  /// parenthesis (`(annex I)1`) or a year (`1999;5`, `1992-1997.55`), but not a number, a symbol or an abbreviation.
  private static func isMarkerHost(_ token: [UInt8], punctuation: UInt8) -> Bool {
    guard !token.isEmpty else { return false }
    if token.contains(ASCII.slash) { return false }
    if punctuation == ASCII.closeParen || punctuation == ASCII.quote { return token.contains(where: ASCII.isLetter) || token.last == ASCII.closeParen }
    let last = token[token.count - 1]
    if ASCII.isDigit(last) {
      // Only a year: `1999;5`, `1992-1997.55`.
      guard token.count >= 4 else { return false }
      let yearRange = (token.count - 4)..<token.count
      guard yearRange.allSatisfy({ ASCII.isDigit(token[$0]) }), let year = token.intValue(yearRange), (1900...2099).contains(year)
      else { return false }
      return token.count == 4 || !(ASCII.isDigit(token[token.count - 5]) || token[token.count - 5] == ASCII.period)
    }
    var word = token
    while let first = word.first, !ASCII.isLetter(first), !ASCII.isNonASCII(first) { word.removeFirst() }
    while let end = word.last, end == ASCII.closeParen || end == ASCII.quote || end == ASCII.apostrophe { word.removeLast() }
    guard word.count >= 2, word.allSatisfy({ ASCII.isLetter($0) || ASCII.isNonASCII($0) || $0 == ASCII.hyphen }) else {
      return false
    }
    if punctuation == ASCII.period && abbreviations.contains(word.map(ASCII.lower)) { return false }
    return true
  }

  /// Combines markers found while cleaning with those found in the glued-digit pass, adjusting the earlier offsets for
  /// the bytes the glued pass removed.
  private static func merge(_ early: [InlineMarker], shiftedBy glued: [InlineMarker], into text: [UInt8]) -> [InlineMarker] {
    // Early markers were recorded against the text before glued digits were removed; digits removed before an early
    // marker shift it left. Glued markers are rare and early ones rarer still on the same line, so a simple pass will do.
    guard !early.isEmpty else { return glued }
    var result = glued
    for marker in early {
      var offset = marker.offset
      for g in glued where g.offset < offset { offset -= g.marker.utf8.count }
      result.append(InlineMarker(offset: max(0, min(offset, text.count)), marker: marker.marker))
    }
    return result.sorted { $0.offset < $1.offset }
  }
}
