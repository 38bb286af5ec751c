/// The form in which people cite a paragraph of a resolution, for copying a reference out of the browser and for
/// `resolute show --paragraph REF --format reference`.
///
/// The forms follow the UN's own editorial style as the corpus texts use it: the body's short key and the number
/// (`GA resolution 55/64`, as `General Assembly resolution 55/2, para. 9` is cut to its key), then the place with the
/// abbreviations the footnotes use (`para. 9`, `sect. 23`), section before paragraph as in `section VI, paragraph 1`,
/// and a subparagraph letter after a space as in `paragraph 26 (d)`:
///
/// | ref         | citation                                           |
/// |-------------|----------------------------------------------------|
/// | `7`         | `GA resolution 55/64, para. 7`                     |
/// | `IV.3(h)`   | `ECOSOC resolution 1992/22, sect. IV, para. 3 (h)` |
/// | `PP3`       | `GA resolution 55/64, preambular para. 3`          |
/// | `fn2`       | `GA resolution 55/64, footnote 2`                  |
/// | `title`/nil | `GA resolution 55/64`                              |
/// | `annex.35`  | `GA resolution 46/152, annex, para. 35`            |
/// | `annexI.art5` | `GA resolution 46/152, annex I, art. 5`          |
public enum ParagraphReference {
  /// How people cite a paragraph: "GA resolution 55/64, para. 7"; "ECOSOC resolution 1992/22, sect. IV, para. 3 (h)";
  /// "GA resolution 55/64, preambular para. 3"; "CCPCJ resolution 5/2, para. 12"; the resolution alone for ref "title"
  /// or nil ref ("GA resolution 55/64"); footnote refs "GA resolution 55/64, footnote 2". Without a number it names the
  /// body and adoption date: "ECOSOC resolution of 21 July 2004, para. 6" (or the file name when undated). Returns nil
  /// when `ref` is not a ref of `resolution`.
  ///
  /// Choices where the texts leave room:
  /// - Operative paragraphs are cited by their printed number. A number the file repeats (ref `1-2`, numbering that
  ///   restarts) is cited as printed too, so two paragraphs can share a citation, as they would in print.
  /// - `title` is accepted even when the parser found no title: it stands for the resolution as a whole.
  /// - A footnote ref (`fn2`) is accepted when the file has the footnote's text or a marker for it.
  /// - With neither number nor date the file's name stands in: `ECOSOC resolution (file.txt), para. 6`; with no body
  ///   either, `Resolution (file.txt)`.
  /// - Text from the file (the number, the file name) is returned as it is: callers that print it sanitize it.
  public static func citation(for ref: String?, in resolution: Resolution) -> String? {
    let whole = resolutionName(resolution)
    guard let ref, ParagraphRef(ref)?.isTitle != true else { return whole }
    guard let place = place(of: ref, in: resolution) else { return nil }
    return whole + ", " + place
  }

  /// The full form of UN editorial style, with the body's name and the adoption date: "General Assembly resolution
  /// 55/64 of 4 December 2000, para. 7"; "Economic and Social Council resolution 1992/22 of 30 July 1992, sect. IV,
  /// para. 3 (h)"; without a date, the number alone ("Commission on Crime Prevention and Criminal Justice resolution
  /// 5/2, para. 12"). Nil when `ref` is not a ref of `resolution`.
  public static func fullCitation(for ref: String?, in resolution: Resolution) -> String? {
    let kind = resolution.body.map { "\($0.fullName) resolution" } ?? "Resolution"
    var whole: String
    if let number = resolution.number, !number.isEmpty {
      whole = "\(kind) \(number)"
      if let adopted = resolution.adopted { whole += " of \(adopted)" }
    } else {
      whole = resolutionName(resolution).replacingFirst(resolution.body.map { "\($0.key) resolution" } ?? "", with: kind)
    }
    guard let ref, ParagraphRef(ref)?.isTitle != true else { return whole }
    guard let place = place(of: ref, in: resolution) else { return nil }
    return whole + ", " + place
  }

