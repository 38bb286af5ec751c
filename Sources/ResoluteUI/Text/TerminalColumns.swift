/// Text measured and cut as a terminal draws it, for the CLI's own layout (`list` cutting titles at the window's edge):
/// by grapheme cluster, East Asian wide characters and emoji two columns, marks none, so an emoji ZWJ sequence or a
/// combining accent is never cut in half. Under a non-UTF-8 locale, `ascii` folds text as the browser does.
public enum TerminalColumns {
  /// The columns `character` takes.
  public static func width(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
    if TerminalText.isZeroWidthMark(first, first.properties) { return 0 }
    // An emoji sequence (ZWJ family, flag, keycap, presentation selector) is drawn as one wide glyph.
    if TerminalText.isWide(first.value) || character.unicodeScalars.contains(where: { $0.value == 0xFE0F })
      || (character.unicodeScalars.count > 1 && first.properties.isEmoji && first.value > 0xFF)
    {
      return 2
    }
    return 1
  }

  /// The columns `text` takes.
  public static func width(_ text: some StringProtocol) -> Int { text.reduce(0) { $0 + width($1) } }

  /// `text` cut to at most `columns` columns, whole grapheme clusters only, with `…` when cut.
  public static func cut(_ text: String, toColumns columns: Int) -> String {
    guard width(text) > columns else { return text }
    var result = ""
    var used = 0
    for character in text {
      let next = width(character)
      if used + next > columns - 1 { break }
      result.append(character)
      used += next
    }
    return result + "…"
  }

  /// `text` in ASCII: letters without their accents, other characters as the browser folds them.
  public static func ascii(_ text: String) -> String {
    guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if TerminalText.isZeroWidthMark(scalar, scalar.properties) { continue }
      result += AsciiFold.fold(scalar)
    }
    return result
  }
}
