#ifndef RESOLUTE_CNCURSESW_SHIM_H
#define RESOLUTE_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#if defined(__GLIBC__)
// malloc_trim: the runner gives the start's freed memory back once the list has filled.
#include <malloc.h>
#endif

// Swift 6 cannot import function-like macros, macro constants built from expressions, or the mutable C globals
// (stdscr, LINES, COLS). These shims expose what the backend needs as plain functions.

// MARK: - Screens and sizes

/// The current screen's standard window (after newterm/set_term).
static inline WINDOW *resolute_standard_screen(void) { return stdscr; }
/// Makes the next doupdate repaint every cell, for Ctrl-L, a resize or a return from Ctrl-Z.
static inline void resolute_force_full_repaint(void) { clearok(curscr, TRUE); }

static inline int resolute_window_height(WINDOW *window) { return getmaxy(window); }
static inline int resolute_window_width(WINDOW *window) { return getmaxx(window); }

/// Whether the terminal can move the cursor anywhere (a `dumb` terminal cannot draw a full-screen program).
static inline int resolute_terminal_can_address_cursor(void) {
  char *value = tigetstr("cup");
  return value != NULL && value != (char *)-1;
}

// MARK: - Attributes and colours

static inline attr_t resolute_attr_normal(void) { return A_NORMAL; }
static inline attr_t resolute_attr_bold(void) { return A_BOLD; }
static inline attr_t resolute_attr_dim(void) { return A_DIM; }
static inline attr_t resolute_attr_italic(void) { return A_ITALIC; }
static inline attr_t resolute_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t resolute_attr_reverse(void) { return A_REVERSE; }
static inline int resolute_color_count(void) { return COLORS; }
static inline int resolute_color_pair_count(void) { return COLOR_PAIRS; }

/// Fills a cchar_t with up to CCHARW_MAX wide characters (a base and its combining marks). Returns ERR when ncurses
/// refuses the combination.
static inline int resolute_make_cchar(cchar_t *out, const wchar_t *characters, attr_t attributes, short pair) {
  return setcchar(out, characters, attributes, pair, NULL);
}
static inline int resolute_cchar_capacity(void) { return CCHARW_MAX; }

/// Columns the C library (and so ncurses) gives a character: 1 or 2, 0 for combining marks, -1 if unprintable.
/// Declared here because glibc hides wcwidth unless _XOPEN_SOURCE is set before its headers.
extern int wcwidth(wchar_t character);
static inline int resolute_character_width(wchar_t character) { return wcwidth(character); }

// MARK: - Key codes

static inline int resolute_key_code_yes(void) { return KEY_CODE_YES; }
static inline int resolute_key_resize(void) { return KEY_RESIZE; }
static inline int resolute_key_mouse(void) { return KEY_MOUSE; }
static inline int resolute_key_enter(void) { return KEY_ENTER; }
static inline int resolute_key_btab(void) { return KEY_BTAB; }
static inline int resolute_key_backspace(void) { return KEY_BACKSPACE; }
static inline int resolute_key_dc(void) { return KEY_DC; }
static inline int resolute_key_up(void) { return KEY_UP; }
static inline int resolute_key_down(void) { return KEY_DOWN; }
static inline int resolute_key_left(void) { return KEY_LEFT; }
static inline int resolute_key_right(void) { return KEY_RIGHT; }
static inline int resolute_key_ppage(void) { return KEY_PPAGE; }
static inline int resolute_key_npage(void) { return KEY_NPAGE; }
static inline int resolute_key_home(void) { return KEY_HOME; }
static inline int resolute_key_end(void) { return KEY_END; }
static inline int resolute_key_a1(void) { return KEY_A1; }
static inline int resolute_key_a3(void) { return KEY_A3; }
static inline int resolute_key_c1(void) { return KEY_C1; }
static inline int resolute_key_c3(void) { return KEY_C3; }

// MARK: - Mouse

