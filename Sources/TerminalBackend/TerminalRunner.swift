#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CNCursesw
import ResoluteUI

/// Drives a `TerminalApplication` on the real terminal with ncurses: decodes keys, draws what changed, and always
/// gives the terminal back as it found it (on quit, Ctrl-C, SIGTERM, SIGHUP, Ctrl-Z/fg, and as far as possible on a
/// crash).
public enum TerminalRunner {
  /// How long `wget_wch` waits before the loop looks at the signal flags again (it writes nothing when idle).
  private static let pollMilliseconds: Int32 = 100
  /// How often an application that `wantsTicks` gets `Key.tick`.
  private static let tickInterval = Duration.milliseconds(100)
  /// How long a lone Escape waits for the rest of an escape sequence.
  private static let escapeDelayMilliseconds: Int32 = 25

  /// Takes over the terminal, builds the application for its capabilities and size, and runs it until it quits.
  /// A terminating signal restores the terminal first and then ends the process with that signal.
  /// - Parameters:
  ///   - colors: the reader's colours by role (from the config file).
  ///   - observe: called with the application after each key it handled, the last one included, so its owner can
  ///     save what it keeps.
  public static func run<Application: TerminalApplication>(
    colors: [CellStyle.Role: ColorChoice] = [:],
    observe: (Application) -> Void = { _ in },
    _ makeApplication: (_ capabilities: TerminalCapabilities, _ width: Int, _ height: Int) throws -> Application
  ) throws {
    guard isatty(STDIN_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard input") }
    guard isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal(stream: "standard output") }
    setlocale(LC_ALL, "")
    // Draw on /dev/tty, not stdout, so nothing else sharing stdout can interleave with the screen.
    guard let tty = fopen("/dev/tty", "r+") else {
      throw TerminalError.noControllingTerminal(reason: String(cString: strerror(errno)))
    }
    defer { fclose(tty) }
    let ttyDescriptor = fileno(tty)

    TerminalSignals.install()
    TerminalSignals.saveModes(ttyDescriptor: ttyDescriptor)
    let terminalName = getenv("TERM").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
    guard let screen = newterm(nil, tty, tty) else {
      TerminalSignals.restoreDefaults()
      throw TerminalError.unknownTerminalType(terminalName ?? "(TERM is not set)")
    }
    guard resolute_terminal_can_address_cursor() != 0 else {
      restore(screen)
      throw TerminalError.cannotAddressCursor(terminalName ?? "(TERM is not set)")
    }
    let window = resolute_standard_screen()!
    let capabilities = configure(window, colors: colors)
    TerminalSignals.armCrashRestore(ttyDescriptor: ttyDescriptor, mouse: capabilities.mouse)
    TerminalSignals.startWatchdog()

    var terminatingSignal: Int32?
    do {
      let size = (Int(resolute_window_width(window)), Int(resolute_window_height(window)))
      var application = try makeApplication(capabilities, size.0, size.1)
      terminatingSignal = loop(
        &application, window: window, style: CursesStyle(colors: capabilities.colors), tty: ttyDescriptor,
        observe: observe)
    } catch {
      restore(screen)
      throw error
    }
    restore(screen)
    if let terminatingSignal { TerminalSignals.reraise(terminatingSignal) }
  }

  /// Terminal modes and what the terminal can show.
  private static func configure(_ window: CursesWindow, colors overrides: [CellStyle.Role: ColorChoice])
    -> TerminalCapabilities
  {
    cbreak()  // not raw: Ctrl-C and Ctrl-Z stay signals, handled like any other program's
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    idlok(window, true)  // let doupdate scroll with insert/delete line instead of repainting full-width lines
    leaveok(window, true)  // the cursor is never shown, so never spend bytes moving it back
    _ = curs_set(0)
    set_escdelay(escapeDelayMilliseconds)
    wtimeout(window, pollMilliseconds)

    let codeset = String(cString: resolute_locale_codeset()).uppercased()
    let unicode = codeset == "UTF-8" || codeset == "UTF8"
    let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    let colors = has_colors() && !noColor && CursesStyle.prepareColorPairs(overrides: overrides)
    var mouse = false
    if mousemask(resolute_mouse_wanted(), nil) != 0 {
      mouseinterval(0)  // report presses at once instead of waiting to pair them into clicks
      mouse = has_mouse()
    }
    return TerminalCapabilities(unicode: unicode, colors: colors, mouse: mouse)
  }

