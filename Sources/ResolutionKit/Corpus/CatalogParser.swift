/// Reads the small part of TOML the catalog uses, strictly: tables with a quoted or bare key (`["a.txt"]`),
/// `key = "string"` (or `'literal'`, or a bare `YYYY-MM-DD` date for `adopted`), comments and blank lines.
/// Anything else is reported with file and line and skipped; a bad line never stops the rest from being read.
public struct CatalogParser: Sendable {
  public init() {}

  /// `file` is the catalog's path as shown in warnings.
  public func parse(_ text: String, file: String) -> Catalog {
    var catalog = Catalog()
    var current: CatalogEntry?
    // After a bad or repeated table header, its keys are skipped rather than credited to another table.
    var skippingTable = false
    var firstHeaderLine: [String: Int] = [:]
    var keyLines: [String: Int] = [:]

    func report(_ line: Int, _ message: String, _ severity: ParseWarning.Severity = .error) {
      catalog.warnings.append(ParseWarning(file: file, line: line, severity: severity, message: message))
    }
    func finishTable() {
      if let entry = current { catalog.entries.append(entry) }
      current = nil
      keyLines = [:]
    }

    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      var cursor = Cursor(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
      cursor.skipSpaces()
      if cursor.atEndOrComment { continue }

      if cursor.peek == "[" {
        finishTable()
        skippingTable = true
        do {
          let name = try cursor.tableHeader()
          if let first = firstHeaderLine[name] {
            report(number, "table [\"\(name)\"] appears twice (first at line \(first)); this one is ignored")
            continue
          }
          firstHeaderLine[name] = number
          current = CatalogEntry(file: name, line: number)
          skippingTable = false
        } catch {
          report(number, error.description)
        }
        continue
      }

      do {
        let (key, value) = try cursor.keyValue()
        guard var entry = current else {
          if !skippingTable {
            report(number, "`\(key) = …` is outside a table; start one with [\"file-name.txt\"] above it")
          }
          continue
        }
        if let first = keyLines[key] {
          report(number, "key '\(key)' appears twice in this table (first at line \(first)); this one is ignored")
          continue
        }
        keyLines[key] = number
        switch key {
        case "id":
          guard let id = ResolutionID(value.text) else {
            report(number, "id \"\(value.text)\" is not a resolution id; write it like \"GA 55/64\" or \"ECOSOC 2004/25\"")
            continue
          }
          entry.id = id
        case "title":
          entry.title = value.text
        case "adopted":
          guard let date = Self.isoDate(value.text) else {
            report(number, "adopted \"\(value.text)\" is not a date; write it as YYYY-MM-DD, e.g. \"2004-07-21\"")
            continue
          }
          entry.adopted = date
        case "meeting":
          entry.meeting = value.text
        default:
          let known = Catalog.knownKeys.joined(separator: ", ")
          report(number, "unknown key '\(key)' is ignored (known keys: \(known))", .warning)
          continue
        }
        if value.isBareDate && key != "adopted" {
          report(number, "'\(key)' must be a quoted string")
          continue
        }
        current = entry
      } catch {
        report(number, error.description)
      }
    }
    finishTable()
    return catalog
  }

  /// Strict `YYYY-MM-DD`.
  static func isoDate(_ text: String) -> CalendarDate? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}

/// A syntax error in one catalog line.
struct CatalogSyntaxError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A value on the right of `=`.
struct CatalogValue {
  var text: String
  /// `adopted = 2004-07-21` without quotes (a TOML local date).
  var isBareDate: Bool
}

/// Scans one catalog line.
private struct Cursor {
  var scalars: [Unicode.Scalar]
  var position = 0

  init(_ line: Substring) { scalars = Array(line.unicodeScalars) }

  var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
  var atEndOrComment: Bool { peek == nil || peek == "#" }

  mutating func skipSpaces() {
    while let scalar = peek, scalar == " " || scalar == "\t" { position += 1 }
  }

