import CNCursesw
import ResoluteUI

/// Maps a `CellStyle` to ncurses attributes and a colour pair.
///
/// With colours, each role has two pairs: its plain colours and its "reversed" colours (what the UI asks for with
/// `reverse`: the status bar, the selected link, the list selection, placeholders). Choosing the reversed colours
/// explicitly instead of sending reverse video keeps them readable on dark and light terminal themes alike.
/// Without colours the style's attributes, reverse included, are used as they are.
struct CursesStyle {
  /// Colour pairs are set up and used.
  let colors: Bool
  /// Roles whose plain colours are the terminal's own (normal text, unless the reader chose colours for it): drawn with
  /// pair 0. ncurses takes any other pair for a change of attributes, sends nothing for it (the colours are the same),
  /// and then resets the attributes at the end of every update: 6 bytes more for every line scrolled.
  private let defaultColorRoles: Set<CellStyle.Role>

  /// Reads the pairs `prepareColorPairs` set up (call it after that).
  init(colors: Bool) {
    self.colors = colors
    var roles: Set<CellStyle.Role> = []
    if colors {
      for role in CellStyle.Role.allCases {
        var foreground: Int16 = 0
        var background: Int16 = 0
        if pair_content(Self.pairNumber(role, reversed: false), &foreground, &background) == OK, foreground == -1,
          background == -1
        {
          roles.insert(role)
        }
      }
    }
    defaultColorRoles = roles
  }

  /// Prepares the colour pairs when the terminal has enough of them; returns false when colours cannot be used.
  /// `overrides` are the reader's colours from the config file; a colour the terminal does not have is ignored.
  static func prepareColorPairs(overrides: [CellStyle.Role: ColorChoice] = [:]) -> Bool {
    guard start_color() == OK else { return false }
    let roles = CellStyle.Role.allCases
    guard Int(resolute_color_pair_count()) > roles.count * 2 else { return false }
    let defaultsAvailable = use_default_colors() == OK
    let palette = Palette(
      foreground: defaultsAvailable ? -1 : Int16(COLOR_WHITE),
      background: defaultsAvailable ? -1 : Int16(COLOR_BLACK),
      grey: resolute_color_count() >= 16 ? 8 : (defaultsAvailable ? -1 : Int16(COLOR_WHITE)))
    let colorCount = Int(resolute_color_count())
    func resolve(_ color: TerminalColor?) -> Int16? {
      switch color {
      case nil: return nil
      case .terminalDefault: return defaultsAvailable ? -1 : nil
      case .index(let index): return Int(index) < colorCount ? index : nil
      }
    }
    for role in roles {
      var plain = palette.plain(role)
      var reversed = palette.reversed(role)
      if let choice = overrides[role] {
        let foreground = resolve(choice.foreground)
        let background = resolve(choice.background)
        plain = (foreground ?? plain.foreground, background ?? plain.background)
        // Reversed cells (status bar, selections) swap the reader's two colours.
        reversed = (background ?? reversed.foreground, foreground ?? reversed.background)
      }
      init_pair(pairNumber(role, reversed: false), plain.foreground, plain.background)
      init_pair(pairNumber(role, reversed: true), reversed.foreground, reversed.background)
    }
    return true
  }

  /// Pair 0 is the terminal's default; roles use 1… (plain) and 1 + count… (reversed).
  static func pairNumber(_ role: CellStyle.Role, reversed: Bool) -> Int16 {
    Int16(role.rawValue) + 1 + (reversed ? Int16(CellStyle.Role.allCases.count) : 0)
  }

  func attributes(for style: CellStyle) -> (attributes: attr_t, pair: Int16) {
    var attributes = resolute_attr_normal()
    if style.bold { attributes |= resolute_attr_bold() }
    if style.italic { attributes |= resolute_attr_italic() }
    if style.underline { attributes |= resolute_attr_underline() }
    if style.dim { attributes |= resolute_attr_dim() }
    if colors {
      if !style.reverse, defaultColorRoles.contains(style.role) { return (attributes, 0) }
      return (attributes, Self.pairNumber(style.role, reversed: style.reverse))
    }
    if style.reverse { attributes |= resolute_attr_reverse() }
    return (attributes, 0)
  }
}

/// Eight-colour choices that read on dark and light backgrounds; `-1` is the terminal's own colour.
private struct Palette {
  var foreground: Int16
  var background: Int16
  var grey: Int16

  private let black = Int16(COLOR_BLACK)
  private let red = Int16(COLOR_RED)
  private let green = Int16(COLOR_GREEN)
  private let yellow = Int16(COLOR_YELLOW)
  private let blue = Int16(COLOR_BLUE)
  private let magenta = Int16(COLOR_MAGENTA)
  private let cyan = Int16(COLOR_CYAN)
  private let white = Int16(COLOR_WHITE)

  init(foreground: Int16, background: Int16, grey: Int16) {
    self.foreground = foreground
    self.background = background
    self.grey = grey
  }

  func plain(_ role: CellStyle.Role) -> (foreground: Int16, background: Int16) {
    switch role {
    case .normal, .statusBar: (foreground, background)
    case .title, .cursorLine, .statusTrail, .highlight: (yellow, background)
    case .heading, .footnoteMarker: (magenta, background)
    case .verbPreamble, .verbOperative: (green, background)
    case .link, .linkSelected: (cyan, background)
    case .dim: (grey, background)
    case .border: (blue, background)
    case .warning, .absent, .placeholder, .deleted: (red, background)
    case .inserted: (green, background)
    }
  }

  func reversed(_ role: CellStyle.Role) -> (foreground: Int16, background: Int16) {
    switch role {
    case .normal, .dim: (black, white)
    case .title, .highlight: (black, yellow)
    case .heading, .footnoteMarker: (black, magenta)
    case .verbPreamble, .verbOperative: (black, green)
    case .link, .linkSelected: (black, cyan)
    case .cursorLine, .statusBar, .border: (white, blue)
    case .statusTrail: (yellow, blue)
    case .warning, .absent, .placeholder, .deleted: (white, red)
    case .inserted: (black, green)
    }
  }
}
