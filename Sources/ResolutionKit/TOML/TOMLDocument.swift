internal import TOMLKit

/// A TOML file read with TOMLKit (toml++), for catalog.toml and config.toml alike, with what TOMLKit does not give:
/// the line of every table header and key (so each problem names its line), and recovery from a syntax error (the
/// line is reported and left out, and the rest of the file is read again), so one bad line never loses the others.
public struct TOMLDocument: Sendable {
  /// A value as the file wrote it.
  public indirect enum Value: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case date(year: Int, month: Int, day: Int)
    case array([Value])
    case table([String: Value])
    /// A time or date-time: valid TOML, used by no key of ours.
    case other(String)

    /// The TOML type's name, for messages.
    public var typeName: String {
      switch self {
      case .string: "a string"
      case .integer: "an integer"
      case .float: "a number"
      case .bool: "a boolean"
      case .date: "a date"
      case .array: "an array"
      case .table: "a table"
      case .other(let name): name
      }
    }
  }

  /// One `key = value` of the file, with the table it is in (`[]` for the top level) and its line.
  public struct Entry: Hashable, Sendable {
    public var table: [String]
    public var key: String
    public var value: Value
    public var line: Int?
  }

  /// A table header of the file (`["a.txt"]` is `["a.txt"]`, `[a.b]` is `["a", "b"]`) and its line.
  public struct Header: Hashable, Sendable {
    public var path: [String]
    public var line: Int
    /// `[[…]]`.
    public var isArrayOfTables: Bool
  }

  /// A syntax error, on its line; that line was left out.
  public struct Problem: Hashable, Sendable {
    public var line: Int
    public var message: String
  }

  /// The headers in file order, without those of lines left out.
  public private(set) var headers: [Header] = []
  /// Every value in file order (a dotted key or a nested table gives its full path), without lines left out.
  public private(set) var entries: [Entry] = []
  public private(set) var problems: [Problem] = []

  /// How many syntax errors are reported before the rest of the file is given up.
  static let problemLimit = 200

  public init(_ text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var leftOut = Set<Int>()
    // toml++ asserts (aborting the process) instead of reporting an error when a table header's name does not start
    // with a key character (`[  ` at a line's end, `[=]`); such lines are named and left out before it sees them.
    for (index, line) in lines.enumerated() where Self.headerWithoutName(line) {
      problems.append(Problem(line: index + 1, message: "a table header needs a name: [name] or [\"name\"]"))
      leftOut.insert(index + 1)
      lines[index] = "[\"\\u0001left-out-\(index + 1)\"]"
    }
    let located = LineLocator(lines)
    var table: TOMLTable?
    while table == nil {
      do {
        table = try TOMLTable(string: lines.joined(separator: "\n"))
      } catch let error as TOMLParseError {
        let line = error.source.begin.line
        guard line >= 1, line <= lines.count, !leftOut.contains(line), problems.count < Self.problemLimit else {
          problems.append(Problem(line: max(line, 1), message: Self.message(error.description) + "; the rest is not read"))
          break
        }
        let message = located.friendlierMessage(line: line) ?? Self.unterminatedString(lines[line - 1])
          ?? Self.message(error.description)
        problems.append(Problem(line: line, message: message))
        leftOut.insert(line)
        // A header left out becomes a table of its own that nothing reads, so its keys are not credited to the
        // table above it.
        lines[line - 1] = located.isHeader(line) ? "[\"\\u0001left-out-\(line)\"]" : ""
      } catch {
        problems.append(Problem(line: 1, message: "\(error)"))
        break
      }
    }
    guard let table else { return }
    headers = located.headers.filter { !leftOut.contains($0.line) }
    var found: [Entry] = []
    Self.collect(table, path: [], into: &found)
    let placeholder = "\u{1}left-out-"
    entries = found.filter { !($0.table.first?.hasPrefix(placeholder) ?? false) }.map { entry in
      var entry = entry
      entry.line = located.line(ofKey: entry.key, inTable: entry.table)
      return entry
    }.sorted { ($0.line ?? Int.max, $0.key) < ($1.line ?? Int.max, $1.key) }
    headers = headers.filter { !($0.path.first?.hasPrefix(placeholder) ?? false) }
  }

  /// The line of the header of `path`, if the file has one.
  public func line(ofTable path: [String]) -> Int? { headers.first { $0.path == path }?.line }

  private static func collect(_ table: TOMLTable, path: [String], into entries: inout [Entry]) {
    for (key, value) in table {
      if let nested = value.table {
        collect(nested, path: path + [key], into: &entries)
      } else {
        entries.append(Entry(table: path, key: key, value: Value(value), line: nil))
      }
    }
  }

  /// True for a line that opens a table header (`[`, `[[`) whose name does not start with a bare key character or a
  /// quote: the shape toml++ does not report but asserts on.
  static func headerWithoutName(_ line: String) -> Bool {
    var rest = line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    guard rest.first == UInt8(ascii: "[") else { return false }
    rest = rest.dropFirst()
    if rest.first == UInt8(ascii: "[") { rest = rest.dropFirst() }
    rest = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    guard let first = rest.first else { return true }
    let isKeyStart = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first)
      || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
      || first == UInt8(ascii: "_") || first == UInt8(ascii: "-") || first == UInt8(ascii: "\"")
      || first == UInt8(ascii: "'")
    return !isKeyStart
  }

  /// "unterminated string" for a line whose one-line string is not closed (toml++ says it met a control character,
  /// the line's end, which reads as a riddle).
  static func unterminatedString(_ line: String) -> String? {
    guard !line.contains("\"\"\""), !line.contains("'''") else { return nil }
    var quote: Character?
    var escaped = false
    for character in line {
      if let open = quote {
        if escaped {
          escaped = false
        } else if open == "\"" && character == "\\" {
          escaped = true
        } else if character == open {
          quote = nil
        }
      } else if character == "#" {
        break
      } else if character == "\"" || character == "'" {
        quote = character
      }
    }
    guard let quote else { return nil }
    return "unterminated string: add the closing \(quote)"
  }

  /// toml++'s message without its "Error while parsing …: " lead.
  static func message(_ text: String) -> String {
    var message = text
    if let colon = message.firstRange(of: ": "), message.hasPrefix("Error while parsing") {
      message = String(message[colon.upperBound...])
    }
    return message
  }
}

