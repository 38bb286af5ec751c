/// Byte-level helpers: the parser works on UTF-8 bytes, not Characters, for speed.
enum ASCII {
  static let tab: UInt8 = 9
  static let newline: UInt8 = 10
  static let space: UInt8 = 32
  static let quote: UInt8 = 34
  static let hash: UInt8 = 35
  static let apostrophe: UInt8 = 39
  static let openParen: UInt8 = 40
  static let closeParen: UInt8 = 41
  static let asterisk: UInt8 = 42
  static let plus: UInt8 = 43
  static let comma: UInt8 = 44
  static let hyphen: UInt8 = 45
  static let period: UInt8 = 46
  static let slash: UInt8 = 47
  static let colon: UInt8 = 58
  static let semicolon: UInt8 = 59
  static let lessThan: UInt8 = 60
  static let greaterThan: UInt8 = 62
  static let openBracket: UInt8 = 91
  static let backslash: UInt8 = 92
  static let closeBracket: UInt8 = 93
  static let underscore: UInt8 = 95

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
  @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }
  @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 97 < 26 }
  @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
  @inline(__always) static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
  @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == space || b == tab }
  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
  /// A byte that starts or continues a non-ASCII letter; treated as a word character.
  @inline(__always) static func isNonASCII(_ b: UInt8) -> Bool { b >= 0x80 }
  /// Punctuation that may carry a glued footnote marker right after it (`Offenders,2`, `1999;5`, `(annex I)1`).
  @inline(__always) static func isMarkerPunctuation(_ b: UInt8) -> Bool {
    b == comma || b == semicolon || b == period || b == colon || b == closeParen || b == quote
  }
  /// Punctuation that ends a clause: a paragraph ending with one of these is complete.
  @inline(__always) static func isTerminal(_ b: UInt8) -> Bool {
    b == comma || b == semicolon || b == period || b == colon
  }
}

extension Array where Element == UInt8 {
  /// Index of the first non-space byte at or after `start`.
  func skippingSpaces(from start: Int) -> Int { skippingSpaces(in: start..<count) }

  /// Index of the first non-space byte in `range` (its end when there is none).
  func skippingSpaces(in range: Range<Int>) -> Int {
    var index = range.lowerBound
    while index < range.upperBound, ASCII.isSpace(self[index]) { index += 1 }
    return index
  }

  /// `range` without its leading and trailing spaces and tabs; empty at its start when it holds nothing else.
  func trimmingSpaces(in range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound, ASCII.isSpace(self[end - 1]) { end -= 1 }
    return skippingSpaces(in: range.lowerBound..<end)..<end
  }

  /// This array without leading and trailing spaces and tabs.
  func trimmedSpaces() -> [UInt8] {
    let trimmed = trimmingSpaces(in: indices)
    // Most lines are trimmed already: the array itself, not a copy.
    return trimmed == indices ? self : Array(self[trimmed])
  }

  func hasPrefix(_ prefix: [UInt8], at index: Int = 0) -> Bool {
    guard index + prefix.count <= count else { return false }
    for offset in 0..<prefix.count where self[index + offset] != prefix[offset] { return false }
    return true
  }

  /// Case-insensitive ASCII prefix test.
  func hasPrefixIgnoringCase(_ prefix: [UInt8], at index: Int = 0) -> Bool {
    guard index + prefix.count <= count else { return false }
    for offset in 0..<prefix.count where ASCII.lower(self[index + offset]) != ASCII.lower(prefix[offset]) {
      return false
    }
    return true
  }

  /// The run of ASCII digits starting at `index` (possibly empty).
  func digitRun(at index: Int) -> Range<Int> {
    var end = index
    while end < count, ASCII.isDigit(self[end]) { end += 1 }
    return index..<end
  }

  func intValue(_ range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.count <= 9 else { return nil }
    var value = 0
    for index in range { value = value * 10 + Int(self[index] - 48) }
    return value
  }

  /// True when `index` is at a word boundary on its left (start, space or punctuation before it).
  func isWordStart(_ index: Int) -> Bool {
    index == 0 || !(ASCII.isAlphanumeric(self[index - 1]) || ASCII.isNonASCII(self[index - 1]))
  }

  /// True when `index` is at a word boundary on its right.
  func isWordEnd(_ index: Int) -> Bool {
    index >= count || !(ASCII.isAlphanumeric(self[index]) || ASCII.isNonASCII(self[index]))
  }

  var string: String { String(decoding: self, as: UTF8.self) }
}

extension String {
  var bytes: [UInt8] { Array(utf8) }
}

/// Superscript digits as they appear in UTF-8 (`¹²³` are Latin-1, `⁰⁴…⁹` are in U+2070).
enum Superscript {
  /// The digit a superscript scalar at `index` stands for, and its byte length.
  static func digit(in bytes: [UInt8], at index: Int) -> (value: UInt8, length: Int)? {
    guard index < bytes.count else { return nil }
    let b = bytes[index]
    if b == 0xC2, index + 1 < bytes.count {
      switch bytes[index + 1] {
      case 0xB9: return (1, 2)
      case 0xB2: return (2, 2)
      case 0xB3: return (3, 2)
      default: return nil
      }
    }
    if b == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x81 {
      let c = bytes[index + 2]
      if c == 0xB0 { return (0, 3) }
      if c >= 0xB4 && c <= 0xB9 { return (c - 0xB0, 3) }
    }
    return nil
  }

  /// The run of superscript digits at `index`: its digits as ASCII and its byte length.
  static func run(in bytes: [UInt8], at index: Int) -> (digits: String, length: Int)? {
    var cursor = index
    var digits = ""
    while let (value, length) = digit(in: bytes, at: cursor) {
      digits.append(Character(UnicodeScalar(48 + value)))
      cursor += length
    }
    return digits.isEmpty ? nil : (digits, cursor - index)
  }
}

extension ArraySlice where Element == UInt8 {
  var string: String { String(decoding: self, as: UTF8.self) }
}