  /// `GA resolution 55/64`, `ECOSOC resolution of 21 July 2004`, `ECOSOC resolution (file.txt)`.
  static func resolutionName(_ resolution: Resolution) -> String {
    let kind = resolution.body.map { "\($0.key) resolution" } ?? "Resolution"
    if let number = resolution.number, !number.isEmpty { return "\(kind) \(number)" }
    if let adopted = resolution.adopted { return "\(kind) of \(adopted)" }
    let name = resolution.file.split(separator: "/").last.map(String.init) ?? resolution.file
    return "\(kind) (\(name))"
  }

  /// `para. 7`, `sect. IV, para. 3 (h)`, `preambular para. 3`, `footnote 2`, or nil when no paragraph has `ref`.
  static func place(of ref: String, in resolution: Resolution) -> String? {
    if let place = resolution.walked(PlaceFinder(ref: ref)).place { return place }
    if let parsed = ParagraphRef(ref), case .footnote(let marker, _) = parsed.place {
      let known =
        resolution.footnoteTexts.contains { $0.paragraphRef == parsed }
        || resolution.footnotes.contains { ParagraphRef.footnote($0.marker) == parsed }
      if known { return "footnote \(marker)" }
    }
    return nil
  }

  /// The first node the walk meets with the ref, named as a citation names it; annexes as `annex, para. 35`,
  /// `annex I, art. 5`, `annex II, sect. IV, para. 3 (h)`, `annex, preambular para. 2`, `annex III`.
  private struct PlaceFinder: ResolutionVisitor {
    let ref: String
    var place: String?
    /// The position of the next preambular paragraph in its part.
    private var preambularIndex = 0

    init(ref: String) { self.ref = ref }

    private func annexName(_ annex: Annex) -> String { annex.number.map { "annex \($0)" } ?? "annex" }

    mutating func willVisitAnnex(_ annex: Annex) {
      if place == nil, ref == annex.refPrefix { place = annexName(annex) }
    }

    mutating func willVisitPreamble(_ paragraphs: [PreambularParagraph], in annex: Annex?) { preambularIndex = 0 }

    mutating func visitPreambular(_ paragraph: PreambularParagraph, in annex: Annex?) {
      preambularIndex += 1
      guard place == nil, paragraph.ref == ref else { return }
      if let annex {
        place = "\(annexName(annex)), preambular para. \(preambularIndex)"
      } else {
        // `PP3` is the third preambular paragraph; the position says the same when a ref was ever built otherwise.
        if case .preambular(let number) = paragraph.paragraphRef.place {
          place = "preambular para. \(number)"
        } else {
          place = "preambular para. \(preambularIndex)"
        }
      }
    }

    mutating func visitOperative(_ paragraph: OperativeParagraph, in annex: Annex?) {
      if place == nil, paragraph.ref == ref { place = head(paragraph, in: annex) }
    }

    mutating func visitSubparagraph(_ sub: Subparagraph, of paragraph: OperativeParagraph, in annex: Annex?) {
      if place == nil, sub.ref == ref { place = head(paragraph, in: annex) + " (\(sub.label))" }
    }

    /// `sect. IV, para. 3`; in an annex `annex I, art. 5`, the section named only where the ref carries it
    /// (numbering that restarts in each chapter).
    private func head(_ paragraph: OperativeParagraph, in annex: Annex?) -> String {
      guard let annex else { return (paragraph.section.map { "sect. \($0), " } ?? "") + "para. \(paragraph.number)" }
      let head: String
      switch paragraph.paragraphRef.place {
      case .article: head = "art. \(paragraph.number)"
      case .rule: head = "rule \(paragraph.number)"
      case .paragraph(let section?, _, _, _): head = "sect. \(section), para. \(paragraph.number)"
      default: head = "para. \(paragraph.number)"
      }
      return "\(annexName(annex)), \(head)"
    }
  }
}

extension String {
  /// The string with the first occurrence of `target` (when not empty) replaced.
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, let range = firstRange(of: target) else { return self }
    return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
  }
}
