/// Splitting paragraph text into the words the comparison works on: runs of non-space characters, punctuation
/// attached, so `resolution,` and `resolution` are different words and any run of spaces or line breaks counts as one.
enum WordTokens {
  /// The words of `text`, in order, split at Unicode white space (ASCII spaces and breaks, no-break and other
  /// spaces). Reads UTF-8 bytes: this runs on every paragraph of both texts.
  static func split(_ text: String) -> [Substring] {
    var text = text
    let bounds: [Range<Int>] = text.withUTF8 { bytes in
      var ranges: [Range<Int>] = []
      var start = -1
      var index = 0
      while index < bytes.count {
        let length = spaceLength(bytes, at: index)
        if length > 0 {
          if start >= 0 { ranges.append(start..<index) }
          start = -1
          index += length
        } else {
          if start < 0 { start = index }
          index += 1
        }
      }
      if start >= 0 { ranges.append(start..<bytes.count) }
      return ranges
    }
    let utf8 = text.utf8
    return bounds.map { range in
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      return text[lower..<upper]
    }
  }

  /// The byte length of the white-space character at `index`, or 0 when there is none: the characters with the
  /// Unicode White_Space property, by their UTF-8 encodings.
  private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
    switch byte {
    case 0xC2:  // U+0085 next line, U+00A0 no-break space
      return next(1) == 0x85 || next(1) == 0xA0 ? 2 : 0
    case 0xE1:  // U+1680 ogham space mark
      return next(1) == 0x9A && next(2) == 0x80 ? 3 : 0
    case 0xE2:  // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
      let second = next(1), third = next(2)
      if second == 0x80 && (third <= 0x8A && third >= 0x80 || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:  // U+3000 ideographic space
      return next(1) == 0x80 && next(2) == 0x80 ? 3 : 0
    default:
      return 0
    }
  }
}

/// Gives each distinct word a small integer, so sequences of words compare as integers.
struct WordNumbering {
  private var numbers: [Substring: Int] = [:]

  /// The number of `word`, assigning the next free one (from 1; 0 is kept for "no word") when it is new.
  mutating func number(_ word: Substring) -> Int {
    if let known = numbers[word] { return known }
    let next = numbers.count + 1
    numbers[word] = next
    return next
  }

  mutating func numbers(_ words: [Substring]) -> [Int] { words.map { number($0) } }
}
