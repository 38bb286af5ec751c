import ResolutionKit

/// A byte string whose plain byte order is the corpus reading order (adoption date with undated last, then id with
/// none last, then file), so SQLite can keep the list sorted with an index and a merge needs no id parsing.
///
/// Ids compare as `ResolutionID <` does: body in declaration order, then the number with runs of digits compared as
/// numbers (`55/9` before `55/64`).
enum ReadingOrderKey {
  static func make(adopted: CalendarDate?, id: ResolutionID?, relative: String) -> [UInt8] {
    var key: [UInt8] = []
    key.reserveCapacity(32 + relative.utf8.count)
    if let adopted {
      key.append(0)
      appendDigits(adopted.year, width: 4, to: &key)
      appendDigits(adopted.month, width: 2, to: &key)
      appendDigits(adopted.day, width: 2, to: &key)
    } else {
      key.append(1)
    }
    append(id: id, to: &key)
    // The file name last: under one root, `root/a` < `root/b` exactly when `a` < `b`.
    key.append(contentsOf: relative.utf8)
    return key
  }

  /// The key of an id alone, for sorting absent resolutions.
  static func make(id: ResolutionID) -> [UInt8] {
    var key: [UInt8] = []
    append(id: id, to: &key)
    return key
  }

  private static func append(id: ResolutionID?, to key: inout [UInt8]) {
    guard let id else {
      key.append(1)
      return
    }
    key.append(0)
    key.append(UInt8(Body.allCases.firstIndex(of: id.body) ?? 255))
    let bytes = Array(id.number.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if isDigit(byte) {
        var end = index
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        var start = index
        while start < end - 1, bytes[start] == 0x30 { start += 1 }
        // A run sorts among characters as a digit does ('0'), longer runs (bigger numbers) after shorter ones.
        key.append(0x30)
        key.append(UInt8(min(end - start, 250)) &+ 1)
        key.append(contentsOf: bytes[start..<end])
        index = end
      } else {
        key.append(byte)
        index += 1
      }
    }
    // Ends the number so that a shorter one sorts first.
    key.append(0)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func appendDigits(_ value: Int, width: Int, to key: inout [UInt8]) {
    let digits = Array(String(value).utf8)
    key.append(contentsOf: repeatElement(0x30, count: max(0, width - digits.count)))
    key.append(contentsOf: digits)
  }
}
