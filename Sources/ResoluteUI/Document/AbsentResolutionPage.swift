import ResolutionKit

/// The page of a resolution that the corpus cites but does not contain: what the citing texts say about it (dates and
/// subjects, conflicts shown), and every citing paragraph, each a link that opens the citing resolution there.
enum AbsentResolutionPage {
  static func build(
    _ absent: AbsentResolution, snapshot: CorpusSnapshot, presentation: Presentation
  ) -> ViewerDocument {
    let theme = presentation.theme
    var document = ViewerDocument(location: .absent(absent.id), heading: "\(absent.id) (absent)")
    var header = presentation.cells(absent.id.description, theme.title)
    header += presentation.cells("  not in this corpus", theme.absent)
    document.append(DocumentBlock(cells: header))

    func field(_ name: String, _ value: String, style: CellStyle) {
      let prefix = presentation.cells(name.padding(to: 9), theme.heading)
      document.append(DocumentBlock(prefix: prefix, cells: presentation.cells(value, style)))
    }
    field("Symbol", absent.id.symbol ?? "unknown", style: theme.normal)
    switch absent.dates.count {
    case 0: field("Date", "not given by the citing texts", style: theme.dim)
    case 1: field("Date", absent.dates[0].description, style: theme.normal)
    default:
      field(
        "Dates", absent.dates.map(\.description).joined(separator: "; ") + " (the citing texts disagree)",
        style: theme.warning)
    }
    switch absent.subjects.count {
    case 0: field("Subject", "not given by the citing texts", style: theme.dim)
    case 1: field("Subject", absent.subjects[0], style: theme.normal)
    default:
      for (index, subject) in absent.subjects.enumerated() {
        field(index == 0 ? "Subjects" : "", subject, style: index == 0 ? theme.normal : theme.warning)
      }
    }

    CitingParagraphs.append(absent.citedBy, to: &document, snapshot: snapshot, presentation: presentation)
    return document
  }
}

extension String {
  /// Pads with spaces to `width` characters.
  func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }

}
