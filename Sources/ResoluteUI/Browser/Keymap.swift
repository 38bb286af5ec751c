/// Which key does what, in one table (as tig's keymaps), with per-pane additions.
enum Keymap {
  /// Keys that mean the same everywhere.
  static let common: [Key: Command] = [
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
    .escape: .cancel,
    .redraw: .redraw, .control("l"): .redraw,
  ]

  static func command(for key: Key) -> Command? { common[key] }

  /// The help overlay's content: every key, grouped, in the words a reader uses.
  static let help: [(keys: String, action: String)] = [
    ("", "Reading"),
    ("j k  Down Up", "next / previous paragraph"),
    ("PgDn PgUp  Space b", "page down / up"),
    ("g G  Home End", "top / bottom"),
    ("Ctrl-E Ctrl-Y", "scroll one line"),
    ("Tab Shift-Tab", "next / previous link"),
    ("Enter", "open resolution / follow link"),
    ("Backspace  H [", "back in history"),
    ("L ]", "forward in history"),
    ("", "Finding"),
    ("/", "filter the list / find in the text"),
    ("n N", "next / previous match"),
    (":", "go to an id: GA 55/64#7, #IV.3"),
    ("F", "search the text of every file"),
    ("", "Panes"),
    ("h l  Left Right", "focus list / text / notes"),
    ("1 2 3  w", "list, text, notes / next pane"),
    ("z", "text at full width (reading mode)"),
    ("a", "show absent (cited) resolutions"),
    ("s", "sort list: date, id, title"),
    ("Esc", "cancel, clear search, back to text"),
    ("Ctrl-L", "redraw the screen"),
    ("?", "this help (q, Esc or ? closes it)"),
    ("q", "quit"),
  ]
}
