/// The selection and scroll arithmetic the browser's lists share (the resolution list, the search results).
enum ListScrolling {
  /// `selected` moved by `delta`, kept within `count` rows.
  static func moved(_ selected: Int, by delta: Int, count: Int) -> Int {
    guard count > 0 else { return selected }
    return min(max(0, selected + delta), count - 1)
  }

  /// The first visible row that keeps `selected` in view in a window of `visible` rows out of `count`.
  static func revealing(_ selected: Int, scroll: Int, visible: Int, count: Int) -> Int {
    guard visible > 0 else { return scroll }
    var scroll = scroll
    if selected < scroll { scroll = selected }
    if selected >= scroll + visible { scroll = selected - visible + 1 }
    return min(max(0, scroll), max(0, count - visible))
  }
}