static inline mmask_t resolute_mouse_wanted(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int resolute_mouse_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int resolute_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int resolute_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// MARK: - Signals
// Handlers only record the signal in a sig_atomic_t; the main loop (which wakes at least every few hundred
// milliseconds because wget_wch has a timeout) notices it and leaves through endwin. These statics exist once per
// object file, so exactly one Swift file (TerminalSignals.swift) may call the functions below.

static volatile sig_atomic_t resolute_terminating_signal = 0;
static volatile sig_atomic_t resolute_suspend_requested = 0;
/// Set with the flag above and cleared only when the main loop takes it: a watchdog thread ends the process itself
/// when the loop is busy (a huge file being laid out) and does not answer within a second.
static volatile sig_atomic_t resolute_unanswered_signal = 0;

static void resolute_record_terminating_signal(int signal_number) {
  resolute_terminating_signal = signal_number;
  resolute_unanswered_signal = signal_number;
}
static void resolute_record_suspend(int signal_number) {
  (void)signal_number;
  resolute_suspend_requested = 1;
}

static inline void resolute_set_handler(int signal_number, void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a pending read is interrupted so the loop sees the flag at once
  sigaction(signal_number, &action, NULL);
}

/// Installs the flag-setting handlers before newterm, so ncurses keeps its hands off SIGINT/SIGTERM/SIGTSTP.
static inline void resolute_install_signal_handlers(void) {
  resolute_set_handler(SIGINT, resolute_record_terminating_signal);
  resolute_set_handler(SIGTERM, resolute_record_terminating_signal);
  resolute_set_handler(SIGHUP, resolute_record_terminating_signal);
  resolute_set_handler(SIGQUIT, resolute_record_terminating_signal);
  resolute_set_handler(SIGTSTP, resolute_record_suspend);
  resolute_set_handler(SIGPIPE, SIG_IGN);
  // A parent that blocks signals (a thread pool, a test runner) passes its mask on: without this, resizes and
  // Ctrl-Z would never reach the loop.
  sigset_t needed;
  sigemptyset(&needed);
  int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH};
  for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) sigaddset(&needed, signals[index]);
  sigprocmask(SIG_UNBLOCK, &needed, NULL);
}

static inline void resolute_restore_default_signal_handlers(void) {
  resolute_set_handler(SIGINT, SIG_DFL);
  resolute_set_handler(SIGTERM, SIG_DFL);
  resolute_set_handler(SIGHUP, SIG_DFL);
  resolute_set_handler(SIGQUIT, SIG_DFL);
  resolute_set_handler(SIGTSTP, SIG_DFL);
}

/// The terminating signal received since the last call (0 when none).
static inline int resolute_take_terminating_signal(void) {
  int value = resolute_terminating_signal;
  resolute_terminating_signal = 0;
  if (value != 0) resolute_unanswered_signal = 0;
  return value;
}

/// A terminating signal the main loop has not taken yet (0 when none).
static inline int resolute_unanswered_terminating_signal(void) { return resolute_unanswered_signal; }

/// Whether Ctrl-Z (SIGTSTP) arrived since the last call.
static inline int resolute_take_suspend_request(void) {
  int value = resolute_suspend_requested;
  resolute_suspend_requested = 0;
  return value;
}

/// Stops the process the way the shell expects (default SIGTSTP action) and returns after `fg`.
/// Call only after endwin, so the shell gets a sane terminal.
static inline void resolute_stop_until_continued(void) {
  resolute_set_handler(SIGTSTP, SIG_DFL);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  kill(getpid(), SIGTSTP);
  // Execution continues here after SIGCONT.
  resolute_set_handler(SIGTSTP, resolute_record_suspend);
}

/// Re-delivers a terminating signal with its default action, so the parent sees the usual exit status.
static inline void resolute_reraise_with_default_action(int signal_number) {
  resolute_set_handler(signal_number, SIG_DFL);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, signal_number);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  raise(signal_number);
}

// MARK: - Crash path
// A crash (Swift trap, segfault) never reaches endwin. This handler restores the saved termios and writes the
// precomputed terminfo strings that leave the alternate screen and show the cursor, using only async-signal-safe
// calls, then hands the signal to whatever handler was there before (the Swift runtime's backtracer) or the default.
// Swift's importer only emits file-scope statics of scalar type (not structs or arrays, nor function-local statics),
// so the aggregates are allocated once and reached through scalar pointers.

enum { resolute_crash_signal_count = 6, resolute_restore_sequence_capacity = 512 };
static int resolute_saved_termios_valid = 0;
static int resolute_tty_descriptor = -1;
static size_t resolute_restore_sequence_length = 0;
static volatile sig_atomic_t resolute_crash_restore_armed = 0;
static struct termios *resolute_saved_termios = NULL;
static struct sigaction *resolute_previous_crash_actions = NULL;
static char *resolute_restore_sequence = NULL;

static inline int resolute_crash_signal(int index) {
  switch (index) {
  case 0: return SIGSEGV;
  case 1: return SIGBUS;
  case 2: return SIGILL;
  case 3: return SIGTRAP;
  case 4: return SIGABRT;
  default: return SIGFPE;
  }
}