  /// Reads keys until the application quits or a terminating signal arrives (returned).
  private static func loop<Application: TerminalApplication>(
    _ application: inout Application, window: CursesWindow, style: CursesStyle, tty: Int32,
    observe: (Application) -> Void
  ) -> Int32? {
    var painter = CellPainter(window: window, style: style)
    var clipboard = TerminalClipboard(tty: tty, serial: application.clipboard?.serial)
    // Every key goes through here: the owner sees the new state, and text to copy goes to the terminal.
    var externalSerial = application.externalCommand?.serial
    let worker = BackgroundWorker()
    func deliver(_ key: Key, fullRepaint: Bool) -> Bool {
      deliver(fullRepaint: fullRepaint) { $0.handle(key) }
    }
    func deliver(fullRepaint: Bool, _ step: (inout Application) -> ApplicationResponse) -> Bool {
      let quits = Self.deliver(step, to: &application, painter: &painter, worker: worker, fullRepaint: fullRepaint)
      clipboard.copyIfChanged(application.clipboard)
      observe(application)
      // A program the reader asked for (`v`, `|`, `\`): the terminal is handed over as for Ctrl-Z, then repainted.
      if !quits, let external = application.externalCommand, external.serial != externalSerial {
        externalSerial = external.serial
        endwin()
        ExternalProgram.run(external.action)
        return Self.deliver(
          { $0.handle(.redraw) }, to: &application, painter: &painter, worker: worker, fullRepaint: true)
      }
      return quits
    }
    let decoder = KeyDecoder(window: window)
    // Work the application asked for before the first key (opening the `--open` target): short work is shown done
    // on the first screen; longer work goes on while the first screen is shown and keys are read.
    if let work = application.pendingWork {
      worker.start(work)
      if let outcome = worker.take(waiting: shortWorkSeconds), application.complete(outcome) == .quit { return nil }
    }
    painter.paint(application)
    let clock = ContinuousClock()
    var lastTick = clock.now
    while true {
      if let signal = TerminalSignals.takeTerminatingSignal() { return signal }
      // Long work done while keys were read: the application takes its outcome (or drops it, if cancelled).
      if let outcome = worker.take(), deliver(fullRepaint: false, { $0.complete(outcome) }) { return nil }
      if TerminalSignals.takeSuspendRequest() {
        endwin()
        TerminalSignals.stopUntilContinued()
        if let signal = TerminalSignals.takeTerminatingSignal() { return signal }
        if deliver(.redraw, fullRepaint: true) { return nil }
        continue
      }
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      var decoded = status != ERR ? decoder.decode(status: status, code: code) : nil
      if decoded == .escape {
        // Alt-1 arrives as Esc then `1` at once: read what is already there without waiting, so a lone Esc is
        // still Esc and a key right behind one that is not Alt is not lost.
        wtimeout(window, 0)
        var next: wint_t = 0
        let nextStatus = wget_wch(window, &next)
        wtimeout(window, pollMilliseconds)
        if nextStatus != ERR, let following = decoder.decode(status: nextStatus, code: next) {
          if case .character(let character) = following, nextStatus == OK {
            decoded = .alt(character)
          } else {
            if deliver(.escape, fullRepaint: false) { return nil }
            decoded = following
          }
        }
      }
      if let key = decoded {
        let fullRepaint: Bool
        switch key {
        case .resize, .redraw: fullRepaint = true
        default: fullRepaint = false
        }
        if deliver(key, fullRepaint: fullRepaint) { return nil }
      }
      // Ticks only while the application asks for them (a list still filling); checked after keys too, so typing
      // cannot starve them. An idle tick that changes nothing draws nothing.
      if application.wantsTicks, clock.now - lastTick >= tickInterval {
        lastTick = clock.now
        if deliver(.tick, fullRepaint: false) { return nil }
        if !application.wantsTicks { givesBackFreedMemory() }
      }
    }
  }

  /// Once the list has filled: what the start built and dropped (the first screen's list, the lists of every batch,
  /// the folder check's records, often freed on other threads) is returned to the system, which malloc keeps
  /// otherwise (about 16 MB of a browser's resident memory at 100,000 files).
  private static func givesBackFreedMemory() {
    #if canImport(Glibc)
      _ = CNCursesw.malloc_trim(0)
    #endif
  }

  /// How long the loop waits for new long work before it goes back to reading keys: work this short is shown done,
  /// without a status line saying it runs.
  private static let shortWorkSeconds = 0.15

  /// Hands a key (or a work outcome) to the application, starts the long work it asks for, and draws the result.
  /// Returns true when the application quits.
  private static func deliver<Application: TerminalApplication>(
    _ step: (inout Application) -> ApplicationResponse, to application: inout Application, painter: inout CellPainter,
    worker: BackgroundWorker, fullRepaint: Bool
  ) -> Bool {
    var response = step(&application)
    if response == .quit { return true }
    while let work = application.pendingWork, work.id != worker.runningID {
      worker.start(work)
      guard let outcome = worker.take(waiting: shortWorkSeconds) else { break }
      let completed = application.complete(outcome)
      if completed == .quit { return true }
      if completed == .redraw { response = .redraw }
    }
    if fullRepaint {
      painter.invalidate()
      resolute_force_full_repaint()
    }
    if response == .redraw || fullRepaint { painter.paint(application) }
    return false
  }

  private static func restore(_ screen: OpaquePointer) {
    if !isendwin() { endwin() }
    TerminalSignals.disarmCrashRestore()
    delscreen(screen)
    TerminalSignals.restoreDefaults()
  }
}
