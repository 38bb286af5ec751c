/// Bytes to text: UTF-8 (invalid sequences replaced and reported), UTF-16 with a BOM, CRLF and CR to LF.
public enum TextDecoding {
  public struct Decoded: Sendable {
    public var text: String
    public var warnings: [ParseWarning]
  }

  public static func decode(_ bytes: [UInt8], file: String) -> Decoded {
    var warnings: [ParseWarning] = []
    var text: String
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let littleEndian = bytes[0] == 0xFF
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var index = 2
      while index + 1 < bytes.count {
        let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
        units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
        index += 2
      }
      text = String(decoding: units, as: UTF16.self)
      warnings.append(ParseWarning(file: file, line: nil, severity: .note, message: "decoded as UTF-16 (byte order mark found)"))
    } else {
      var body = bytes[...]
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      if let valid = String(validating: body, as: UTF8.self) {
        text = valid
      } else {
        text = String(decoding: body, as: UTF8.self)
        let line = firstInvalidUTF8Line(body)
        warnings.append(
          ParseWarning(
            file: file, line: line,
            message: "invalid UTF-8: undecodable bytes were replaced with \u{FFFD}"))
      }
    }
    if text.utf8.withContiguousStorageIfAvailable({ $0.contains(13) }) ?? text.utf8.contains(13) {
      text = text.replacingCRLF()
    }
    return Decoded(text: text, warnings: warnings)
  }

  private static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int {
    var line = 1
    var lineStart = bytes.startIndex
    for (index, byte) in zip(bytes.indices, bytes) where byte == 10 {
      if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
      line += 1
      lineStart = index + 1
    }
    return line
  }
}

extension String {
  func replacingCRLF() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    var previousCR = false
    for byte in utf8 {
      if byte == 13 {
        out.append(10)
        previousCR = true
        continue
      }
      if byte == 10 && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
  }
}