extension TOMLDocument.Value {
  init(_ value: any TOMLValueConvertible) {
    if let text = value.string {
      self = .string(text)
    } else if let number = value.int {
      self = .integer(number)
    } else if let number = value.double {
      self = .float(number)
    } else if let flag = value.bool {
      self = .bool(flag)
    } else if let date = value.date {
      self = .date(year: date.year, month: date.month, day: date.day)
    } else if let array = value.array {
      self = .array(array.map { TOMLDocument.Value($0) })
    } else if let table = value.table {
      var values: [String: TOMLDocument.Value] = [:]
      for (key, nested) in table { values[key] = TOMLDocument.Value(nested) }
      self = .table(values)
    } else {
      self = .other("a time")
    }
  }
}

/// Finds the line of each header and key, which TOMLKit does not keep: each line (or, for a value that goes on over
/// several lines, the lines up to where it parses) is read alone by TOMLKit, and the header or key it holds noted.
private struct LineLocator {
  var headers: [TOMLDocument.Header] = []
  /// (table path, key path) → first line.
  private var keyLines: [[String]: Int] = [:]
  private var headerLines: Set<Int> = []
  /// Lines that repeat a header or a key, with the line of the first.
  private var repeats: [Int: String] = [:]

  init(_ lines: [String]) {
    var table: [String] = []
    var number = 0
    while number < lines.count {
      let line = lines[number]
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      number += 1
      guard let first = trimmed.first, first != "#", first != "\r" else { continue }
      if first == "[" {
        headerLines.insert(number)
        guard let parsed = try? TOMLTable(string: line) else { continue }
        let path = Self.firstPath(parsed)
        let isArray = trimmed.hasPrefix("[[")
        if !isArray, let earlier = headers.first(where: { $0.path == path && !$0.isArrayOfTables }) {
          repeats[number] = "table [\(Self.quoted(path))] appears twice (first at line \(earlier.line)); this one is ignored"
        }
        headers.append(TOMLDocument.Header(path: path, line: number, isArrayOfTables: isArray))
        table = path
        continue
      }
      guard trimmed.contains("=") else { continue }
      // A value may go on over several lines (arrays, inline tables, multi-line strings): read on until it parses.
      let mayContinue = trimmed.contains("\"\"\"") || trimmed.contains("'''") || trimmed.contains("[")
        || trimmed.contains("{")
      var end = number
      var parsed = try? TOMLTable(string: line)
      while parsed == nil, mayContinue, end < lines.count, end - number < 200 {
        end += 1
        parsed = try? TOMLTable(string: lines[(number - 1)..<end].joined(separator: "\n"))
      }
      guard let parsed else { continue }
      let key = Self.firstPath(parsed)
      if let earlier = keyLines[table + key] {
        repeats[number] = "key '\(key.joined(separator: "."))' appears twice in this table (first at line \(earlier)); "
          + "this one is ignored"
      } else {
        keyLines[table + key] = number
      }
      number = end
    }
  }

  func isHeader(_ line: Int) -> Bool { headerLines.contains(line) }

  func friendlierMessage(line: Int) -> String? { repeats[line] }

  /// The line of `key` in `table`: the key's own line, or the line of the dotted key or header that made it.
  func line(ofKey key: String, inTable table: [String]) -> Int? {
    // `a.b = 1` under [t] is found as (["t"], ["a", "b"]); the entry is (["t", "a"], "b").
    for split in stride(from: table.count, through: 0, by: -1) {
      let tablePart = Array(table[..<split])
      if let line = keyLines[tablePart + Array(table[split...]) + [key]] { return line }
    }
    return nil
  }

  /// The path of the first key, through nested tables: `[a.b]` alone is `["a", "b"]`, `x = 1` is `["x"]`.
  static func firstPath(_ table: TOMLTable) -> [String] {
    var path: [String] = []
    var current = table
    while let key = current.keys.first {
      path.append(key)
      guard let nested = current[key]?.table, !nested.isEmpty else { break }
      current = nested
    }
    return path
  }

  static func quoted(_ path: [String]) -> String { path.map { "\"\($0)\"" }.joined(separator: ".") }
}
