/// What a citation points at, typed: the grammar builds it, everyone else reads its cases instead of re-reading a
/// string by its prefix. `description` is the one printer: the `target` of `show --json` and `cites --json`, the
/// `citations.target` column of the index, what the screens and `cites` print.
public enum CitationTarget: Hashable, Sendable, CustomStringConvertible {
  /// Another resolution: `GA 46/152`.
  case resolution(ResolutionID)
  /// A decision, numbered like a resolution but never linked as one: `GA decision 55/488`.
  case decision(body: Body, number: String)
  /// A document symbol as written: `A/55/119`, `E/CN.15/1996/2/Add.1`.
  case document(symbol: String)
  /// A paragraph of the citing resolution: `II.2`, `IV.10(a)`, `annex.4`.
  case paragraph(ParagraphRef)
  /// A section of the citing resolution (`section III above`): its numeral, `III`.
  case section(String)
  /// The citing resolution itself (`the present resolution`): `GA 55/64`.
  case itself(ResolutionID)

  public var description: String {
    switch self {
    case .resolution(let id), .itself(let id): return id.description
    case .decision(let body, let number): return "\(body.key) decision \(number)"
    case .document(let symbol): return symbol
    case .paragraph(let ref): return ref.description
    case .section(let number): return number
    }
  }

  /// The resolution a citation of another resolution names; nil for every other target (the resolution itself
  /// included: it is not an edge of the citation graph).
  public var resolution: ResolutionID? {
    if case .resolution(let id) = self { return id }
    return nil
  }

  /// The paragraph or section of the citing resolution an internal reference names, as `ParagraphOutline` looks it
  /// up (`II.2`, `III`); nil for targets outside the citing resolution.
  public var ownParagraph: String? {
    switch self {
    case .paragraph(let ref): return ref.description
    case .section(let number): return number
    case .resolution, .decision, .document, .itself: return nil
    }
  }
}
