/// The reader's settings from `$XDG_CONFIG_HOME/resolute/config.toml`:
///
/// ```toml
/// [keys]
/// follow = "o"                 # a key for a command (it keeps its other keys)
/// back = ["Backspace", "u"]    # several keys
/// sort = "none"                # a command's default keys do nothing any more
///
/// [colors]
/// link = "bright-cyan"
/// highlight = "black on yellow"
/// ```
///
/// Keys are written as the help overlay shows them (`q`, `Ctrl-L`, `Shift-Tab`, `PgDn`, `Space`); commands by the
/// names in `ActionName`; colours by name (`black` … `white`, `bright-red`, `grey`, `default`) or number (0–255), as
/// `FOREGROUND`, `FOREGROUND on BACKGROUND` or `on BACKGROUND`, for the roles in `ColorRoleName`.
public struct ReaderConfig: Sendable {
  /// Keys the file binds, on top of the standard keymap.
  var bindings: [Key: Command] = [:]
  /// Commands whose standard keys the file removed (`name = "none"`).
  var unbound: Set<Command> = []
  /// Colours the file sets, by role, for the backend.
  public var colors: [CellStyle.Role: ColorChoice] = [:]
  public var problems: [ConfigProblem] = []
  /// Where it was read from, for the help overlay (`~/.config/resolute/config.toml`).
  public var file: String?

  public static let standard = ReaderConfig()

  public init() {}

  /// Applies a config file's entries (read by `ConfigFile` with TOMLKit), after the problems reading found. Problems
  /// are collected, not thrown: a bad line never stops the browser.
  public init(entries: [ConfigEntry], problems readingProblems: [ConfigProblem], file: String) {
    self.file = file
    problems = readingProblems
    for entry in entries {
      func problem(_ message: String) {
        problems.append(ConfigProblem(file: file, line: entry.line, message: message))
      }
      switch entry.section {
      case "keys":
        guard let command = ActionName.command(entry.name) else {
          problem("no command “\(entry.name)”; commands are: " + ActionName.all.map(\.name).joined(separator: ", "))
          continue
        }
        if entry.values.count == 1, entry.values[0].lowercased() == "none" {
          unbound.insert(command)
          continue
        }
        for value in entry.values {
          guard let key = KeyName.key(value) else {
            problem("“\(value)” is not a key: write q, Q, Ctrl-L, Enter, Tab, Shift-Tab, Esc, Space, PgDn, Up…")
            continue
          }
          bindings[key] = command
        }
      case "colors", "colours":
        guard let role = ColorRoleName.role(entry.name) else {
          problem("no colour role “\(entry.name)”; roles are: " + ColorRoleName.all.map(\.name).joined(separator: ", "))
          continue
        }
        guard entry.values.count == 1, let choice = ColorChoice(entry.values[0]) else {
          problem("“\(entry.values.joined(separator: ", "))” is not a colour: write cyan, bright-red, 208, \"black on yellow\"")
          continue
        }
        colors[role] = choice
      case "":
        problem("“\(entry.name)” is outside a section: put it under [keys] or [colors]")
      default:
        problem("unknown section [\(entry.section)]; the sections are [keys] and [colors]")
      }
    }
  }

  /// True when the file changed any key.
  var changesKeys: Bool { !bindings.isEmpty || !unbound.isEmpty }
}

/// A foreground and/or background colour; nil parts keep the standard colour of the role.
public struct ColorChoice: Hashable, Sendable {
  public var foreground: TerminalColor?
  public var background: TerminalColor?

  public init(foreground: TerminalColor?, background: TerminalColor?) {
    self.foreground = foreground
    self.background = background
  }

  /// `cyan`, `bright-red on black`, `on blue`, `208`.
  init?(_ text: String) {
    let words = text.lowercased().split(separator: " ").map(String.init)
    switch words.count {
    case 1:
      guard let color = TerminalColor(words[0]) else { return nil }
      self.init(foreground: color, background: nil)
    case 2 where words[0] == "on":
      guard let color = TerminalColor(words[1]) else { return nil }
      self.init(foreground: nil, background: color)
    case 3 where words[1] == "on":
      guard let foreground = TerminalColor(words[0]), let background = TerminalColor(words[2]) else { return nil }
      self.init(foreground: foreground, background: background)
    default:
      return nil
    }
  }
}

/// A terminal colour: the terminal's own (`default`) or a palette index.
public enum TerminalColor: Hashable, Sendable {
  case terminalDefault
  case index(Int16)

  private static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  init?(_ text: String) {
    if text == "default" {
      self = .terminalDefault
    } else if text == "grey" || text == "gray" {
      self = .index(8)
    } else if let index = Self.names.firstIndex(of: text) {
      self = .index(Int16(index))
    } else if text.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(text.dropFirst(7))) {
      self = .index(Int16(index + 8))
    } else if let number = Int16(text), (0...255).contains(number) {
      self = .index(number)
    } else {
      return nil
    }
  }
}

/// The names a config file gives the colour roles.
enum ColorRoleName {
  static let all: [(name: String, role: CellStyle.Role)] = [
    ("text", .normal), ("title", .title), ("heading", .heading), ("preamble-verb", .verbPreamble),
    ("operative-verb", .verbOperative), ("link", .link), ("selected-link", .linkSelected),
    ("footnote", .footnoteMarker), ("cursor", .cursorLine), ("dim", .dim), ("status", .statusBar),
    ("trail", .statusTrail), ("border", .border), ("highlight", .highlight), ("warning", .warning),
    ("absent", .absent), ("placeholder", .placeholder), ("inserted", .inserted), ("deleted", .deleted),
  ]

  static func role(_ name: String) -> CellStyle.Role? {
    let normalized = ConfigEntry.normalizedName(name)
    return all.first { $0.name == normalized }?.role
  }
}
