/// The prompt's own keys, as readline has them. What a line means once entered is the browser's business: the prompt
/// says what happened and the browser acts on it (BrowserSession+Layers.swift).
extension Prompt {
  /// What a key did to the line.
  enum Outcome: Hashable, Sendable {
    /// A terminal event: passes down.
    case passed
    /// The line or its cursor changed.
    case edited
    /// Esc, Ctrl-C, Ctrl-G, or Backspace on an empty line: the prompt closes, nothing is done.
    case cancelled
    /// Enter: the line is to be acted on.
    case entered
    /// Tab: the id being typed is to be completed.
    case completionWanted
    /// Up or Down at the list's filter: the list's selection moves (by -1 or 1).
    case listSelectionMoved(Int)
    /// Up or Down past either end of the history (Up: true).
    case historyEnd(up: Bool)
    /// Not a key of the prompt: nothing happens (it does not reach the panes either).
    case unused
  }

  /// Handles `key`; `history` is the lines entered at prompts of this kind, oldest first.
  mutating func handle(_ key: Key, history: [String]) -> Outcome {
    if key.isTerminalEvent { return .passed }
    switch key {
    case .character(let character): insert(character)
    case .backspace:
      if text.isEmpty { return .cancelled }
      deleteBackward()
    case .delete, .control("d"): deleteForward()
    case .left, .control("b"): moveCursor(by: -1)
    case .right, .control("f"): moveCursor(by: 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .control("w"): deleteWordBackward()
    case .control("u"): deleteToStart()
    case .control("k"): deleteToEnd()
    case .tab: return .completionWanted
    case .enter: return .entered
    case .escape, .control("c"), .control("g"): return .cancelled
    case .up, .down:
      // The list's filter moves the selection, as it always has; every other prompt browses its history.
      if kind == .filter { return .listSelectionMoved(key == .up ? -1 : 1) }
      if !browseHistory(key == .up ? -1 : 1, in: history) { return .historyEnd(up: key == .up) }
    default: return .unused
    }
    return .edited
  }

  /// Completes the text before the cursor to what `candidates` (the ids starting with it) share, ignoring case.
  mutating func complete(from candidates: [String]) {
    guard let first = candidates.first else { return }
    let typed = String(text.prefix(cursor))
    var shared = first
    for candidate in candidates.dropFirst() {
      shared = String(zip(shared.lowercased(), candidate.lowercased()).prefix { $0 == $1 }.map(\.0))
      shared = String(first.prefix(shared.count))
    }
    let completed = shared.count >= typed.trimmedSpaces.count ? shared : typed
    let rest = String(text.dropFirst(cursor))
    text = completed + rest
    cursor = completed.count
  }
}
