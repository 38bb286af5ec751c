import Foundation
import ResoluteUI
import Testing

/// Golden screens: `Snapshots/<name>.screen` holds the text of every row, then a style map (one letter per cell, with
/// a legend). Recorded only when `RESOLUTE_UPDATE_SNAPSHOTS=1`; otherwise a missing or different file fails the test.
enum Snapshot {
  static let directory = Fixture.packageRoot + "/Tests/ResoluteUITests/Snapshots"
  static var recording: Bool { ProcessInfo.processInfo.environment["RESOLUTE_UPDATE_SNAPSHOTS"] == "1" }

  /// The file content for a buffer.
  static func encode(_ buffer: ScreenBuffer, title: String) -> String {
    var text = "# \(title) (\(buffer.width)x\(buffer.height))\n"
    for line in buffer.lines { text += "|" + line + "|\n" }
    text += "--- styles ---\n"
    var letters: [CellStyle: Character] = [:]
    var legend: [String] = []
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var rows: [String] = []
    for y in 0..<buffer.height {
      var row = ""
      for x in 0..<buffer.width {
        let style = buffer[x, y].style
        if letters[style] == nil {
          let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
          letters[style] = letter
          legend.append("\(letter) \(describe(style))")
        }
        row.append(letters[style]!)
      }
      rows.append(row)
    }
    text += legend.joined(separator: "\n") + "\n--- map ---\n" + rows.joined(separator: "\n") + "\n"
    return text
  }

  static func describe(_ style: CellStyle) -> String {
    var parts = [String(describing: style.role)]
    if style.bold { parts.append("bold") }
    if style.italic { parts.append("italic") }
    if style.underline { parts.append("underline") }
    if style.reverse { parts.append("reverse") }
    if style.dim { parts.append("dim") }
    return parts.joined(separator: "+")
  }

  /// Compares `session`'s screen with the golden file `name`, or records it.
  static func assertMatches(
    _ session: BrowserSession, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = encode(session.screen, title: name)
    let path = "\(directory)/\(name).screen"
    if recording {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      // Written whole then renamed, so an interrupted run never leaves half a golden file.
      let temporary = path + ".tmp"
      FileManager.default.createFile(atPath: temporary, contents: Data(actual.utf8))
      _ = try? FileManager.default.removeItem(atPath: path)
      try? FileManager.default.moveItem(atPath: temporary, toPath: path)
      return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      Issue.record(
        "missing snapshot \(path); record it with RESOLUTE_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report = "snapshot \(name) differs (re-record with RESOLUTE_UPDATE_SNAPSHOTS=1 if the change is intended):\n"
    var shown = 0
    for index in 0..<max(expectedLines.count, actualLines.count) where shown < 8 {
      let e = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
      let a = index < actualLines.count ? String(actualLines[index]) : "<none>"
      if e != a {
        report += "line \(index + 1):\n  expected \(e)\n  actual   \(a)\n"
        shown += 1
      }
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
  }
}

extension ScreenBuffer {
  /// True when no cell holds anything a terminal would interpret: C0/C1 controls, DEL, ESC, bidi controls.
  var isTerminalSafe: Bool {
    cells.allSatisfy { cell in
      cell.grapheme.unicodeScalars.allSatisfy { scalar in
        let value = scalar.value
        return
          !(value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
          || (0x2066...0x2069).contains(value))
      }
    }
  }

  /// True when every wide character is followed by its continuation cell and no continuation is orphaned.
  var continuationsAreConsistent: Bool {
    for y in 0..<height {
      for x in 0..<width where self[x, y].isContinuation {
        if x == 0 || self[x - 1, y].isContinuation { return false }
      }
    }
    return true
  }
}
