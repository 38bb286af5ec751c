/// Makes text from a file safe to write to a terminal: control characters, escape sequences and bidi overrides are
/// replaced by visible stand-ins (`^[`, `^?`, `<U+202E>`) so a file can neither move the cursor nor reorder the screen.
public enum VisibleText {
  /// The visible stand-in for `scalar`, or nil when the scalar is safe to show as it is.
  /// Newline and tab are safe here; callers that lay out lines themselves handle them.
  public static func replacement(for scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    switch value {
    case 0x0A, 0x09:
      return nil
    case 0x00...0x1F:
      // Caret notation, as terminals and `cat -v` show it: ESC is `^[`, NUL is `^@`.
      return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
    case 0x7F:
      return "^?"
    case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
      return codePoint(value)
    default:
      return nil
    }
  }

  /// True when `text` contains nothing that `sanitize` would replace.
  public static func isSafe(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy { replacement(for: $0) == nil }
  }

  /// `text` with every unsafe scalar replaced by its visible stand-in; newlines and tabs are kept.
  public static func sanitize(_ text: some StringProtocol) -> String {
    if isSafe(text) { return String(text) }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if let stand = replacement(for: scalar) {
        result += stand
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` on one line: line breaks (LF, CR, VT, FF, NEL, U+2028/2029) and tabs become spaces, any other unsafe
  /// scalar its visible stand-in. For names and titles, which must never forge a line of output.
  public static func oneLine(_ text: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x0D, 0x09, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: result += " "
      default:
        if let stand = replacement(for: scalar) { result += stand } else { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// `<U+202E>`.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }
}
