/// `m` or `'` pressed: the next key names the mark to set or to go to (`''` the last place). Any other key gives up.
struct MarkKeyLayer: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case mark, jump
  }

  /// What the key naming the mark asks for.
  enum Outcome: Hashable, Sendable {
    /// A terminal event: passes down.
    case passed
    case setMark(String)
    case jumpToMark(String)
    /// `''`: back to the place before the last jump.
    case toggleLastPlace
    /// Not a character: nothing is done, with why (nil for Esc).
    case gaveUp(String?)
  }

  let kind: Kind

  /// The status line while the name is awaited.
  var statusMessage: String {
    kind == .mark
      ? "Mark: type a letter or digit to name it" : "Go to mark: type its letter or digit (' the last place)"
  }

  func handle(_ key: Key) -> Outcome {
    if key.isTerminalEvent { return .passed }
    guard case .character(let name) = key else {
      return .gaveUp(key == .escape ? nil : kind == .mark ? "No mark set" : "No mark chosen")
    }
    switch kind {
    case .mark: return .setMark(String(name))
    case .jump where name == "'": return .toggleLastPlace
    case .jump: return .jumpToMark(String(name))
    }
  }
}
