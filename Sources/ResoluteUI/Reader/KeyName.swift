/// Keys as a config file and the help overlay write them: `q`, `Q`, `Ctrl-L`, `Enter`, `Tab`, `Shift-Tab`,
/// `Backspace`, `Esc`, `Space`, `Up`, `PgDn`, `Home`…
enum KeyName {
  private static let named: [(name: String, key: Key)] = [
    ("Enter", .enter), ("Tab", .tab), ("Shift-Tab", .backTab), ("Backspace", .backspace), ("Esc", .escape),
    ("Delete", .delete), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp),
    ("PgDn", .pageDown), ("Home", .home), ("End", .end), ("Space", .character(" ")),
  ]
  private static let aliases: [String: Key] = [
    "return": .enter, "escape": .escape, "backtab": .backTab, "s-tab": .backTab, "del": .delete,
    "pageup": .pageUp, "pagedown": .pageDown, "page-up": .pageUp, "page-down": .pageDown,
  ]

  /// The key a name stands for, nil when it names none.
  static func key(_ name: String) -> Key? {
    let trimmed = name.trimmedSpaces
    if trimmed.count == 1, let character = trimmed.first, !character.isWhitespace, !(character.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) {
      return .character(character)
    }
    let lowered = trimmed.lowercased()
    if let entry = named.first(where: { $0.name.lowercased() == lowered }) { return entry.key }
    if let key = aliases[lowered] { return key }
    for prefix in ["alt-", "alt+", "m-", "meta-"] where lowered.hasPrefix(prefix) {
      let rest = trimmed.dropFirst(prefix.count)
      if rest.count == 1, let character = rest.first, character.isASCII, !character.isWhitespace {
        return .alt(character)
      }
    }
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
      let rest = lowered.dropFirst(prefix.count)
      if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter { return .control(letter) }
    }
    return nil
  }

  /// How the help overlay writes a key.
  static func name(_ key: Key) -> String {
    if let entry = named.first(where: { $0.key == key }) { return entry.name }
    switch key {
    case .character(let character): return String(character)
    case .control(let letter): return "Ctrl-\(letter.uppercased())"
    case .alt(let character): return "Alt-\(character)"
    default: return "?"
    }
  }
}
