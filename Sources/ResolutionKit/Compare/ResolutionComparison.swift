/// Two resolutions compared paragraph by paragraph, such as a resolution and its successor on the same subject.
///
/// How the paragraphs are aligned:
/// - The preamble is aligned only with the preamble and the operative part only with the operative part. The
///   operative units are each operative paragraph's own text (its chapeau when it has subparagraphs) and each of its
///   subparagraphs, as separate units in reading order.
/// - Renumbering alone is not a change: units are compared by their words (runs of non-space characters, so
///   spacing and line breaks do not count), never by their refs, so a paragraph with the same words under another
///   number, or in a section that shifted, is `unchanged`. Case and punctuation are part of the words.
/// - Units with the same words pair first (repeated texts in order). The rest pair by the Dice coefficient of their
///   word bigrams (the start and end of a text count as words) when it reaches
///   `ParagraphAligner.pairingThreshold` (0.5), best pairs first, each unit at most once. An old unit left without a
///   partner is `dropped`, a new one `added`.
/// - Taking the pairs in the new order, the longest run whose old order also increases keeps its place; a pair
///   outside it is `moved` (its `words` still show any change of text). Other pairs are `unchanged` when their
///   words are the same and `changed` otherwise.
/// - Rows follow the new text's order; each dropped unit comes right after the row holding the old unit that
///   preceded it (at the top of its part when none did), so a reader sees it where it used to be.
///
/// Cost: one merge of sorted bigram keys per pair of units, and a word diff only for the pairs chosen.
public struct ResolutionComparison: Hashable, Sendable {
  /// The source files, as the resolutions record them.
  public var oldFile: String, newFile: String
  /// `Resolution.displayID` of each.
  public var oldName: String, newName: String
  /// The preambular rows.
  public var preamble: [AlignedParagraph]
  /// The operative rows.
  public var operative: [AlignedParagraph]

  /// Compares `old` with `new` by the rules above.
  public init(old: Resolution, new: Resolution) {
    oldFile = old.file
    newFile = new.file
    oldName = old.displayID
    newName = new.displayID
    preamble = ParagraphAligner(old: Self.preambularUnits(old), new: Self.preambularUnits(new)).align()
    operative = ParagraphAligner(old: Self.operativeUnits(old), new: Self.operativeUnits(new)).align()
  }

  /// How many rows of both parts have this change.
  public func count(_ change: ParagraphChange) -> Int {
    preamble.reduce(0) { $0 + ($1.change == change ? 1 : 0) } + operative.reduce(0) { $0 + ($1.change == change ? 1 : 0) }
  }

  static func preambularUnits(_ resolution: Resolution) -> [ComparedParagraph] {
    // The resolution's own preamble only: an annex's preamble is not aligned.
    resolution.preamble.map { ComparedParagraph(ref: $0.ref, text: $0.text) }
  }

  /// The operative paragraphs, then the annexes' (annex paragraphs align with the other text's annex paragraphs,
  /// whose refs share the `annex.` prefix).
  static func operativeUnits(_ resolution: Resolution) -> [ComparedParagraph] {
    resolution.textNodes.compactMap { node in
      node.kind == .operative || node.kind == .subparagraph ? ComparedParagraph(ref: node.ref, text: node.text) : nil
    }
  }
}
