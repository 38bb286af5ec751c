import ResolutionKit

/// The JSON form of a comparison (`diff --json`).
enum ComparisonJSON {
  /// {old: {file, name}, new: {file, name}, counts: {unchanged, changed, moved, added, dropped}, preamble: [row],
  /// operative: [row]}; row = {change, old: {ref, text} | null, new: {ref, text} | null, words: [{op, text}]}.
  static func document(_ comparison: ResolutionComparison) -> JSONValue {
    .object([
      ("old", .object([("file", .string(comparison.oldFile)), ("name", .string(comparison.oldName))])),
      ("new", .object([("file", .string(comparison.newFile)), ("name", .string(comparison.newName))])),
      ("counts", .object(ParagraphChange.allCases.map { ($0.rawValue, .int(comparison.count($0))) })),
      ("preamble", .array(comparison.preamble.map(row))),
      ("operative", .array(comparison.operative.map(row))),
    ])
  }

  static func row(_ row: AlignedParagraph) -> JSONValue {
    .object([
      ("change", .string(row.change.rawValue)),
      ("old", paragraph(row.old)),
      ("new", paragraph(row.new)),
      ("words", .array(row.words.runs.map { .object([("op", .string(operation($0.operation))), ("text", .string($0.text))]) })),
    ])
  }

  static func paragraph(_ paragraph: ComparedParagraph?) -> JSONValue {
    guard let paragraph else { return .null }
    return .object([("ref", .string(paragraph.ref)), ("text", .string(paragraph.text))])
  }

  static func operation(_ operation: WordDiff.Operation) -> String {
    switch operation {
    case .equal: "equal"
    case .inserted: "inserted"
    case .deleted: "deleted"
    }
  }
}
