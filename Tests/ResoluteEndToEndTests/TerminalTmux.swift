import Foundation
import Testing

/// A real terminal for end-to-end tests: a tmux server on its own socket with one pane running an interactive bash,
/// an isolated HOME, `LANG=C.UTF-8` and `TZ=UTC`. Tests type into it with `send-keys` and read it with `capture-pane`,
/// polling (bounded) until the screen shows what they expect; nothing depends on timing.
final class TerminalTmux {
  /// Why a terminal test could not go on; carries the last screen so a failure shows what the user would have seen.
  struct Failure: Error, CustomStringConvertible {
    var message: String
    var screen: String
    var description: String { "\(message)\n--- screen ---\n\(screen)\n--------------" }
  }

  let socket: String
  /// A private folder: HOME, the pid file, stty snapshots, the byte log.
  let folder: URL
  private let tmux: String
  private let target = "journey"
  private var socketPath = ""

  /// Starts a `width`×`height` pane. `environment` is added to the pane's environment (e.g. `LANG=C`).
  init(width: Int = 80, height: Int = 24, terminalType: String = "tmux-256color", environment: [String: String] = [:])
    throws
  {
    guard let tmux = Self.findExecutable("tmux") else {
      throw Failure(message: "tmux is not installed (apt-get install tmux): the terminal tests drive it", screen: "")
    }
    self.tmux = tmux
    socket = "resolute-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket, isDirectory: true)
    let home = folder.appendingPathComponent("home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let configuration = folder.appendingPathComponent("tmux.conf")
    // No status line (the pane gets every row), the terminal type under test, no leftovers from the user's config.
    try """
    set -g status off
    set -g default-terminal "\(terminalType)"
    set -g escape-time 0
    set -g set-clipboard on
    """.write(to: configuration, atomically: true, encoding: .utf8)
    var settings = ["LANG": "C.UTF-8", "LC_ALL": "", "TZ": "UTC", "HOME": home.path, "NO_COLOR": ""]
    settings.merge(environment) { _, new in new }
    var arguments = ["-f", configuration.path, "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
    for (name, value) in settings.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
    arguments += ["bash --norc --noprofile -i"]
    try run(arguments)
    socketPath = try run(["display-message", "-p", "#{socket_path}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    try command("PS1='$ '")
    _ = try waitForScreen("the shell prompt") { Self.bottomLine(of: $0) == "$" }
  }

  deinit {
    _ = try? run(["kill-server"])
    if !socketPath.isEmpty { unlink(socketPath) }  // tmux leaves its socket file behind
    try? FileManager.default.removeItem(at: folder)
  }

  // MARK: Typing

  /// Sends tmux key names (`Enter`, `Tab`, `BTab`, `BSpace`, `C-z`, …) or plain characters, one argument each.
  func press(_ keys: String...) throws { try run(["send-keys", "-t", target] + keys) }

  /// Types `text` literally.
  func type(_ text: String) throws { try run(["send-keys", "-t", target, "-l", text]) }

  /// Types a shell command line and presses Enter.
  func command(_ line: String) throws {
    try type(line)
    try press("Enter")
  }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  // MARK: Reading

  /// The screen as plain text, one line per row (trailing spaces removed by tmux).
  func screen() throws -> String { try run(["capture-pane", "-p", "-t", target]) }

  /// The screen with colours and attributes as escape sequences (`capture-pane -e`).
  func colouredScreen() throws -> String { try run(["capture-pane", "-e", "-p", "-t", target]) }

  /// The pane's title, which an OSC 0/2 sequence reaching the terminal would change.
  /// What the program last copied with OSC 52 (tmux keeps it as its newest paste buffer), nil when nothing was.
  func pasteBuffer() -> String? { try? run(["show-buffer"]) }

  func paneTitle() throws -> String { try run(["display-message", "-p", "-t", target, "#{pane_title}"]) }

  /// Polls the screen until `condition` holds (at most `timeout` seconds) and returns it; fails with the last screen.
  ///
  /// A frame can reach tmux in pieces on a loaded machine, so by default the screen must also have settled: the
  /// condition holds on two captures `quiet` seconds apart that are identical. Checks made on the returned screen
  /// then see a whole frame, not the first half of one.
  @discardableResult
  func waitForScreen(
    _ what: String, timeout: Double = 30, settled: Bool = true, quiet: Double = 0.15, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) {
        guard settled else { return last }
        Thread.sleep(forTimeInterval: quiet)
        let again = try screen()
        if again == last { return last }
        last = again
        continue
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(message: "waited \(Int(timeout)) s for \(what)", screen: last)
  }

  /// The screen once it has stopped changing (the same capture twice, `quiet` seconds apart): a frame can reach tmux in
  /// pieces on a loaded machine, and a half-drawn frame is no reference to compare a redraw with.
  func settledScreen(quiet: Double = 0.3, timeout: Double = 30) throws -> String {
    try waitForScreen("the screen to settle", timeout: timeout, quiet: quiet) { _ in true }
  }

  /// Waits until every one of `texts` is on screen.
  @discardableResult
  func waitFor(_ texts: String..., timeout: Double = 30) throws -> String {
    try waitForScreen(texts.map { "'\($0)'" }.joined(separator: ", "), timeout: timeout) { screen in
      texts.allSatisfy { screen.contains($0) }
    }
  }

  /// The bottom row, where the browser keeps its status line and history trail.
  func statusLine() throws -> String { try Self.bottomRow(of: screen()) }

  /// The last non-empty line of a captured screen (where the shell's prompt is).
  static func bottomLine(of screen: String) -> String {
    screen.split(separator: "\n").last { !$0.allSatisfy { $0 == " " } }.map(String.init) ?? ""
  }

  /// The last row of a captured screen (`capture-pane -p` prints every row, then a newline).
  static func bottomRow(of screen: String) -> String {
    var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    if rows.last == "" { rows.removeLast() }
    return rows.last.map(String.init) ?? ""
  }

  // MARK: Byte log

  /// Starts copying everything the pane's programs write to the terminal into `bytesLog`.
  func startLoggingOutput() throws {
    try run(["pipe-pane", "-O", "-t", target, "cat >> '\(bytesLog.path)'"])
  }

  var bytesLog: URL { folder.appendingPathComponent("pane-output.bin") }

  func loggedBytes() -> [UInt8] { (try? [UInt8](Data(contentsOf: bytesLog))) ?? [] }

  /// Waits until the byte log contains `marker` (pipe-pane copies asynchronously).
  func waitForLoggedBytes(containing marker: String, timeout: Double = 30) throws -> [UInt8] {
    let deadline = Date().addingTimeInterval(timeout)
    let needle = Array(marker.utf8)
    while Date() < deadline {
      let bytes = loggedBytes()
      if bytes.containsBytes(needle) { return bytes }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(message: "the pane's output never contained '\(marker)'", screen: (try? screen()) ?? "")
  }

  /// The size of the byte log once it has stopped growing (no growth for `quiet` seconds, checked every 50 ms).
  func settledLogSize(quiet: Double = 0.4, timeout: Double = 30) -> Int {
    let deadline = Date().addingTimeInterval(timeout)
    var size = loggedBytes().count
    var stableSince = Date()
    while Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
      let now = loggedBytes().count
      if now != size {
        size = now
        stableSince = Date()
      } else if Date().timeIntervalSince(stableSince) >= quiet {
        break
      }
    }
    return size
  }

  // MARK: Files and processes

  func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  /// Waits until `name` exists in the private folder and holds a line, and returns its contents without the newline.
  func waitForFile(_ name: String, timeout: Double = 30) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: file(name), encoding: .utf8), text.hasSuffix("\n") {
        return String(text.dropLast())
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw Failure(message: "\(name) was never written", screen: (try? screen()) ?? "")
  }

  /// Whether process `pid` still exists.
  static func isRunning(_ pid: Int32) -> Bool { kill(pid, 0) == 0 || errno == EPERM }

  // MARK: tmux

  /// Runs tmux on this test's socket and returns what it printed. Spawned with posix_spawn and reaped with waitpid
  /// (Foundation's Process can miss the exit of a client whose server daemonizes); output goes through a file, so a
  /// server that inherits it cannot keep a pipe open.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let outputFile = folder.appendingPathComponent("tmux-output-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: outputFile) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // The test runner's threads block signals; a tmux server (and the shell and browser it starts) would inherit
    // that mask and never see SIGWINCH or Ctrl-Z. Start tmux with no signal blocked and default handlers.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, environ)
    guard spawned == 0 else {
      throw Failure(message: "could not start tmux: \(String(cString: strerror(spawned)))", screen: "")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    let exitedCleanly = (status & 0x7F) == 0 && ((status >> 8) & 0xFF) == 0
    guard exitedCleanly else {
      throw Failure(message: "tmux \(arguments.joined(separator: " ")) failed (status \(status)): \(text)", screen: "")
    }
    return text
  }

  static func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}

extension Array where Element == UInt8 {
  /// Whether `needle` occurs as a contiguous run.
  func containsBytes(_ needle: [UInt8]) -> Bool { rangeOfBytes(needle) != nil }

  func rangeOfBytes(_ needle: [UInt8]) -> Range<Int>? {
    guard !needle.isEmpty, needle.count <= count else { return nil }
    for start in 0...(count - needle.count) where self[start] == needle[0] {
      if self[start..<(start + needle.count)].elementsEqual(needle) { return start..<(start + needle.count) }
    }
    return nil
  }
}

/// Shell-quotes a path or argument for the command lines typed into the pane.
func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
