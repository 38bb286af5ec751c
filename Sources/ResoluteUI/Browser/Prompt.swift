/// A line being typed on the status line, edited as readline edits: a cursor, Ctrl-A/E/W/U/K, and the history of
/// earlier lines of the same kind (Up/Down).
struct Prompt: Hashable, Sendable {
  enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// `/` in the list: filters as you type.
    case filter
    /// `/` in the viewer: finds on Enter.
    case find
    /// `:` go to an id.
    case goto
    /// `F`: search every paragraph of the corpus, on Enter.
    case searchAll
    /// `d`: the resolution to compare the shown one with (its predecessor already typed).
    case compare
    /// `|`: the shell command the paragraph is piped to.
    case pipe
  }

  var kind: Kind
  var text = "" {
    didSet { cursor = min(cursor, text.count) }
  }
  /// Characters before the cursor (0 … text.count).
  var cursor = 0
  /// Where Up/Down is in the history (nil: the line being typed), and that line, kept while the history is browsed.
  var historyIndex: Int?
  var draft = ""

  init(kind: Kind, text: String = "") {
    self.kind = kind
    self.text = text
    cursor = text.count
  }

  var leader: String {
    switch kind {
    case .filter, .find: "/"
    case .goto: ":"
    case .searchAll: "Search all: "
    case .compare: "Compare with: "
    case .pipe: "Pipe to: "
    }
  }

  private var index: String.Index { text.index(text.startIndex, offsetBy: cursor) }

  mutating func insert(_ character: Character) {
    text.insert(character, at: index)
    cursor += 1
  }

  /// Backspace: the character before the cursor.
  mutating func deleteBackward() {
    guard cursor > 0 else { return }
    cursor -= 1
    text.remove(at: index)
  }

  /// Delete: the character under the cursor.
  mutating func deleteForward() {
    guard cursor < text.count else { return }
    text.remove(at: index)
  }

  /// Ctrl-W: the word before the cursor, and the spaces after it.
  mutating func deleteWordBackward() {
    var start = cursor
    let characters = Array(text)
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    text = String(characters[..<start] + characters[cursor...])
    cursor = start
  }

  /// Ctrl-U: everything before the cursor.
  mutating func deleteToStart() {
    text = String(text[index...])
    cursor = 0
  }

  /// Ctrl-K: everything from the cursor on.
  mutating func deleteToEnd() { text = String(text[..<index]) }

  mutating func moveCursor(by offset: Int) { cursor = min(max(0, cursor + offset), text.count) }

  /// Up (`-1`) and Down (`+1`) through `history` (oldest first), back to the draft past the newest.
  mutating func browseHistory(_ direction: Int, in history: [String]) -> Bool {
    guard !history.isEmpty else { return false }
    let current = historyIndex ?? history.count
    let next = min(max(0, current + direction), history.count)
    guard next != current else { return false }
    if historyIndex == nil { draft = text }
    historyIndex = next == history.count ? nil : next
    text = next == history.count ? draft : history[next]
    cursor = text.count
    return true
  }
}

/// The lines entered at each kind of prompt, oldest first, kept across sessions (the executable saves them in the
/// reader's state folder whenever `BrowserSession.promptHistoryRevision` moves).
public struct PromptHistory: Hashable, Sendable, Codable {
  public var lines: [String: [String]]

  /// How many lines are kept per prompt.
  public static let limit = 200

  public init(lines: [String: [String]] = [:]) { self.lines = lines }

  func lines(for kind: Prompt.Kind) -> [String] { lines[kind.rawValue] ?? [] }

  /// Adds `line` as the newest of `kind`, removing an older copy of it.
  mutating func add(_ line: String, for kind: Prompt.Kind) {
    let trimmed = line.trimmedSpaces
    guard !trimmed.isEmpty else { return }
    var kept = lines(for: kind).filter { $0 != trimmed }
    kept.append(trimmed)
    if kept.count > Self.limit { kept.removeFirst(kept.count - Self.limit) }
    lines[kind.rawValue] = kept
  }
}
