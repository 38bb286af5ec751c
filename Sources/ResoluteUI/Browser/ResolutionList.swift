import ResolutionKit

/// How the list is ordered; `s` cycles through them.
public enum ListSort: String, Hashable, Sendable, CaseIterable {
  case date, id, title

  var next: ListSort {
    let all = ListSort.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}

/// One row of the resolution list.
struct ListRow: Hashable, Sendable {
  var location: Location
  /// `GA 55/64`, or the placeholder naming body and file.
  var id: String
  var resolutionID: ResolutionID?
  var body: String
  /// The year shown, which is the year the date sort uses (empty when it has none).
  var year: String
  var title: String
  var date: CalendarDate?
  var isAbsent: Bool
  /// Corpus order, the tie-breaker of every sort.
  var order: Int

  /// Lower-cased text the `/` filter matches against: id, title, body (key and full name), year.
  var filterText: String
}

/// The list's state: every row, what is shown after the filter and sort, and the selection.
struct ResolutionList: Hashable, Sendable {
  private(set) var allRows: [ListRow]
  private(set) var rows: [ListRow] = []
  /// Where each shown location is in `rows`, so selecting the open resolution costs no scan.
  private var rowIndex: [Location: Int] = [:]
  /// The widest id among all rows, so drawing never measures 100,000 ids per frame.
  private(set) var widestID = 0
  var showAbsent = false { didSet { update() } }
  var sort: ListSort = .date { didSet { update() } }
  var filter = "" { didSet { update() } }
  var selected = 0
  var scroll = 0

  init(snapshot: CorpusSnapshot) {
    allRows = Self.rows(of: snapshot)
    update()
  }

  /// Takes the rows of a newer revision, keeping the filter, sort, selected resolution and, as far as it can, the
  /// scroll position.
  mutating func replaceRows(with snapshot: CorpusSnapshot) {
    // Rows arriving above the selection must not move it on screen.
    let offset = selected - scroll
    allRows = Self.rows(of: snapshot)
    update()
    scroll = max(0, selected - offset)
  }

  private static func rows(of snapshot: CorpusSnapshot) -> [ListRow] {
    var rows: [ListRow] = []
    rows.reserveCapacity(snapshot.summaries.count)
    for (index, summary) in snapshot.summaries.enumerated() {
      let year = Self.sortYear(date: summary.adopted, id: summary.id)
      let title = summary.title ?? "(no title found)"
      rows.append(
        ListRow(
          location: .resolution(file: summary.file), id: summary.displayID, resolutionID: summary.id,
          body: summary.body?.key ?? "?", year: year.map(String.init) ?? "", title: title, date: summary.adopted,
          isAbsent: false, order: index,
          filterText: [
            summary.displayID, title, summary.body?.key ?? "", summary.body?.fullName ?? "",
            year.map(String.init) ?? "",
          ].joined(separator: "\n").lowercased()))
    }
    for (index, absent) in snapshot.absentSummaries.enumerated() {
      let year = Self.sortYear(date: absent.date, id: absent.id)
      let title = absent.subject ?? "(subject not given)"
      rows.append(
        ListRow(
          location: .absent(absent.id), id: absent.id.description, resolutionID: absent.id, body: absent.id.body.key,
          year: year.map(String.init) ?? "", title: title, date: absent.date, isAbsent: true,
          order: snapshot.summaries.count + index,
          filterText: [
            absent.id.description, title, absent.id.body.key, absent.id.body.fullName, year.map(String.init) ?? "",
            "absent",
          ].joined(separator: "\n").lowercased()))
    }
    return rows
  }

  /// The year a row is listed and sorted under: its date's, else the year its number states (`1992/22`). A GA
  /// session number (`55/64`) is not taken for a year: a file numbered 99/1 is not from 2044.
  static func sortYear(date: CalendarDate?, id: ResolutionID?) -> Int? {
    if let date { return date.year }
    guard let id, let year = id.impliedYear, let head = Int(id.number.prefix { $0.isNumber }), head >= 1900 else {
      return nil
    }
    return year
  }

  var selectedRow: ListRow? { rows.indices.contains(selected) ? rows[selected] : nil }

  /// Selects the row for `location`, if shown.
  mutating func select(_ location: Location) {
    if let index = rowIndex[location] { selected = index }
  }

  mutating func move(by delta: Int) { selected = ListScrolling.moved(selected, by: delta, count: rows.count) }

  /// Keeps the selection in view for a list `visibleRows` rows tall.
  mutating func reveal(visibleRows: Int) {
    scroll = ListScrolling.revealing(selected, scroll: scroll, visible: visibleRows, count: rows.count)
  }

  private mutating func update() {
    let previous = selectedRow?.location
    let query = filter.lowercased()
    var shown = allRows.filter { (showAbsent || !$0.isAbsent) && (query.isEmpty || $0.filterText.contains(query)) }
    switch sort {
    case .date:
      // By the year shown, then by date within it (a year known only from the number after that year's dates).
      shown.sort { lhs, rhs in
        switch (Int(lhs.year), Int(rhs.year)) {
        case (let l?, let r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (lhs.date, rhs.date) {
        case (let l?, let r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.order < rhs.order
        }
      }
    case .id:
      shown.sort { lhs, rhs in
        switch (lhs.resolutionID, rhs.resolutionID) {
        case (let l?, let r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.order < rhs.order
        }
      }
    case .title:
      shown.sort { ($0.title.lowercased(), $0.order) < ($1.title.lowercased(), $1.order) }
    }
    rows = shown
    rowIndex = [:]
    rowIndex.reserveCapacity(rows.count)
    for (index, row) in rows.enumerated() where rowIndex[row.location] == nil { rowIndex[row.location] = index }
    widestID = rows.lazy.map(\.id.count).max() ?? 0
    selected = previous.flatMap { rowIndex[$0] } ?? 0
    scroll = min(scroll, max(0, rows.count - 1))
  }
}
