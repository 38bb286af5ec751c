import ArgumentParser

/// What `resolute show` prints: `--format text|markdown|json|reference`.
enum ShowFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// The readable layout (`ResolutionText`), wrapped to the terminal.
  case text
  /// CommonMark with footnotes (`ResolutionMarkdown`).
  case markdown
  /// The documented JSON (`ResolutionJSON`).
  case json
  /// Only the citation: `GA resolution 55/64, para. 7` (`ParagraphReference`).
  case reference
  /// For reference managers (`BibliographyEntry`): BibTeX, CSL-JSON, RIS.
  case bibtex
  case cslJSON = "csl-json"
  case ris

  /// The format `--format` and the older `--json` flag ask for together: `--json` means `--format json`, so the two
  /// may be given together only when they agree.
  static func chosen(format: ShowFormat?, json: Bool) throws -> ShowFormat {
    guard json else { return format ?? .text }
    if let format, format != .json {
      throw failure("--json and --format \(format.rawValue) conflict: --json is --format json; give only one of them")
    }
    return .json
  }
}