  static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
  }

  /// `["file.txt"]` or `[bare-name]`, then only a comment.
  mutating func tableHeader() throws(CatalogSyntaxError) -> String {
    position += 1
    if peek == "[" { throw CatalogSyntaxError("arrays of tables ([[…]]) are not supported; write [\"file-name.txt\"]") }
    skipSpaces()
    let name = try key(what: "file name")
    skipSpaces()
    guard peek == "]" else {
      if peek == "." { throw CatalogSyntaxError("dotted table names are not supported; quote the file name: [\"name.txt\"]") }
      throw CatalogSyntaxError("expected ']' to close the table header")
    }
    position += 1
    try expectEnd()
    guard !name.isEmpty else { throw CatalogSyntaxError("the table header names no file") }
    return name
  }

  /// `key = "value"`, then only a comment.
  mutating func keyValue() throws(CatalogSyntaxError) -> (String, CatalogValue) {
    let name = try key(what: "key")
    skipSpaces()
    guard peek == "=" else {
      if peek == "." { throw CatalogSyntaxError("dotted keys are not supported") }
      throw CatalogSyntaxError("expected '=' after '\(name)'; write \(name) = \"value\"")
    }
    position += 1
    skipSpaces()
    let value: CatalogValue
    switch peek {
    case "\"":
      if scalars[position...].starts(with: ["\"", "\"", "\""]) {
        throw CatalogSyntaxError("multi-line strings (\"\"\") are not supported; put the value on one line")
      }
      value = CatalogValue(text: try basicString(), isBareDate: false)
    case "'":
      if scalars[position...].starts(with: ["'", "'", "'"]) {
        throw CatalogSyntaxError("multi-line strings (''') are not supported; put the value on one line")
      }
      value = CatalogValue(text: try literalString(), isBareDate: false)
    case nil:
      throw CatalogSyntaxError("'\(name) =' has no value; write \(name) = \"value\"")
    default:
      var text = ""
      while let scalar = peek, scalar != " ", scalar != "\t", scalar != "#" {
        text.unicodeScalars.append(scalar)
        position += 1
      }
      guard CatalogParser.isoDate(text) != nil else {
        throw CatalogSyntaxError("the value of '\(name)' must be a quoted string, e.g. \(name) = \"\(text)\"")
      }
      value = CatalogValue(text: text, isBareDate: true)
    }
    try expectEnd()
    return (name, value)
  }

  private mutating func key(what: String) throws(CatalogSyntaxError) -> String {
    switch peek {
    case "\"": return try basicString()
    case "'": return try literalString()
    default:
      var name = ""
      while let scalar = peek, Self.isBareKeyScalar(scalar) {
        name.unicodeScalars.append(scalar)
        position += 1
      }
      guard !name.isEmpty else {
        throw CatalogSyntaxError("expected a \(what) (quote it if it has dots or spaces: \"name.txt\")")
      }
      return name
    }
  }

  private mutating func expectEnd() throws(CatalogSyntaxError) {
    skipSpaces()
    guard atEndOrComment else { throw CatalogSyntaxError("unexpected text after the value; start a comment with '#'") }
  }

  /// `'…'`: no escapes.
  private mutating func literalString() throws(CatalogSyntaxError) -> String {
    position += 1
    var text = ""
    while let scalar = peek {
      position += 1
      if scalar == "'" { return text }
      text.unicodeScalars.append(scalar)
    }
    throw CatalogSyntaxError("unterminated string: add the closing '")
  }

  /// `"…"` with TOML's escapes.
  private mutating func basicString() throws(CatalogSyntaxError) -> String {
    position += 1
    var text = ""
    while let scalar = peek {
      position += 1
      switch scalar {
      case "\"":
        return text
      case "\\":
        guard let escaped = peek else { break }
        position += 1
        switch escaped {
        case "\"": text += "\""
        case "\\": text += "\\"
        case "n": text += "\n"
        case "t": text += "\t"
        case "r": text += "\r"
        case "b": text += "\u{8}"
        case "f": text += "\u{C}"
        case "e": text += "\u{1B}"
        case "u", "U":
          let count = escaped == "u" ? 4 : 8
          let digits = String(String.UnicodeScalarView(scalars[position..<min(scalars.count, position + count)]))
          guard digits.count == count, let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) else {
            throw CatalogSyntaxError("invalid \\\(escaped) escape: expected \(count) hexadecimal digits")
          }
          position += count
          text.unicodeScalars.append(decoded)
        default:
          throw CatalogSyntaxError("invalid escape \\\(escaped) in a string; write \\\\ for a backslash")
        }
      default:
        text.unicodeScalars.append(scalar)
      }
    }
    throw CatalogSyntaxError("unterminated string: add the closing \"")
  }
}
