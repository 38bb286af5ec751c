import ResolutionKit

/// `d`: two resolutions compared paragraph by paragraph (`ResolutionComparison`): preamble and operative part aligned
/// separately, each row saying what happened to the paragraph, with the words that changed highlighted. Side by side
/// (old left, new right) when the viewer is wide, one above the other when it is not. Without colours the changed
/// words are also bracketed wdiff-style (`[-old-]`, `{+new+}`), so a monochrome terminal loses nothing.
enum ComparePage {
  static func build(_ comparison: ResolutionComparison, presentation: Presentation) -> ViewerDocument {
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    var document = ViewerDocument(
      location: .compare(old: comparison.oldFile, new: comparison.newFile),
      heading: "\(comparison.oldName) \(glyphs.arrow) \(comparison.newName)")
    document.append(
      DocumentBlock(
        cells: presentation.cells("Compare ", theme.title)
          + presentation.cells(comparison.oldName, theme.normal)
          + presentation.cells(" \(glyphs.arrow) ", theme.dim)
          + presentation.cells(comparison.newName, theme.normal)))
    let kinds: [ParagraphChange] = [.unchanged, .changed, .moved, .added, .dropped]
    let counts = kinds.map { "\(comparison.count($0)) \(label($0))" }.joined(separator: ", ")
    document.append(DocumentBlock(cells: presentation.cells(counts, theme.dim)))
    document.append(
      DocumentBlock(
        cells: presentation.cells("Enter opens the paragraph in the newer text; renumbering alone is not a change.", theme.dim)))

    for (heading, rows, part) in [("PREAMBLE", comparison.preamble, "pp"), ("OPERATIVE PART", comparison.operative, "op")] {
      document.append(DocumentBlock(cells: presentation.cells(heading, theme.heading), spaceBefore: 1))
      if rows.isEmpty {
        document.append(DocumentBlock(cells: presentation.cells("Neither text has one.", theme.dim)))
      }
      let resemblances = closestDropped(in: rows)
      for (index, row) in rows.enumerated() {
        append(
          row, index: index, part: part, resembles: resemblances[index], comparison: comparison, to: &document,
          presentation: presentation)
      }
    }
    return document
  }

  static func label(_ change: ParagraphChange) -> String {
    switch change {
    case .unchanged: "unchanged"
    case .changed: "changed"
    case .moved: "moved"
    case .added: "new"
    case .dropped: "dropped"
    }
  }

  /// A new paragraph too different from every old one to be paired may still echo one: for each added row, the
  /// dropped paragraph whose words it shares most (at least 35%), so a reworded paragraph can be traced. Only for
  /// parts small enough to try every pair.
  static func closestDropped(in rows: [AlignedParagraph]) -> [Int: (ref: String, similarity: Double)] {
    let added = rows.indices.filter { rows[$0].change == .added }
    let dropped = rows.indices.filter { rows[$0].change == .dropped }
    guard added.count * dropped.count <= 2_500 else { return [:] }
    var closest: [Int: (ref: String, similarity: Double)] = [:]
    for index in added {
      guard let new = rows[index].new else { continue }
      for candidate in dropped {
        guard let old = rows[candidate].old else { continue }
        let similarity = WordDiff(old: old.text, new: new.text).similarity
        if similarity >= 0.35, similarity > (closest[index]?.similarity ?? 0) {
          closest[index] = (old.ref, similarity)
        }
      }
    }
    return closest
  }

  private static func append(
    _ row: AlignedParagraph, index: Int, part: String, resembles: (ref: String, similarity: Double)?,
    comparison: ResolutionComparison, to document: inout ViewerDocument, presentation: Presentation
  ) {
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    let refs: String
    switch (row.old?.ref, row.new?.ref) {
    case (let old?, let new?) where old == new: refs = old
    case (let old?, let new?): refs = "\(old) \(glyphs.arrow) \(new)"
    case (let old?, nil): refs = old
    case (nil, let new?): refs = new
    case (nil, nil): refs = ""
    }
    let badgeStyle: CellStyle
    switch row.change {
    case .unchanged: badgeStyle = theme.dim
    case .changed, .moved: badgeStyle = theme.heading
    case .added: badgeStyle = CellStyle(.inserted, bold: true)
    case .dropped: badgeStyle = CellStyle(.deleted, bold: true)
    }
    var header = presentation.cells(label(row.change).padding(to: 10), badgeStyle)
    if let new = row.new {
      let link = document.addLink(.paragraph(file: comparison.newFile, ref: new.ref), label: refs)
      header += presentation.cells(refs, theme.link, link: link)
    } else {
      header += presentation.cells(refs, theme.absent)
    }
    if row.change == .changed || row.change == .moved, row.words.hasChanges {
      header += presentation.cells("  \(Int((row.words.similarity * 100).rounded()))% the same", theme.dim)
    }
    if let resembles {
      header += presentation.cells(
        "  echoes \(comparison.oldName) \(resembles.ref) (\(Int((resembles.similarity * 100).rounded()))% alike)",
        theme.dim)
    }

    let old = wordCells(row.words, side: .deleted, presentation: presentation)
    let new = wordCells(row.words, side: .inserted, presentation: presentation)
    let columns: ColumnPair?
    var body: [TextCell] = []
    switch row.change {
    case .unchanged:
      // Said once: both texts read the same.
      body = presentation.cells(row.new?.text ?? row.old?.text ?? "", theme.dim)
      columns = nil
    case .added, .dropped:
      body = row.change == .added ? new : old
      columns = nil
    case .changed, .moved:
      columns = ColumnPair(
        left: .init(prefix: presentation.cells("- \(row.old?.ref ?? "") ", CellStyle(.deleted)), cells: old),
        right: .init(prefix: presentation.cells("+ \(row.new?.ref ?? "") ", CellStyle(.inserted)), cells: new),
        rule: presentation.cells(" \(glyphs.vertical) ", theme.border))
    }
    if !body.isEmpty { header += [.lineBreak(style: theme.normal)] + body }
    document.append(
      DocumentBlock(
        ref: rowRef(row, index: index, part: part), isStop: true, cells: header, spaceBefore: 1, columns: columns))
  }

  /// What the pane title shows for the row under the cursor: `PP7→PP3`, `old 14`, `new 6` (the part and row number
  /// keep it unique when a text repeats a ref).
  private static func rowRef(_ row: AlignedParagraph, index: Int, part: String) -> String {
    switch (row.old?.ref, row.new?.ref) {
    case (let old?, let new?): old == new ? old : "\(old)→\(new)"
    case (let old?, nil): "old \(old)"
    case (nil, let new?): "new \(new)"
    case (nil, nil): "\(part)\(index)"
    }
  }

  /// One side's words: the equal runs plainly, the side's own changes highlighted, the other side's left out.
  private static func wordCells(
    _ diff: WordDiff, side: WordDiff.Operation, presentation: Presentation
  ) -> [TextCell] {
    let theme = presentation.theme
    let colors = presentation.theme.colors
    var cells: [TextCell] = []
    for run in diff.runs where run.operation == .equal || run.operation == side {
      if !cells.isEmpty { cells += presentation.cells(" ", theme.normal) }
      if run.operation == .equal {
        cells += presentation.cells(run.text, theme.normal)
      } else if side == .inserted {
        let text = colors ? run.text : "{+\(run.text)+}"
        cells += presentation.cells(text, CellStyle(.inserted, bold: true, underline: !colors))
      } else {
        let text = colors ? run.text : "[-\(run.text)-]"
        cells += presentation.cells(text, CellStyle(.deleted, dim: !colors))
      }
    }
    return cells
  }
}
