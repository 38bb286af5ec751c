/// What the keys typed so far say about the next command: a count being typed before it (`5j`, `10G`, `50%`, as in
/// less and vim), and the command the last key gave (so `y` pressed twice can copy the short form).
struct KeyInput: Hashable, Sendable {
  /// Digits typed before a command; nil when none.
  private(set) var count: Int?
  private(set) var previousCommand: Command?
  /// The command being performed follows a `y` (copy reference).
  private(set) var followsCopy = false

  /// Whether `digit` (a key bound to no command) is part of a count: `0` only after another digit.
  func takes(digit: Character) -> Bool { digit.isASCII && digit.isNumber && (count != nil || digit != "0") }

  /// Adds a digit to the count; capped so a held key cannot overflow it.
  mutating func type(digit: Character) {
    count = min(99_999, (count ?? 0) * 10 + (digit.wholeNumberValue ?? 0))
  }

  /// A key bound to no command drops the count.
  mutating func dropCount() { count = nil }

  /// `command` is about to be performed: returns the count typed for it, which is then used up.
  mutating func begin(_ command: Command) -> Int? {
    let given = count
    count = nil
    followsCopy = previousCommand == .copyReference
    previousCommand = command
    return given
  }
}
