import ResolutionKit

/// The one way text reaches a cell: every string shown on screen goes through `cells(_:style:)`.
///
/// Control characters, escape sequences and bidi controls become visible stand-ins (through ResolutionKit's
/// `VisibleText`, so the CLI and the browser agree on what a stand-in looks like), combining marks join the cell before
/// them, wide (East Asian) characters take two cells, and without a UTF-8 locale everything is folded to ASCII.
struct TerminalText: Sendable {
  var unicode: Bool
  /// How stand-ins for unsafe characters are drawn, given the style of the text around them.
  var placeholder: @Sendable (CellStyle) -> CellStyle

  init(unicode: Bool, placeholder: @escaping @Sendable (CellStyle) -> CellStyle) {
    self.unicode = unicode
    self.placeholder = placeholder
  }

  /// Cells for `text`. Newlines and tabs become single spaces: callers that keep line structure split lines first.
  func cells(_ text: some StringProtocol, style: CellStyle, link: Int? = nil) -> [TextCell] {
    var result: [TextCell] = []
    result.reserveCapacity(text.utf8.count)
    append(text, style: style, link: link, to: &result)
    return result
  }

  func append(_ text: some StringProtocol, style: CellStyle, link: Int? = nil, to result: inout [TextCell]) {
    // Fast path: printable ASCII needs no inspection beyond the byte.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      for byte in text.utf8 { result.append(TextCell(String(UnicodeScalar(byte)), style: style, link: link)) }
      return
    }
    let standIn = placeholder(style)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x0A || value == 0x09 {
        result.append(TextCell(" ", style: style, link: link))
        continue
      }
      if let visible = VisibleText.replacement(for: scalar) {
        for byte in visible.utf8 { result.append(TextCell(String(UnicodeScalar(byte)), style: standIn, link: link)) }
        continue
      }
      if value < 0x7F {
        result.append(TextCell(String(scalar), style: style, link: link))
        continue
      }
      if value == 0xAD { continue }  // soft hyphen: invisible unless a line breaks there, and we break elsewhere
      // A zero-width joiner is dropped: terminals disagree on whether they draw an emoji ZWJ sequence (family,
      // rainbow flag) as one glyph or several, and a wrong guess leaves fragments and shifts the row. Without it
      // each emoji is one wide glyph everywhere.
      if value == 0x200D { continue }
      let properties = scalar.properties
      if TerminalText.isZeroWidthMark(scalar, properties) {
        if !unicode { continue }  // the ASCII fold of the base letter already stands for the whole character
        if var last = result.last, !last.isLineBreak, last.style != standIn {
          last.grapheme.unicodeScalars.append(scalar)
          result[result.count - 1] = last
        } else {
          result.append(TextCell("\u{25CC}" + String(scalar), style: style, link: link))
        }
        continue
      }
      switch properties.generalCategory {
      case .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .control:
        // Invisible or undefined characters: terminals disagree on their width, so show what they are.
        for byte in TerminalText.codePoint(value).utf8 {
          result.append(TextCell(String(UnicodeScalar(byte)), style: standIn, link: link))
        }
        continue
      default:
        break
      }
      if !unicode {
        for byte in AsciiFold.fold(scalar).utf8 {
          result.append(TextCell(String(UnicodeScalar(byte)), style: style, link: link))
        }
        continue
      }
      result.append(TextCell(String(scalar), width: TerminalText.isWide(value) ? 2 : 1, style: style, link: link))
    }
  }

  /// Marks drawn on top of the previous character: nonspacing and enclosing marks, joiners and variation selectors.
  static func isZeroWidthMark(_ scalar: Unicode.Scalar, _ properties: Unicode.Scalar.Properties) -> Bool {
    switch scalar.value {
    case 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true
    default: break
    }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// East Asian Wide and Fullwidth characters (and emoji), which terminals draw two cells wide.
  static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
      0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
      0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
      0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
      0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
      0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
      0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `<U+200B>`.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }
}
