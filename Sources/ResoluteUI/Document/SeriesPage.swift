import ResolutionKit

/// `t`: the series a resolution belongs to, as a timeline: every member, present or only cited, with its date, the
/// resolution asked about marked, each member a link.
enum SeriesPage {
  static func build(_ series: ResolutionSeries, location: Location, presentation: Presentation) -> ViewerDocument {
    let theme = presentation.theme
    let glyphs = presentation.glyphs
    let anchor = series.members[series.anchor]
    var document = ViewerDocument(location: location, heading: "Series \(glyphs.dot) \(anchor.displayID)")
    document.append(DocumentBlock(cells: presentation.cells("Series: ", theme.title) + presentation.cells(series.subject, theme.normal)))
    let present = series.members.filter(\.isPresent).count
    document.append(
      DocumentBlock(
        cells: presentation.cells(
          "\(series.members.count) resolutions, \(present) in the corpus, \(series.members.count - present) only cited. "
            + "Enter opens one; d on a resolution compares it with the one before.", theme.dim)))

    for (index, member) in series.members.enumerated() {
      let isAnchor = index == series.anchor
      let date = member.date?.iso ?? member.year.map(String.init) ?? "undated"
      var prefix = presentation.cells(isAnchor ? glyphs.arrow + " " : "  ", theme.title)
      prefix += presentation.cells(date.padding(to: 11), theme.dim)
      var cells: [TextCell] = []
      let target: Location? = member.file.map { .resolution(file: $0) } ?? member.id.map(Location.absent)
      if let target {
        let link = document.addLink(.open(target, ref: nil), label: member.displayID)
        cells += presentation.cells(member.displayID, isAnchor ? theme.title : theme.link, link: link)
      } else {
        cells += presentation.cells(member.displayID, theme.normal)
      }
      cells += presentation.cells(member.isPresent ? "" : "  cited only", theme.absent)
      if let title = member.title {
        cells.append(.lineBreak(style: theme.normal))
        cells += presentation.cells(title, member.isPresent ? theme.normal : theme.dim)
      }
      document.append(
        DocumentBlock(
          key: memberKey(member, index: index), isStop: true, prefix: prefix, cells: cells,
          spaceBefore: index == 0 ? 1 : 0))
    }
    var neighbours: [String] = []
    if let before = series.predecessor { neighbours.append("before it in the corpus: \(before.displayID)") }
    if let after = series.successor { neighbours.append("after it: \(after.displayID)") }
    if !neighbours.isEmpty {
      document.append(
        DocumentBlock(cells: presentation.cells(neighbours.joined(separator: "; "), theme.dim), spaceBefore: 1))
    }
    return document
  }

  /// The member's id, as the pane title shows it for the row under the cursor.
  static func memberKey(_ member: SeriesMember, index: Int) -> RowKey {
    .seriesMember(id: member.displayID.isEmpty ? nil : member.displayID, index: index)
  }
}
