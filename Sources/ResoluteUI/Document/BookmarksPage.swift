import ResolutionKit

/// `B`: the reader's marks, then the places visited (newest first, across sessions), each a link that opens it at
/// the paragraph kept.
enum BookmarksPage {
  static func build(_ state: ReaderState, snapshot: CorpusSnapshot, presentation: Presentation) -> ViewerDocument {
    let theme = presentation.theme
    var document = ViewerDocument(location: .bookmarks, heading: "Bookmarks")
    document.append(DocumentBlock(cells: presentation.cells("Bookmarks", theme.title)))
    document.append(
      DocumentBlock(
        cells: presentation.cells("Enter opens, Del forgets; m a-z marks a paragraph, ' a-z goes to it.", theme.dim)))

    func entry(_ name: String, _ place: SavedPlace, key: RowKey) {
      let gone = place.file.map { snapshot.displayID(file: $0) == nil } ?? false
      let label = place.file.flatMap { snapshot.displayID(file: $0) } ?? place.label
      let text = place.ref.map { "\(label) \(presentation.glyphs.dot) \($0)" } ?? label
      let prefix = presentation.cells(name.padding(to: 3), theme.verbOperative)
      var cells: [TextCell] = []
      if let location = place.location, !gone {
        let link = document.addLink(.open(location, ref: place.ref), label: text)
        cells += presentation.cells(text, theme.link, link: link)
      } else {
        cells += presentation.cells(text + "  (no longer in the corpus)", theme.absent)
      }
      if let file = place.file, let title = snapshot.summary(file: file)?.title {
        // One line per entry where it fits: the title is a reminder, not the point.
        let short = title.count > 48 ? String(title.prefix(47)) + presentation.glyphs.ellipsis : title
        cells += presentation.cells("  " + short, theme.dim)
      }
      document.append(DocumentBlock(key: key, isStop: true, prefix: prefix, cells: cells))
    }

    document.append(DocumentBlock(cells: presentation.cells("Marks", theme.heading), spaceBefore: 1))
    let marks = state.sortedMarks
    if marks.isEmpty {
      document.append(DocumentBlock(cells: presentation.cells("No marks yet.", theme.dim)))
    }
    for (name, place) in marks { entry(name, place, key: .mark(name)) }

    document.append(DocumentBlock(cells: presentation.cells("Recent", theme.heading), spaceBefore: 1))
    if state.recent.isEmpty {
      document.append(DocumentBlock(cells: presentation.cells("Nothing visited yet.", theme.dim)))
    }
    for (age, place) in state.recent.reversed().enumerated() { entry(String(age + 1), place, key: .recent(age + 1)) }
    return document
  }
}
