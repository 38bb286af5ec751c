/// The part of TOML a config file needs: `[section]` headers, `name = "string"`, `name = 'literal'`,
/// `name = ["a", "b"]`, bare integers and `#` comments. Each problem names its line; a bad line is skipped, the rest
/// still applies.
struct ConfigText {
  struct Entry: Hashable, Sendable {
    var section: String
    var name: String
    var values: [String]
    var line: Int
  }

  var entries: [Entry] = []
  var problems: [ConfigProblem] = []

  /// How names are compared: case-insensitive, `_` the same as `-` (`next_link`, `Next-Link`, `next-link`).
  static func normalizedName(_ name: String) -> String { String(name.lowercased().map { $0 == "_" ? "-" : $0 }) }

  init(_ text: String, file: String) {
    var section = ""
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      var scanner = Scanner(Array(rawLine.unicodeScalars))
      scanner.skipSpaces()
      if scanner.atEndOrComment { continue }
      if scanner.take("[") {
        let name = scanner.takeWhile { $0 != "]" && $0 != "#" }
        guard scanner.take("]") else {
          problems.append(ConfigProblem(file: file, line: number, message: "a section header needs a closing ]"))
          continue
        }
        section = String(String.UnicodeScalarView(name)).trimmedSpaces.lowercased()
        scanner.skipSpaces()
        if !scanner.atEndOrComment {
          problems.append(ConfigProblem(file: file, line: number, message: "unexpected text after [\(section)]"))
        }
        continue
      }
      let name = String(String.UnicodeScalarView(scanner.takeWhile { $0 != "=" && $0 != "#" })).trimmedSpaces
      let unquotedName = name.hasPrefix("\"") && name.hasSuffix("\"") && name.count >= 2
        ? String(name.dropFirst().dropLast()) : name
      guard !unquotedName.isEmpty, scanner.take("=") else {
        problems.append(ConfigProblem(file: file, line: number, message: "expected `name = value`"))
        continue
      }
      scanner.skipSpaces()
      do throws(ConfigTextError) {
        let values = try scanner.takeValue()
        scanner.skipSpaces()
        guard scanner.atEndOrComment else {
          throw ConfigTextError("unexpected text after the value")
        }
        entries.append(Entry(section: section, name: unquotedName, values: values, line: number))
      } catch {
        problems.append(ConfigProblem(file: file, line: number, message: error.message))
      }
    }
  }
}

struct ConfigTextError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// A cursor over one line's scalars.
private struct Scanner {
  var scalars: [Unicode.Scalar]
  var position = 0

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
  var atEndOrComment: Bool { current == nil || current == "#" || current == "\r" }

  mutating func skipSpaces() {
    while let scalar = current, scalar == " " || scalar == "\t" { position += 1 }
  }

  mutating func take(_ scalar: Unicode.Scalar) -> Bool {
    guard current == scalar else { return false }
    position += 1
    return true
  }

  mutating func takeWhile(_ predicate: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar] {
    let start = position
    while let scalar = current, predicate(scalar) { position += 1 }
    return Array(scalars[start..<position])
  }

  /// A string, an array of strings, or a bare word/number (kept as written).
  mutating func takeValue() throws(ConfigTextError) -> [String] {
    if take("[") {
      var values: [String] = []
      while true {
        skipSpaces()
        if take("]") { return values }
        values.append(try takeString())
        skipSpaces()
        if take(",") { continue }
        guard take("]") else { throw ConfigTextError("an array needs `,` between items and a closing ]") }
        return values
      }
    }
    if current == "\"" || current == "'" { return [try takeString()] }
    let bare = String(String.UnicodeScalarView(takeWhile { $0 != "#" && $0 != " " && $0 != "\t" && $0 != "\r" }))
    guard !bare.isEmpty else { throw ConfigTextError("a value is missing after =") }
    guard bare.unicodeScalars.allSatisfy({ $0.properties.numericType != nil || $0 == "-" || $0 == "_" }) else {
      throw ConfigTextError("put text values in quotes: \"\(bare)\"")
    }
    return [bare]
  }

  mutating func takeString() throws(ConfigTextError) -> String {
    guard let quote = current, quote == "\"" || quote == "'" else {
      throw ConfigTextError("expected a quoted string")
    }
    position += 1
    var result = String.UnicodeScalarView()
    while let scalar = current {
      position += 1
      if scalar == quote { return String(result) }
      if quote == "\"", scalar == "\\", let escaped = current {
        position += 1
        switch escaped {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "\\", "\"": result.append(escaped)
        default: throw ConfigTextError("unknown escape \\\(escaped) in a string")
        }
        continue
      }
      result.append(scalar)
    }
    throw ConfigTextError("a string is not closed")
  }
}
