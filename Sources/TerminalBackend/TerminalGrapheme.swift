import CNCursesw

/// Defence in depth below the UI core's sanitizing: decides whether a cell's grapheme may go to ncurses at all.
enum TerminalGrapheme {
  /// The wide characters to hand to `setcchar` and the columns the terminal will use, or nil when the grapheme must
  /// not be drawn (empty, a control or format character, or something the locale cannot display).
  static func drawable(_ grapheme: String) -> (characters: [wchar_t], width: Int)? {
    let scalars = Array(grapheme.unicodeScalars)
    guard let base = scalars.first, isAllowed(base) else { return nil }
    let width = Int(resolute_character_width(wchar_t(bitPattern: base.value)))
    guard width == 1 || width == 2 else { return nil }
    var characters = [wchar_t(bitPattern: base.value)]
    // Combining marks ride on the base. A spacing character joined on (the rest of an emoji sequence) and marks
    // beyond what a cell holds are dropped: the base alone keeps the planned width.
    let capacity = Int(resolute_cchar_capacity()) - 1
    for mark in scalars.dropFirst() {
      guard isAllowed(mark) else { return nil }
      guard resolute_character_width(wchar_t(bitPattern: mark.value)) == 0, characters.count < capacity else { break }
      characters.append(wchar_t(bitPattern: mark.value))
    }
    return (characters, width)
  }

  /// C0 and C1 controls, DEL, bidi overrides/isolates and other format characters can reorder or hide text.
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate:
      return scalar.value == 0x200D  // zero-width joiner inside emoji sequences is harmless
    default:
      return true
    }
  }
}
