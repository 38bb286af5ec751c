/// Reads a catalog with TOMLKit (`TOMLDocument`): one table per file (`["a.txt"]`) with `id`, `title`, `meeting`
/// (strings) and `adopted` (a date, bare or quoted as `YYYY-MM-DD`). Syntax errors, bad values and unknown keys are
/// reported with file and line; a bad line never stops the rest from being read.
public struct CatalogParser: Sendable {
  public init() {}

  /// `file` is the catalog's path as shown in warnings.
  public func parse(_ text: String, file: String) -> Catalog {
    var catalog = Catalog()
    let document = TOMLDocument(text)
    var reports: [(line: Int, message: String, severity: ParseWarning.Severity)] = document.problems.map {
      ($0.line, $0.message, .error)
    }

    var entries: [String: CatalogEntry] = [:]
    for header in document.headers {
      if header.isArrayOfTables {
        reports.append((header.line, "arrays of tables ([[…]]) are not supported; write [\"file-name.txt\"]", .error))
      } else if header.path.count > 1 {
        let dotted = header.path.joined(separator: ".")
        reports.append(
          (header.line, "dotted table names are not supported; quote the file name: [\"\(dotted)\"]", .error))
      } else if let name = header.path.first {
        if name.isEmpty {
          reports.append((header.line, "the table header names no file", .error))
        } else if entries[name] == nil {
          entries[name] = CatalogEntry(file: name, line: header.line)
        }
      }
    }

    for entry in document.entries {
      let line = entry.line ?? 0
      guard let name = entry.table.first else {
        reports.append((line, "`\(entry.key) = …` is outside a table; start one with [\"file-name.txt\"] above it", .error))
        continue
      }
      // Keys of dotted or array tables: already reported with their header.
      guard var target = entries[name], entry.table.count == 1 else {
        if entry.table.count > 1, entries[name] != nil, document.line(ofTable: entry.table) == nil {
          reports.append((line, "dotted keys are not supported", .error))
        }
        continue
      }
      let key = entry.key
      guard Catalog.knownKeys.contains(key) else {
        let known = Catalog.knownKeys.joined(separator: ", ")
        reports.append((line, "unknown key '\(key)' is ignored (known keys: \(known))", .warning))
        continue
      }
      if key == "adopted" {
        switch entry.value {
        case .date(let year, let month, let day):
          target.adopted = CalendarDate(year: year, month: month, day: day)
        case .string(let text):
          guard let date = Self.isoDate(text) else {
            reports.append(
              (line, "adopted \"\(VisibleText.oneLine(text))\" is not a date; write it as YYYY-MM-DD, e.g. \"2004-07-21\"",
               .error))
            continue
          }
          target.adopted = date
        default:
          reports.append((line, "adopted is \(entry.value.typeName); write it as YYYY-MM-DD, e.g. 2004-07-21", .error))
          continue
        }
        entries[name] = target
        continue
      }
      guard case .string(let text) = entry.value else {
        reports.append((line, "the value of '\(key)' must be a quoted string, e.g. \(key) = \"…\"", .error))
        continue
      }
      switch key {
      case "id":
        guard let id = Self.resolutionID(text) else {
          reports.append(
            (line, "id \"\(VisibleText.oneLine(text))\" is not a resolution id; write it like \"GA 55/64\" or "
              + "\"ECOSOC 2004/25\"", .error))
          continue
        }
        target.id = id
      case "title", "meeting":
        let single = VisibleText.oneLine(text)
        if single != text {
          reports.append((line, "'\(key)' holds line breaks or control characters; they are read as spaces", .warning))
        }
        if key == "title" { target.title = single } else { target.meeting = single }
      default:
        break
      }
      entries[name] = target
    }
    catalog.entries = entries.values.sorted { $0.line < $1.line }
    // In line order (a stable sort keeps the order of several reports on one line).
    let ordered = reports.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
    catalog.warnings = ordered.map {
      ParseWarning(file: file, line: $0.element.line, severity: $0.element.severity, message: $0.element.message)
    }
    return catalog
  }

  /// An id through the same number grammar as the texts (`ResolutionNumber`): body, then `55/64`, `1992/22`,
  /// `155 C (VII)`, `1325 (2000)`, with `ES-`/`S-` for special sessions and a letter part (`49/75 E`). Nothing else,
  /// so no control character or stray text ever becomes an id.
  static func resolutionID(_ text: String) -> ResolutionID? {
    guard let id = ResolutionID(text) else { return nil }
    var number = id.number
    for prefix in ["ES-", "S-"] where number.hasPrefix(prefix) { number = String(number.dropFirst(prefix.count)) }
    let bytes = Array(number.utf8)
    guard let match = ResolutionNumber.match(bytes, at: 0) else { return nil }
    let rest = bytes[match.end...]
    let letterPart = rest.count == 2 && rest.first == 0x20 && rest.last.map { $0 >= 0x41 && $0 <= 0x5A } == true
    guard rest.isEmpty || letterPart else { return nil }
    return id
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
