/// One pass over the bytes of one paragraph, collecting every citation in reading order.
///
/// The grammar is split by what is cited: resolutions (`ResolutionReferenceGrammar.swift`), document symbols
/// (`DocumentSymbolGrammar.swift`) and references inside the same resolution (`InternalReferenceGrammar.swift`).
struct CitationScanner {
  /// What `Ibid.` stands for: the target of the citation in the footnote before.
  struct IbidTarget: Sendable, Hashable {
    var target: CitationTarget
    var kind: CitationKind
  }

  let text: CitationBytes
  /// The paragraph scanned; internal references depend on where it sits.
  let ref: ParagraphRef
  let line: Int
  let adoptingBody: Body?
  let ownNumber: String?
  let ibid: IbidTarget?
  private(set) var found: [Citation] = []

  init(text: String, ref: ParagraphRef, line: Int, adoptingBody: Body?, ownNumber: String?, ibid: IbidTarget?) {
    self.text = CitationBytes(text)
    self.ref = ref
    self.line = line
    self.adoptingBody = adoptingBody
    self.ownNumber = ownNumber
    self.ibid = ibid
  }

  /// Scans the whole paragraph. Forms are tried at word starts in reading order; a match consumes its words, so
  /// `paragraph 1 of the present resolution` is one internal reference and not also a `self` one.
  mutating func scan() -> [Citation] {
    var index = 0
    var words = 0
    let bytes = text.bytes
    while index < bytes.count {
      let byte = bytes[index]
      guard CitationBytes.isWordByte(byte), text.isWordStart(index) else {
        index += 1
        continue
      }
      // One paragraph may hold a whole file's words: cancelled work stops here too (`WorkCancellation`).
      words += 1
      if WorkCancellation.shouldStop(at: words * 16) { return found }
      if let end = scanAt(index, first: byte | 0x20) {
        index = max(end, index + 1)
      } else {
        index += 1
        while index < bytes.count, CitationBytes.isWordByte(bytes[index]) { index += 1 }
      }
    }
    return found
  }

  /// Tries the forms that can start with this (lower-cased) letter, then a document symbol.
  private mutating func scanAt(_ index: Int, first: UInt8) -> Int? {
    let end: Int?
    switch first {
    case UInt8(ascii: "r"): end = scanResolution(keywordAt: index)
    case UInt8(ascii: "d"): end = scanDecision(keywordAt: index)
    case UInt8(ascii: "p"): end = scanParagraphReference(at: index)
    case UInt8(ascii: "s"): end = scanSectionReference(at: index) ?? scanSubparagraphReference(at: index)
    case UInt8(ascii: "t"): end = scanPresentResolution(at: index)
    case UInt8(ascii: "i"): end = scanIbid(at: index)
    default: end = nil
    }
    if let end { return end }
    return CitationBytes.isUpper(text.bytes[index]) ? scanDocumentSymbol(at: index) : nil
  }

  mutating func add(
    _ range: Range<Int>, target: CitationTarget?, kind: CitationKind, pinpoint: Pinpoint? = nil, date: CalendarDate? = nil,
    subject: String? = nil
  ) {
    found.append(
      Citation(
        ref: ref, text: text.string(range), target: target, pinpoint: pinpoint, kind: kind, date: date,
        subject: subject, line: line, range: range))
  }

  // MARK: the two forms that need no grammar of their own

  /// `the present resolution`: the resolution itself.
  private mutating func scanPresentResolution(at index: Int) -> Int? {
    guard let the = text.wordAnyCase(CitationWords.the, at: index), text[the] == 0x20,
      let present = text.word(CitationWords.present, at: the + 1), text[present] == 0x20,
      let end = text.word(CitationWords.resolution, at: present + 1)
    else { return nil }
    let own = adoptingBody.flatMap { body in ownNumber.map { CitationTarget.itself(ResolutionID(body: body, number: $0)) } }
    // `the annex to the present resolution`, `annex I to the present resolution`.
    let before = pinpointBefore(index)
    add((before?.start ?? index)..<end, target: own, kind: .self, pinpoint: before.flatMap { Pinpoint(nonEmpty: $0.pinpoint) })
    return end
  }

  /// `Ibid., annex II.`: the target of the footnote before, with its own pinpoint.
  private mutating func scanIbid(at index: Int) -> Int? {
    guard let ibid, let word = text.word(CitationWords.ibid, at: index), text[word] == UInt8(ascii: ".") else {
      return nil
    }
    var end = word + 1
    var pinpoints: [Pinpoint.Part] = []
    while let next = pinpointAfter(end) {
      pinpoints.append(next.pinpoint)
      end = next.end
    }
    add(index..<end, target: ibid.target, kind: ibid.kind, pinpoint: Pinpoint(nonEmpty: pinpoints))
    return end
  }

  // MARK: where the current paragraph sits, for internal references

  /// `IV` for refs `IV.3` and `IV.3(h)`; nil in the preamble, footnotes and unsectioned resolutions.
  var currentSection: String? {
    guard case .paragraph(let section?, _, _, _) = ref.place else { return nil }
    return section
  }

  /// The annex the current paragraph is in, if any: its own paragraphs are that annex's.
  var currentAnnex: ParagraphRef.Annex? { ref.annex }

  /// The paragraph whose subparagraphs `subparagraph (a)` names: the parent of a subparagraph, or the paragraph
  /// itself; nil in the title, preamble and footnotes.
  var currentParagraph: ParagraphRef? {
    switch ref.place {
    case .paragraph, .article, .rule: return ref.labelled(nil)
    case .title, .footnote, .preambular, .whole: return nil
    }
  }
}

/// The literal words of the grammar, as bytes.
enum CitationWords {
  static let resolution = Array("resolution".utf8)
  static let resolutions = Array("resolutions".utf8)
  static let decision = Array("decision".utf8)
  static let decisions = Array("decisions".utf8)
  static let the = Array("the".utf8)
  static let present = Array("present".utf8)
  static let ibid = Array("Ibid".utf8)
  static let its = Array("its".utf8)
  static let paragraph = Array("paragraph".utf8)
  static let paragraphs = Array("paragraphs".utf8)
  static let para = Array("para.".utf8)
  static let paras = Array("paras.".utf8)
  static let subparagraph = Array("subparagraph".utf8)
  static let subparagraphs = Array("subparagraphs".utf8)
  static let section = Array("section".utf8)
  static let sect = Array("sect.".utf8)
  static let annex = Array("annex".utf8)
  static let chap = Array("chap.".utf8)
  static let and = Array(" and ".utf8)
  static let commaAnd = Array(", and ".utf8)
  static let comma = Array(", ".utf8)
  static let of = Array(" of ".utf8)
  static let commaOf = Array(", of ".utf8)
  static let ofThe = Array(" of the ".utf8)
  static let on = Array(" on ".utf8)
  static let commaOn = Array(", on ".utf8)
  static let ofThePresentSection = Array(" of the present section".utf8)
  static let ofThePresentResolution = Array(" of the present resolution".utf8)
  static let ofThePresentParagraph = Array(" of the present paragraph".utf8)
  static let ofTheAnnexTo = Array("of the annex to ".utf8)
  static let theAnnexTo = Array("the annex to ".utf8)
  static let annexedTo = Array("annexed to ".utf8)
  static let ofSpace = Array("of ".utf8)
  static let above = Array("above".utf8)
  static let below = Array("below".utf8)
  static let commaIn = Array(", in ".utf8)
  static let council = Array("Council".utf8)
  static let assembly = Array("Assembly".utf8)
  static let commission = Array("Commission".utf8)
}
