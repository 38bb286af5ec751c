/// The names a config file gives the browser's commands (`[keys]` section: `follow = "o"`).
enum ActionName {
  static let all: [(name: String, command: Command)] = [
    ("quit", .quit), ("help", .toggleHelp), ("next-link", .nextLink), ("previous-link", .previousLink),
    ("follow", .activate), ("back", .back), ("forward", .forward), ("find", .startSearch), ("goto", .startGoto),
    ("search-all", .startSearchAll), ("reading", .toggleReading), ("find-next", .findNext),
    ("find-previous", .findPrevious), ("down", .moveDown), ("up", .moveUp), ("page-down", .pageDown),
    ("page-up", .pageUp), ("top", .top), ("bottom", .bottom), ("scroll-down", .scrollLineDown),
    ("scroll-up", .scrollLineUp), ("focus-left", .focusLeft), ("focus-right", .focusRight),
    ("focus-list", .focus(.list)), ("focus-text", .focus(.viewer)), ("focus-notes", .focus(.notes)),
    ("next-pane", .cyclePane), ("absent", .toggleAbsent), ("sort", .cycleSort), ("cancel", .cancel),
    ("redraw", .redraw), ("mark", .setMark), ("go-to-mark", .jumpToMark), ("bookmarks", .showBookmarks),
    ("copy-reference", .copyReference), ("compare", .compare), ("reuse", .reusedLanguage), ("series", .series),
  ]

  static func command(_ name: String) -> Command? {
    let normalized = ConfigEntry.normalizedName(name)
    return all.first { $0.name == normalized }?.command
  }
}
