/// A preambular paragraph: `Recalling its resolution 46/152 …,`.
public struct PreambularParagraph: Hashable, Sendable {
  /// Stable reference: `PP1`, `PP2`, … (`annex.PP2` in an annex).
  public var paragraphRef: ParagraphRef
  /// `paragraphRef` as printed.
  public var ref: String { paragraphRef.description }
  /// The leading verb phrase (`Recalling also`, `Bearing in mind`), or empty when none is recognised.
  public var verb: String
  /// Reflowed text, verb included, without markdown debris or footnote markers.
  public var text: String
  /// 1-based line in the source file where the paragraph starts.
  public var line: Int

  public init(ref: ParagraphRef, verb: String, text: String, line: Int) {
    self.paragraphRef = ref
    self.verb = verb
    self.text = text
    self.line = line
  }
}

/// A section of the operative part: `IV` / `COORDINATION OF ACTIVITIES`, or a heading without a number (`""` /
/// `Peacebuilding financing`).
public struct Section: Hashable, Sendable {
  /// Roman numeral as printed (`IV`), OCR slips corrected; "" for a heading without a number.
  public var number: String
  public var heading: String
  public var line: Int

  public init(number: String, heading: String, line: Int) {
    self.number = number
    self.heading = heading
    self.line = line
  }

  /// The headings that stand before each paragraph, by the paragraph's index; headings after the last paragraph under
  /// `paragraphs.count`. By line, so headings without a number find their place too.
  public static func placed(_ sections: [Section], before paragraphs: [OperativeParagraph]) -> [Int: [Section]] {
    var slots: [Int: [Section]] = [:]
    var index = 0
    for section in sections {
      while index < paragraphs.count, paragraphs[index].line < section.line { index += 1 }
      slots[index, default: []].append(section)
    }
    return slots
  }
}

/// An operative paragraph: `3. Reaffirms …` with its subparagraphs.
public struct OperativeParagraph: Hashable, Sendable {
  /// Stable reference: `7`, or `IV.3` when the resolution has sections.
  public var paragraphRef: ParagraphRef
  /// `paragraphRef` as printed.
  public var ref: String { paragraphRef.description }
  /// The printed number.
  public var number: Int
  /// The section number (`IV`) this paragraph belongs to, if any.
  public var section: String?
  /// The operative verb phrase (`Calls upon`, `Also invites`), or empty when none is recognised.
  public var verb: String
  /// The paragraph's own text (its chapeau when it has subparagraphs), verb included.
  public var text: String
  public var line: Int
  public var subparagraphs: [Subparagraph]

  public init(
    ref: ParagraphRef, number: Int, section: String?, verb: String, text: String, line: Int,
    subparagraphs: [Subparagraph] = []
  ) {
    self.paragraphRef = ref
    self.number = number
    self.section = section
    self.verb = verb
    self.text = text
    self.line = line
    self.subparagraphs = subparagraphs
  }
}

/// A lettered subparagraph: `(h) The development of criteria …`.
public struct Subparagraph: Hashable, Sendable {
  /// Stable reference: `IV.3(h)`, `3(a)`.
  public var paragraphRef: ParagraphRef
  /// `paragraphRef` as printed.
  public var ref: String { paragraphRef.description }
  /// The letter or roman numeral between the parentheses (`h`, `iv`).
  public var label: String
  public var text: String
  public var line: Int

  public init(ref: ParagraphRef, label: String, text: String, line: Int) {
    self.paragraphRef = ref
    self.label = label
    self.text = text
    self.line = line
  }
}
