/// One unit of a comparison: a preambular paragraph, an operative paragraph's own text, or a subparagraph.
public struct ComparedParagraph: Hashable, Sendable {
  /// The unit's reference in its own resolution: `PP3`, `7`, `IV.3`, `IV.3(h)`.
  public var ref: String
  /// The unit's text as the parser gives it.
  public var text: String

  public init(ref: String, text: String) {
    self.ref = ref
    self.text = text
  }
}
