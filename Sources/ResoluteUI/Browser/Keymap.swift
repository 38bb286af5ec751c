/// Which key does what, in one table (as tig's keymaps): the standard keys, with the reader's config on top.
struct Keymap: Sendable {
  private(set) var bindings: [Key: Command]
  /// The config changed some keys: the help overlay then lists the keys actually bound.
  private(set) var isCustomized = false
  /// The config file, named at the end of the help overlay.
  private(set) var configFile: String?

  /// Keys that mean the same everywhere.
  static let standard: [Key: Command] = [
    .character("q"): .quit, .control("c"): .quit,
    .character("?"): .toggleHelp,
    .tab: .nextLink, .backTab: .previousLink,
    .enter: .activate,
    .backspace: .back, .character("H"): .back, .character("["): .back,
    .character("L"): .forward, .character("]"): .forward,
    .character("/"): .startSearch, .character(":"): .startGoto, .character("F"): .startSearchAll,
    .character("z"): .toggleReading,
    .character("n"): .findNext, .character("N"): .findPrevious,
    .character("j"): .moveDown, .down: .moveDown, .character("k"): .moveUp, .up: .moveUp,
    .pageDown: .pageDown, .character(" "): .pageDown, .control("f"): .pageDown, .control("d"): .pageDown,
    .pageUp: .pageUp, .character("b"): .pageUp, .control("b"): .pageUp, .control("u"): .pageUp,
    .character("g"): .top, .home: .top, .character("G"): .bottom, .end: .bottom,
    .control("e"): .scrollLineDown, .control("y"): .scrollLineUp,
    .character("h"): .focusLeft, .left: .focusLeft, .character("l"): .focusRight, .right: .focusRight,
    .character("1"): .focus(.list), .character("2"): .focus(.viewer), .character("3"): .focus(.notes),
    .character("w"): .cyclePane,
    .character("a"): .toggleAbsent, .character("s"): .cycleSort,
    .character("m"): .setMark, .character("'"): .jumpToMark, .character("B"): .showBookmarks,
    .character("y"): .copyReference,
    .character("d"): .compare, .character("r"): .reusedLanguage, .character("t"): .series,
    .escape: .cancel,
    .redraw: .redraw, .control("l"): .redraw,
  ]

  init(config: ReaderConfig = .standard) {
    var bindings = Self.standard
    if !config.unbound.isEmpty { bindings = bindings.filter { !config.unbound.contains($0.value) } }
    for (key, command) in config.bindings { bindings[key] = command }
    self.bindings = bindings
    isCustomized = config.changesKeys
    configFile = config.file
  }

  func command(for key: Key) -> Command? { bindings[key] }

  /// The help overlay's content: every key, grouped, in the words a reader uses.
  private static let entries: [(keys: String, action: String, commands: [Command])] = [
    ("", "Reading", []),
    ("j k  Down Up", "next / previous paragraph", [.moveDown, .moveUp]),
    ("PgDn PgUp  Space b", "page down / up", [.pageDown, .pageUp]),
    ("g G  Home End", "top / bottom", [.top, .bottom]),
    ("Ctrl-E Ctrl-Y", "scroll one line", [.scrollLineDown, .scrollLineUp]),
    ("Tab Shift-Tab", "next / previous link", [.nextLink, .previousLink]),
    ("Enter", "open resolution / follow link", [.activate]),
    ("Backspace  H [", "back in history", [.back]),
    ("L ]", "forward in history", [.forward]),
    ("", "Finding", []),
    ("/", "filter the list / find in the text", [.startSearch]),
    ("n N", "next / previous match", [.findNext, .findPrevious]),
    (":", "go to an id: GA 55/64#7, #IV.3", [.startGoto]),
    ("F", "search the text of every file", [.startSearchAll]),
    ("", "Across resolutions", []),
    ("d", "compare with its predecessor", [.compare]),
    ("r", "reused language of this paragraph", [.reusedLanguage]),
    ("t", "the series it belongs to", [.series]),
    ("", "Your own", []),
    ("m a-z", "mark this paragraph (a to z)", [.setMark]),
    ("' a-z", "go to a mark ('' goes back)", [.jumpToMark]),
    ("B", "bookmarks: marks and recent places", [.showBookmarks]),
    ("y", "copy this paragraph's reference", [.copyReference]),
    ("", "Panes", []),
    ("h l  Left Right", "focus list / text / notes", [.focusLeft, .focusRight]),
    ("1 2 3  w", "list, text, notes / next pane", [.focus(.list), .focus(.viewer), .focus(.notes), .cyclePane]),
    ("z", "text at full width (reading mode)", [.toggleReading]),
    ("a", "show absent (cited) resolutions", [.toggleAbsent]),
    ("s", "sort list: date, id, title", [.cycleSort]),
    ("Esc", "cancel, clear search, back to text", [.cancel]),
    ("Ctrl-L", "redraw the screen", [.redraw]),
    ("?", "this help (q, Esc or ? closes it)", [.toggleHelp]),
    ("q", "quit", [.quit]),
  ]

  /// The help lines. Where the config changed a line's keys, the line leads with the keys it added, and a line whose
  /// standard keys were removed lists exactly what is bound.
  var help: [(keys: String, action: String)] {
    var lines = Self.entries.map { entry -> (keys: String, action: String) in
      guard isCustomized, !entry.commands.isEmpty else { return (entry.keys, entry.action) }
      let standardKeys = Set(Self.standard.filter { entry.commands.contains($0.value) }.map(\.key))
      let boundKeys = Set(bindings.filter { entry.commands.contains($0.value) && $0.key != .redraw }.map(\.key))
      if boundKeys == standardKeys { return (entry.keys, entry.action) }
      let added = boundKeys.subtracting(standardKeys).map(KeyName.name).sorted(by: Self.helpOrder)
      if standardKeys.isSubset(of: boundKeys) {
        return (added.joined(separator: " ") + "  " + entry.keys, entry.action)
      }
      let all = boundKeys.map(KeyName.name).sorted(by: Self.helpOrder)
      return (all.isEmpty ? "(none)" : all.joined(separator: " "), entry.action)
    }
    lines.append(("", "Settings"))
    lines.append(("keys, colours", configFile ?? "~/.config/resolute/config.toml"))
    return lines
  }

  /// Single characters before named keys, so `j Down` reads as the standard help does.
  private static func helpOrder(_ left: String, _ right: String) -> Bool {
    if (left.count == 1) != (right.count == 1) { return left.count == 1 }
    return left < right
  }
}
