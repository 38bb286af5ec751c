/// Lines written to standard output as they are produced, a few kilobytes at a time, so that a long listing is never
/// held whole in memory (`cites` of a resolution with 100,000 citations).
struct StreamedLines {
  /// How much text waits before it is written.
  private static let chunkBytes = 64 << 10
  private var pending = ""

  /// Adds `line` and a newline; writes what waits once it is big enough.
  mutating func append(_ line: String) {
    appendText(line + "\n")
  }

  /// Adds `text` as it is (no newline added); writes what waits once it is big enough.
  mutating func appendText(_ text: String) {
    pending += text
    if pending.utf8.count >= Self.chunkBytes { flush() }
  }

  /// Writes what waits.
  mutating func flush() {
    guard !pending.isEmpty else { return }
    Output.write(pending)
    pending = ""
  }
}
