/// One row of a comparison: a paragraph of the old text, of the new text, or a pair of them.
public struct AlignedParagraph: Hashable, Sendable {
  public var change: ParagraphChange
  /// The old paragraph; nil when `added`.
  public var old: ComparedParagraph?
  /// The new paragraph; nil when `dropped`.
  public var new: ComparedParagraph?
  /// Old text to new text, word by word: all inserted when `added`, all deleted when `dropped`, all equal when
  /// `unchanged`.
  public var words: WordDiff

  public init(change: ParagraphChange, old: ComparedParagraph?, new: ComparedParagraph?, words: WordDiff) {
    self.change = change
    self.old = old
    self.new = new
    self.words = words
  }
}
