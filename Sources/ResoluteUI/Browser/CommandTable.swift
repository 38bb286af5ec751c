/// Every command in one place, as tig's `REQ_INFO`: its config name, its group in the help, what the help says of it,
/// its standard keys and the word the status line uses for it. The keymap, the config names, the help overlay and the
/// status-line hints are all derived from this table, so they always agree with each other and with the keys bound.
struct CommandInfo: Sendable {
  var command: Command
  /// The name in config.toml's `[keys]` section (`follow = "o"`).
  var name: String
  var group: CommandGroup
  /// The help overlay's line.
  var help: String
  /// The standard keys, the one shown in hints first.
  var keys: [Key]
  /// The word for a status-line hint (`quit` in `q quit`), nil for commands the status line never suggests.
  var hint: String? = nil
}

/// The help overlay's sections, in order.
enum CommandGroup: String, Sendable, CaseIterable {
  case reading = "Reading"
  case finding = "Finding"
  case across = "Across resolutions"
  case own = "Your own"
  case panes = "Panes and screen"
}

enum CommandTable {
  static let all: [CommandInfo] = [
    // Reading
    .init(command: .moveDown, name: "down", group: .reading, help: "next paragraph (5j: five)",
          keys: [.character("j"), .down], hint: "move"),
    .init(command: .moveUp, name: "up", group: .reading, help: "previous paragraph", keys: [.character("k"), .up]),
    .init(command: .scrollLineDown, name: "scroll-down", group: .reading, help: "scroll one line down",
          keys: [.character("e"), .control("e"), .control("n")]),
    .init(command: .scrollLineUp, name: "scroll-up", group: .reading, help: "scroll one line up",
          keys: [.control("y"), .control("p")]),
    .init(command: .pageDown, name: "page-down", group: .reading, help: "page down",
          keys: [.pageDown, .character(" "), .control("f")]),
    .init(command: .pageUp, name: "page-up", group: .reading, help: "page up",
          keys: [.pageUp, .character("b"), .control("b")]),
    .init(command: .halfPageDown, name: "half-page-down", group: .reading, help: "half a page down",
          keys: [.control("d")]),
    .init(command: .halfPageUp, name: "half-page-up", group: .reading, help: "half a page up", keys: [.control("u")]),
    .init(command: .top, name: "top", group: .reading, help: "top (10g: line 10)", keys: [.character("g"), .home]),
    .init(command: .bottom, name: "bottom", group: .reading, help: "bottom (10G: line 10)",
          keys: [.character("G"), .end]),
    .init(command: .percent, name: "percent", group: .reading, help: "that far through (50%)",
          keys: [.character("%")]),
    .init(command: .nextLink, name: "next-link", group: .reading, help: "next link", keys: [.tab], hint: "link"),
    .init(command: .previousLink, name: "previous-link", group: .reading, help: "previous link", keys: [.backTab]),
    .init(command: .activate, name: "follow", group: .reading, help: "open resolution / follow link",
          keys: [.enter], hint: "follow"),
    .init(command: .back, name: "back", group: .reading, help: "back in history",
          keys: [.backspace, .character("H"), .character("[")], hint: "back"),
    .init(command: .forward, name: "forward", group: .reading, help: "forward in history",
          keys: [.character("L"), .character("]")]),
    .init(command: .whereAmI, name: "where", group: .reading, help: "where am I: file, paragraph, line, %",
          keys: [.character("="), .control("g")]),
    // Finding
    .init(command: .startSearch, name: "find", group: .finding, help: "filter the list / find in the text",
          keys: [.character("/")], hint: "find"),
    .init(command: .findNext, name: "find-next", group: .finding, help: "next match", keys: [.character("n")]),
    .init(command: .findPrevious, name: "find-previous", group: .finding, help: "previous match",
          keys: [.character("N")]),
    .init(command: .startGoto, name: "goto", group: .finding, help: "go to GA 55/64#7, #IV.3, 5 (para.), q",
          keys: [.character(":")], hint: "go"),
    .init(command: .startSearchAll, name: "search-all", group: .finding, help: "search the text of every file",
          keys: [.character("F")], hint: "search"),
    // Across resolutions
    .init(command: .compare, name: "compare", group: .across, help: "compare with its predecessor",
          keys: [.character("d")]),
    .init(command: .reusedLanguage, name: "reuse", group: .across, help: "reused language of this paragraph",
          keys: [.character("r")]),
    .init(command: .series, name: "series", group: .across, help: "the series it belongs to",
          keys: [.character("t")]),
    .init(command: .citedBy, name: "cited-by", group: .across, help: "every paragraph citing this resolution",
          keys: [.character("c")]),
    // Your own
    .init(command: .setMark, name: "mark", group: .own, help: "mark this paragraph (then a letter or digit)",
          keys: [.character("m")]),
    .init(command: .jumpToMark, name: "go-to-mark", group: .own,
          help: "go to a mark (then its letter or digit; ' toggles)", keys: [.character("'")]),
    .init(command: .showBookmarks, name: "bookmarks", group: .own, help: "bookmarks: marks and recent places",
          keys: [.character("B")]),
    .init(command: .copyReference, name: "copy-reference", group: .own,
          help: "copy its reference (UN style; y again: short)", keys: [.character("y")]),
    .init(command: .editSource, name: "edit", group: .own, help: "open the file in $VISUAL/$EDITOR here",
          keys: [.character("v")]),
    .init(command: .startPipe, name: "pipe", group: .own, help: "pipe the paragraph (on the title: all) to a command",
          keys: [.character("|")]),
    .init(command: .viewSource, name: "view-source", group: .own, help: "the file's raw text at this paragraph",
          keys: [.character("\\")]),
    .init(command: .copyParagraph, name: "copy-paragraph", group: .own, help: "copy its text with the reference",
          keys: [.character("Y")]),
    // Panes and screen
    .init(command: .focusLeft, name: "focus-left", group: .panes, help: "focus the pane on the left",
          keys: [.character("h"), .left]),
    .init(command: .focusRight, name: "focus-right", group: .panes, help: "focus the pane on the right",
          keys: [.character("l"), .right]),
    .init(command: .cyclePane, name: "next-pane", group: .panes, help: "next pane", keys: [.character("w")],
          hint: "pane"),
    .init(command: .focus(.list), name: "focus-list", group: .panes, help: "the list", keys: [.alt("1")],
          hint: "list"),
    .init(command: .focus(.viewer), name: "focus-text", group: .panes, help: "the text", keys: [.alt("2")]),
    .init(command: .focus(.notes), name: "focus-notes", group: .panes, help: "the notes", keys: [.alt("3")],
          hint: "notes"),
    .init(command: .growNotes, name: "notes-taller", group: .panes, help: "notes pane taller (5+: five rows)",
          keys: [.character("+")]),
    .init(command: .shrinkNotes, name: "notes-shorter", group: .panes, help: "notes pane shorter",
          keys: [.character("-")]),
    .init(command: .toggleNotes, name: "notes-hide", group: .panes, help: "hide or show the notes",
          keys: [.character("_")]),
    .init(command: .toggleReading, name: "reading", group: .panes, help: "the text alone (reading mode)",
          keys: [.character("z")], hint: "list"),
    .init(command: .toggleAbsent, name: "absent", group: .panes, help: "show absent (cited) resolutions",
          keys: [.character("a")], hint: "absent"),
    .init(command: .cycleSort, name: "sort", group: .panes, help: "sort list: date, id, title",
          keys: [.character("s")], hint: "sort"),
    .init(command: .cancel, name: "cancel", group: .panes, help: "cancel, clear search, back to text",
          keys: [.escape], hint: "list"),
    .init(command: .redraw, name: "redraw", group: .panes, help: "redraw the screen", keys: [.control("l"), .redraw]),
    .init(command: .toggleHelp, name: "help", group: .panes, help: "this help (q, Esc or ? closes it)",
          keys: [.character("?")], hint: "help"),
    .init(command: .quit, name: "quit", group: .panes, help: "quit (also :q)", keys: [.character("q"), .control("c")],
          hint: "quit"),
  ]

  static func info(_ command: Command) -> CommandInfo? { all.first { $0.command == command } }

  /// The command a config file names (`follow`, `Page_Down`, `page down`).
  static func command(named name: String) -> Command? {
    let normalized = ConfigEntry.normalizedName(name)
    return all.first { $0.name == normalized }?.command
  }
}
