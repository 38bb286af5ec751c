import ResolutionKit

/// A source that is still filling (an index being built): on each tick, take the newer list if there is one.
extension BrowserSession {
  /// Looks at the source again. Redraws only when its list or its progress line changed, so an idle tick writes
  /// nothing to the terminal.
  mutating func tick() -> ApplicationResponse {
    guard !filling.isComplete else { return .none }
    // Completeness before the revision: once complete, the revision read after it is the last one.
    let complete = source.isComplete
    let revision = source.revision
    let progress = complete ? nil : source.progress
    let grew = revision != snapshot.revision
    filling.ticksSinceListRebuild += 1
    // Rebuilding a list of 100,000 rows takes a noticeable moment: while the source fills, a big list is rebuilt
    // every few ticks only (about twice a second at 100,000 rows), a small one at every tick, and always at the end.
    let rebuildEvery = max(1, snapshot.summaries.count / 20_000)
    let rebuild = grew && (complete || filling.ticksSinceListRebuild >= rebuildEvery)
    guard rebuild || complete != filling.isComplete || progress != filling.progress else { return .none }
    filling.isComplete = complete
    filling.progress = progress
    if rebuild {
      filling.ticksSinceListRebuild = 0
      takeNewerList()
    }
    if let pendingOpen = filling.pendingOpen {
      let target = GotoTarget(pendingOpen)
      if target.location(in: source, snapshot: snapshot) != nil {
        filling.pendingOpen = nil
        message = nil  // no longer waiting; goto says so itself when the target is not what was asked for
        if goto(pendingOpen, history: .reset) {
          focus = .viewer
          openedAutomatically = currentEntry
        }
      } else if complete {
        filling.pendingOpen = nil
        message = "“\(target.id)” is neither in the corpus nor cited by it"
      }
    }
    if complete, viewer.document.location == nil, list.selectedRow == nil { showEmptyViewer() }
    refresh()
    return .redraw
  }

  /// Rebuilds the list from the source's newer revision, keeping the selected row selected and the open document
  /// open; when nothing was open (the source was empty at start), opens the first resolution, as a start would.
  private mutating func takeNewerList() {
    let (newer, listChanged) = snapshot.reading(source)
    snapshot = newer
    if listChanged {
      // A resolution opened before its row arrived (the last place of a session, `--open`, while only the head of
      // the list was read) is selected once its row is there, as it would have been at start.
      let open = viewer.document.location
      let openWasListed = open.map(list.shows) ?? true
      list.replaceRows(with: snapshot)
      if !openWasListed, let open { list.select(open) }
      if filling.followsEnd { list.move(by: list.rows.count) }
    }
    if viewer.document.location == nil, searchResults == nil, let row = list.selectedRow {
      open(row.location, paragraph: nil, history: .reset)
    } else {
      // Citations may lead somewhere new now (a cited resolution that has arrived): the notes say so.
      refreshNotes(force: true)
    }
  }
}