static inline void resolute_restore_terminal_now(void) {
  if (!resolute_crash_restore_armed) return;
  resolute_crash_restore_armed = 0;
  if (resolute_tty_descriptor < 0) return;
  if (resolute_restore_sequence != NULL && resolute_restore_sequence_length > 0) {
    ssize_t ignored = write(resolute_tty_descriptor, resolute_restore_sequence, resolute_restore_sequence_length);
    (void)ignored;
  }
  if (resolute_saved_termios_valid) tcsetattr(resolute_tty_descriptor, TCSANOW, resolute_saved_termios);
}

static void resolute_on_crash(int signal_number) {
  resolute_restore_terminal_now();
  for (int index = 0; index < resolute_crash_signal_count; index++) {
    if (resolute_crash_signal(index) == signal_number && resolute_previous_crash_actions != NULL) {
      sigaction(signal_number, &resolute_previous_crash_actions[index], NULL);
      break;
    }
  }
  raise(signal_number);
}

/// exit() called while the browser is running (e.g. by a library) still leaves a usable terminal.
static void resolute_restore_at_exit(void) {
  if (!resolute_crash_restore_armed) return;
  resolute_crash_restore_armed = 0;
  if (!isendwin()) endwin();
  if (resolute_tty_descriptor >= 0 && resolute_saved_termios_valid) {
    tcsetattr(resolute_tty_descriptor, TCSANOW, resolute_saved_termios);
  }
}

static inline void resolute_append_restore_capability(const char *name) {
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) return;
  size_t length = strlen(value);
  if (resolute_restore_sequence_length + length >= resolute_restore_sequence_capacity) return;
  memcpy(resolute_restore_sequence + resolute_restore_sequence_length, value, length);
  resolute_restore_sequence_length += length;
}

/// Saves the terminal's modes as they were before ncurses touched them; the crash path restores these.
static inline void resolute_save_termios_before(int tty_descriptor) {
  if (resolute_saved_termios == NULL) resolute_saved_termios = calloc(1, sizeof(struct termios));
  resolute_saved_termios_valid =
    resolute_saved_termios != NULL && tcgetattr(tty_descriptor, resolute_saved_termios) == 0;
}

/// Remembers how to restore the terminal (`tty_descriptor` is /dev/tty; its modes were saved before newterm by
/// resolute_save_termios_before) and installs crash handlers and an exit hook. Call right after newterm, when
/// terminfo is loaded.
static inline void resolute_arm_crash_restore(int tty_descriptor, int mouse_enabled) {
  if (resolute_restore_sequence == NULL) resolute_restore_sequence = calloc(resolute_restore_sequence_capacity, 1);
  if (resolute_previous_crash_actions == NULL) {
    resolute_previous_crash_actions = calloc(resolute_crash_signal_count, sizeof(struct sigaction));
  }
  if (resolute_restore_sequence == NULL || resolute_previous_crash_actions == NULL) return;
  resolute_tty_descriptor = tty_descriptor;
  resolute_restore_sequence_length = 0;
  if (mouse_enabled) {
    static const char mouse_off[] = "\033[?1000l\033[?1002l\033[?1006l";
    memcpy(resolute_restore_sequence, mouse_off, sizeof mouse_off - 1);
    resolute_restore_sequence_length = sizeof mouse_off - 1;
  }
  resolute_append_restore_capability("sgr0");
  resolute_append_restore_capability("rmkx");
  resolute_append_restore_capability("cnorm");
  resolute_append_restore_capability("rmcup");
  resolute_crash_restore_armed = 1;
  static int exit_hook_registered = 0;
  if (!exit_hook_registered) exit_hook_registered = atexit(resolute_restore_at_exit) == 0;
  for (int index = 0; index < resolute_crash_signal_count; index++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = resolute_on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(resolute_crash_signal(index), &action, &resolute_previous_crash_actions[index]);
  }
}

static inline void resolute_disarm_crash_restore(void) {
  resolute_crash_restore_armed = 0;
  if (resolute_previous_crash_actions == NULL) return;
  for (int index = 0; index < resolute_crash_signal_count; index++) {
    sigaction(resolute_crash_signal(index), &resolute_previous_crash_actions[index], NULL);
  }
}

// MARK: - Locale

/// The codeset of the current locale (e.g. "UTF-8", "ANSI_X3.4-1968").
static inline const char *resolute_locale_codeset(void) { return nl_langinfo(CODESET); }

#endif
