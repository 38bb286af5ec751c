import CNCursesw
import Foundation

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

  /// Starts a thread that ends the process when a terminating signal (an SSH drop's SIGHUP, a SIGTERM) stays
  /// unanswered for a second because the main loop is busy: it puts the terminal back the way the crash path does and
  /// dies of the signal. Normally the loop answers within milliseconds and the watchdog never acts.
  static func startWatchdog() {
    let thread = Thread {
      var waited = 0
      while true {
        Thread.sleep(forTimeInterval: 0.1)
        let signal = resolute_unanswered_terminating_signal()
        waited = signal == 0 ? 0 : waited + 1
        if waited >= 10 {
          resolute_restore_terminal_now()
          resolute_reraise_with_default_action(signal)
        }
      }
    }
    thread.name = "resolute-signal-watchdog"
    thread.start()
  }
}
