import CNCursesw

/// The signal plumbing of the C shim. The shim keeps its flags in `static` C variables, which exist once per object
/// file, so this is the only Swift file that may touch them.
enum TerminalSignals {
  /// Flag-setting handlers for SIGINT/SIGTERM/SIGHUP/SIGQUIT and SIGTSTP; SIGPIPE ignored. Install before newterm so
  /// ncurses does not install its own.
  static func install() { resolute_install_signal_handlers() }

  static func restoreDefaults() { resolute_restore_default_signal_handlers() }

  /// A terminating signal that arrived since the last call.
  static func takeTerminatingSignal() -> Int32? {
    let signal = resolute_take_terminating_signal()
    return signal == 0 ? nil : signal
  }

  /// Whether Ctrl-Z arrived since the last call.
  static func takeSuspendRequest() -> Bool { resolute_take_suspend_request() != 0 }

  /// Stops the process (after the caller has called endwin) and returns once the shell continues it.
  static func stopUntilContinued() { resolute_stop_until_continued() }

  /// Dies of `signal` the usual way, so the parent shell sees the right status.
  static func reraise(_ signal: Int32) { resolute_reraise_with_default_action(signal) }

  /// Remembers the terminal modes as they are now (before ncurses changes them).
  static func saveModes(ttyDescriptor: Int32) { resolute_save_termios_before(ttyDescriptor) }

  /// Crash handlers and an exit hook that put the saved modes back and leave the alternate screen.
  static func armCrashRestore(ttyDescriptor: Int32, mouse: Bool) {
    resolute_arm_crash_restore(ttyDescriptor, mouse ? 1 : 0)
  }

  static func disarmCrashRestore() { resolute_disarm_crash_restore() }
}
