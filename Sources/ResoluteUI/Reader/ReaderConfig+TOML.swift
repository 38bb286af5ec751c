import ResolutionKit

extension ReaderConfig {
  /// The config in `text`, read as TOML with TOMLKit (`TOMLDocument`): `[keys]` and `[colors]` of strings, arrays of
  /// strings, or integers. Syntax errors and values of the wrong kind are problems naming their line; the rest applies.
  public init(text: String, file: String) {
    let document = TOMLDocument(text)
    var problems = document.problems.map { ConfigProblem(file: file, line: $0.line, message: $0.message) }
    var entries: [ConfigEntry] = []
    for entry in document.entries {
      let line = entry.line ?? 0
      guard entry.table.count <= 1 else {
        problems.append(
          ConfigProblem(file: file, line: line, message: "“\(entry.key)” is in a nested table; use [keys] or [colors]"))
        continue
      }
      let values: [String]?
      switch entry.value {
      case .string(let text): values = [text]
      case .integer(let number): values = [String(number)]
      case .array(let items):
        let texts = items.compactMap { item -> String? in
          switch item {
          case .string(let text): text
          case .integer(let number): String(number)
          default: nil
          }
        }
        values = texts.count == items.count ? texts : nil
      default: values = nil
      }
      guard let values else {
        problems.append(
          ConfigProblem(
            file: file, line: line,
            message: "“\(entry.key)” is \(entry.value.typeName); write a string (\"o\") or an array ([\"u\", \"Backspace\"])"))
        continue
      }
      entries.append(
        ConfigEntry(section: entry.table.first?.lowercased() ?? "", name: entry.key, values: values, line: line))
    }
    self.init(entries: entries, problems: problems, file: file)
  }
}
