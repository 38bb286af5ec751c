import ArgumentParser
import ResolutionKit

/// The readable text form of a comparison (`resolute diff`): a header with the counts, then each part's rows, words
/// marked as `wdiff` marks them: `[-deleted-]` and `{+inserted+}`.
struct ComparisonText {
  /// How the old and new text of a row are placed.
  enum Layout: String, EnumerableFlag {
    /// Two columns, old on the left, new on the right.
    case sideBySide
    /// The old text, then the new text under it.
    case interleaved

    /// Side by side from this many columns up: below it each column would be too narrow to read.
    static let sideBySideWidth = 120

    static func help(for value: Layout) -> ArgumentHelp? {
      switch value {
      case .sideBySide: "Old text left, new text right (the default from \(sideBySideWidth) columns)."
      case .interleaved: "Old text, then new text under it (the default below \(sideBySideWidth) columns)."
      }
    }
  }

  /// Columns every line fits in (counting characters, as `show` does).
  var width: Int
  var layout: Layout
  /// Makes file text safe for the output: the sanitizer when it is a terminal, so widths are those of what is shown.
  var visible: (String) -> String

  static let columnGap = " | "

  func render(_ comparison: ResolutionComparison) -> String {
    var out: [String] = []
    out += wrap(words("\(comparison.oldName) -> \(comparison.newName)"), width: width)
    out += wrap(words("old: \(comparison.oldFile)"), width: width)
    out += wrap(words("new: \(comparison.newFile)"), width: width)
    out.append(Self.counts(comparison))
    for (heading, rows) in [("PREAMBLE", comparison.preamble), ("OPERATIVE PART", comparison.operative)] {
      out.append("")
      out.append(heading)
      if rows.isEmpty { out.append("  (no paragraphs in either text)") }
      for row in rows {
        out.append("")
        out += render(row)
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// `3 unchanged, 9 changed, 1 moved, 5 added, 12 dropped`.
  static func counts(_ comparison: ResolutionComparison) -> String {
    ParagraphChange.allCases.map { "\(comparison.count($0)) \($0.rawValue)" }.joined(separator: ", ")
  }

  /// `changed 7 -> 6`, `added -> 6`, `dropped PP3 ->`.
  static func heading(_ row: AlignedParagraph) -> String {
    [row.change.rawValue, row.old?.ref, "->", row.new?.ref].compactMap { $0 }.joined(separator: " ")
  }

  private func render(_ row: AlignedParagraph) -> [String] {
    var lines = wrap(words(Self.heading(row)), width: width)
    // Old side: equal and deleted words; new side: equal and inserted words. A row without change shows once
    // when interleaved; an added or dropped paragraph is shown plain, its heading says what it is.
    let whole = row.old == nil || row.new == nil
    let oldSide = row.old == nil ? nil : marked(row.words, showing: .deleted, brackets: !whole)
    let newSide = row.new == nil ? nil : marked(row.words, showing: .inserted, brackets: !whole)
    switch layout {
    case .interleaved:
      if let oldSide, newSide != nil, !row.words.hasChanges {
        lines += indented(oldSide, prefix: "    ")
      } else {
        if let oldSide { lines += indented(oldSide, prefix: "  - ") }
        if let newSide { lines += indented(newSide, prefix: "  + ") }
      }
    case .sideBySide:
      let column = (width - Self.columnGap.count) / 2
      let left = oldSide.map { wrap($0, width: column) } ?? []
      let right = newSide.map { wrap($0, width: column) } ?? []
      for index in 0..<max(left.count, right.count) {
        let line = (index < left.count ? left[index] : "").padded(to: column) + Self.columnGap
          + (index < right.count ? right[index] : "")
        lines.append(line.withoutTrailingSpaces)
      }
    }
    return lines
  }

  /// The words of one side of a row, with the changed runs of that side bracketed.
  private func marked(_ diff: WordDiff, showing change: WordDiff.Operation, brackets: Bool) -> [String] {
    var result: [String] = []
    for run in diff.runs where run.operation == .equal || run.operation == change {
      var runWords = words(run.text)
      if brackets, run.operation != .equal, !runWords.isEmpty {
        let (open, close) = change == .deleted ? ("[-", "-]") : ("{+", "+}")
        runWords[0] = open + runWords[0]
        runWords[runWords.count - 1] += close
      }
      result += runWords
    }
    return result
  }

  private func indented(_ words: [String], prefix: String) -> [String] {
    wrap(words, width: width - prefix.count).enumerated().map { index, line in
      (index == 0 ? prefix : String(repeating: " ", count: prefix.count)) + line
    }
  }

  private func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0.isWhitespace }).map { visible(String($0)) }
  }

  /// Fills lines of at most `width` characters; a word longer than a line is cut across lines.
  private func wrap(_ words: [String], width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    var current = ""
    for word in words {
      var rest = Substring(word)
      if !current.isEmpty, current.count + 1 + rest.count <= width {
        current += " " + rest
        continue
      }
      if !current.isEmpty { lines.append(current) }
      while rest.count > width {
        lines.append(String(rest.prefix(width)))
        rest = rest.dropFirst(width)
      }
      current = String(rest)
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}

extension String {
  /// Without trailing spaces (a side-by-side line whose right column is empty ends at the gap).
  fileprivate var withoutTrailingSpaces: String {
    guard let end = lastIndex(where: { $0 != " " }) else { return "" }
    return String(self[...end])
  }
}
