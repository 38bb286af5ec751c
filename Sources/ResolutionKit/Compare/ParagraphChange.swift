/// What became of a paragraph between the old and the new text.
public enum ParagraphChange: String, Hashable, Sendable, CaseIterable {
  /// The same words (whitespace aside), whatever its number; in the same relative order as its neighbours.
  case unchanged
  /// Paired with a similar paragraph whose words differ; in the same relative order.
  case changed
  /// Paired, but out of the relative order the other pairs keep; its words may or may not differ.
  case moved
  /// Only in the new text.
  case added
  /// Only in the old text.
  case dropped
}
