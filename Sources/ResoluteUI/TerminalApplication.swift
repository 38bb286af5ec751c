/// What the terminal can show, decided by the backend from the locale, `TERM` and `NO_COLOR`.
public struct TerminalCapabilities: Hashable, Sendable {
  /// UTF-8 locale: box drawing, `›`, superscripts. Otherwise everything falls back to ASCII.
  public var unicode: Bool
  /// Colours are available and wanted (`NO_COLOR` unset, terminal has colours).
  public var colors: Bool
  /// Mouse events can be reported.
  public var mouse: Bool

  public init(unicode: Bool, colors: Bool, mouse: Bool = false) {
    self.unicode = unicode
    self.colors = colors
    self.mouse = mouse
  }
}

/// What the application wants after handling a key.
public enum ApplicationResponse: Hashable, Sendable {
  /// State may have changed: render and draw the changed cells.
  case redraw
  /// Nothing changed.
  case none
  /// Leave: the backend restores the terminal and returns.
  case quit
}

/// A UI the backend can drive: pure state + key -> new state, state -> cells. No I/O.
public protocol TerminalApplication {
  mutating func handle(_ key: Key) -> ApplicationResponse
  /// Draw the whole screen into `buffer` (already sized to the terminal and blank).
  func render(into buffer: inout ScreenBuffer)
  /// True while the application wants `Key.tick` about every 100 ms (e.g. while its list is still filling).
  /// Otherwise the backend waits for input only, so an idle session writes nothing.
  var wantsTicks: Bool { get }
  /// Text the reader asked to copy; the backend gives it to the terminal's clipboard each time `serial` changes.
  var clipboard: Clipboard? { get }
  /// A program to run outside the screen; the backend runs it each time its `serial` changes.
  var externalCommand: ExternalCommand? { get }
  /// Long work to run apart from the key loop; the backend starts it each time its `id` changes and keeps reading
  /// keys meanwhile.
  var pendingWork: PendingWork? { get }
  /// The outcome of a `pendingWork`, once it is done (dropped when the application no longer waits for it).
  mutating func complete(_ outcome: WorkOutcome) -> ApplicationResponse
}

extension TerminalApplication {
  public var wantsTicks: Bool { false }
  public var clipboard: Clipboard? { nil }
}

/// A program the reader asked to run outside the screen (`v` an editor, `|` a pipe): the backend
/// gives the terminal to it each time `serial` changes, waits, and draws the browser again. The UI core only says what
/// to run; it runs nothing itself.
public struct ExternalCommand: Hashable, Sendable {
  public enum Action: Hashable, Sendable {
    /// `$VISUAL`/`$EDITOR` (else `vi`) on `file` at `line`.
    case edit(file: String, line: Int)
    /// `command` run by the shell with `input` on its standard input; the reader presses Enter to come back.
    case pipe(command: String, input: String)
  }

  public var action: Action
  public var serial: Int
}

extension TerminalApplication {
  public var externalCommand: ExternalCommand? { nil }
  public var pendingWork: PendingWork? { nil }
  public mutating func complete(_ outcome: WorkOutcome) -> ApplicationResponse { .none }
}
