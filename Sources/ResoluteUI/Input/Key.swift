/// An input event, decoded by the backend from the terminal and fed to the UI core.
public enum Key: Hashable, Sendable {
  case character(Character)
  case enter, tab, backTab, backspace, escape, delete
  case up, down, left, right, pageUp, pageDown, home, end
  /// Ctrl plus a letter (`control("l")` is Ctrl-L).
  case control(Character)
  /// Alt (Meta) plus a character: the terminal sends Esc then the character (`alt("1")` is Alt-1).
  case alt(Character)
  case resize(width: Int, height: Int)
  case mouseClick(x: Int, y: Int)
  case mouseWheelUp(x: Int, y: Int)
  case mouseWheelDown(x: Int, y: Int)
  /// The terminal came back after a suspend (Ctrl-Z then fg): redraw everything.
  case redraw
  /// Time passed (about 100 ms), sent only while the application's `wantsTicks` is true: a source still filling.
  case tick
}
