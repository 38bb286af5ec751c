/// Which key does what (as tig's keymaps): the standard keys of `CommandTable`, with the reader's config on top.
struct Keymap: Sendable {
  private(set) var bindings: [Key: Command]
  /// Keys the config file added, so they lead where a command's keys are shown (the reader's choice first).
  private var added: Set<Key> = []
  /// The config file, named at the top of the help overlay.
  private(set) var configFile: String?

  /// Keys that mean the same everywhere, from the command table.
  static let standard: [Key: Command] = {
    var keys: [Key: Command] = [:]
    for info in CommandTable.all { for key in info.keys { keys[key] = info.command } }
    return keys
  }()

  init(config: ReaderConfig = .standard) {
    var bindings = Self.standard
    if !config.unbound.isEmpty { bindings = bindings.filter { !config.unbound.contains($0.value) } }
    for (key, command) in config.bindings { bindings[key] = command }
    self.bindings = bindings
    added = Set(config.bindings.keys)
    configFile = config.file
  }

  func command(for key: Key) -> Command? { bindings[key] }

  /// The keys bound to `command` as they are shown: those the config added, then the standard ones in the table's
  /// order. `.redraw` (a terminal event, not a key) is left out.
  func keys(for command: Command) -> [Key] {
    let standardOrder = CommandTable.info(command)?.keys ?? []
    let bound = bindings.filter { $0.value == command && $0.key != .redraw }.map(\.key)
    let extra = bound.filter { added.contains($0) && !standardOrder.contains($0) }
      .sorted { Self.helpOrder(KeyName.name($0), KeyName.name($1)) }
    return extra + standardOrder.filter { key in bound.contains(key) && key != .redraw }
  }

  /// The key a hint shows for `command` (`q` in `q quit`, or `Q` after `quit = "Q"`); nil when none is bound.
  func hintKey(for command: Command) -> String? {
    keys(for: command).first.map(Self.hintName)
  }

  /// Each command's key and word as a hint (`q quit`), in order; a command with no key bound is left out.
  func hints(_ entries: [(Command, String)]) -> [String] {
    entries.compactMap { command, word in hintKey(for: command).map { "\($0) \(word)" } }
  }

  /// Hints write a few keys shorter than the help does.
  private static func hintName(_ key: Key) -> String {
    switch key {
    case .backspace: "Bksp"
    default: KeyName.name(key)
    }
  }

  /// The help overlay's lines: the config file first (where it is seen on the first screen), then every command by
  /// group, with the keys as bound. A command with no key left says `(none)`.
  var help: [(keys: String, action: String)] {
    var lines: [(keys: String, action: String)] = [("", "Settings")]
    lines.append(("keys, colours", configFile ?? "~/.config/resolute/config.toml"))
    for group in CommandGroup.allCases {
      lines.append(("", group.rawValue))
      for info in CommandTable.all where info.group == group {
        let keys = keys(for: info.command).map(KeyName.name)
        lines.append((keys.isEmpty ? "(none)" : keys.joined(separator: " "), info.help))
      }
    }
    return lines
  }

  /// Single characters before named keys, so `j Down` reads as the standard help does.
  private static func helpOrder(_ left: String, _ right: String) -> Bool {
    if (left.count == 1) != (right.count == 1) { return left.count == 1 }
    return left < right
  }
}
