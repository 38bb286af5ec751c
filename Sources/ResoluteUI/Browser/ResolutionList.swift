import ResolutionKit

/// How the list is ordered; `s` cycles through them.
public enum ListSort: String, Hashable, Sendable, CaseIterable {
  case date, id, title

  var next: ListSort {
    let all = ListSort.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}

/// What the list stores of a row: what sorting by date needs, the id shown, and where the row's texts are (its
/// position among the summaries, then the absent summaries, it was built from). The file, title and resolution id are
/// the summaries' own: rows holding copies took 9 MB at 100,000 rows where these take 3.
struct ListEntry: Hashable, Sendable {
  /// `GA 55/64`, or the placeholder naming body and file (short ids are stored inline in the string).
  var id: String
  /// The year the date sort uses (0 for none), and the date as yyyymmdd (0 for none).
  var packedYear: Int32
  var packedDate: Int32
  /// Corpus order, the tie-breaker of every sort: a present row's position among the summaries, an absent row's
  /// position among the absent summaries after them.
  var order: Int32
  var isAbsent: Bool

  init(id: String, sortYear: Int?, date: CalendarDate?, isAbsent: Bool, order: Int) {
    self.id = id
    self.isAbsent = isAbsent
    packedYear = Int32(clamping: sortYear ?? 0)
    packedDate = date.map { Int32(clamping: $0.year * 10_000 + $0.month * 100 + $0.day) } ?? 0
    self.order = Int32(clamping: order)
  }

  /// By the year shown, then by date within it (a year known only from the number after that year's dates), then
  /// corpus order.
  static func byDate(_ lhs: ListEntry, _ rhs: ListEntry) -> Bool {
    if lhs.packedYear != rhs.packedYear {
      if lhs.packedYear == 0 || rhs.packedYear == 0 { return rhs.packedYear == 0 }
      return lhs.packedYear < rhs.packedYear
    }
    if lhs.packedDate != rhs.packedDate {
      if lhs.packedDate == 0 || rhs.packedDate == 0 { return rhs.packedDate == 0 }
      return lhs.packedDate < rhs.packedDate
    }
    return lhs.order < rhs.order
  }
}

/// One row of the resolution list, made when asked for from a `ListEntry` and the summary it points to.
struct ListRow: Hashable, Sendable {
  private let entry: ListEntry
  /// The present resolution's file; nil for an absent one (its location is its id).
  private let file: String?
  let resolutionID: ResolutionID?
  /// The body the row is listed under, if known (`body` shows `?` without one).
  let bodyValue: Body?
  let title: String

  fileprivate init(entry: ListEntry, file: String?, resolutionID: ResolutionID?, bodyValue: Body?, title: String) {
    self.entry = entry
    self.file = file
    self.resolutionID = resolutionID
    self.bodyValue = bodyValue
    self.title = title
  }

  /// `GA 55/64`, or the placeholder naming body and file.
  var id: String { entry.id }
  var isAbsent: Bool { entry.isAbsent }
  /// Corpus order, the tie-breaker of every sort.
  var order: Int32 { entry.order }

  var location: Location {
    if let file { return .resolution(file: file) }
    guard let resolutionID else { preconditionFailure("an absent row is made with its id") }
    return .absent(resolutionID)
  }

  /// The year the date sort uses, shown as `year`.
  var sortYear: Int? { entry.packedYear == 0 ? nil : Int(entry.packedYear) }
  var date: CalendarDate? {
    let packed = entry.packedDate
    return packed == 0
      ? nil : CalendarDate(year: Int(packed / 10_000), month: Int(packed / 100 % 100), day: Int(packed % 100))
  }

  var body: String { bodyValue?.key ?? "?" }
  /// The year shown (empty when it has none).
  var year: String { sortYear.map(String.init) ?? "" }

  /// Lower-cased text the `/` filter matches against: id, title, body (key and full name), year. Built only when a
  /// filter is typed: at 100,000 rows, building it for every row at start cost more than the rest of the list.
  var filterText: String {
    var parts = [id, title, bodyValue?.key ?? "", bodyValue?.fullName ?? "", year]
    if isAbsent { parts.append("absent") }
    return parts.joined(separator: "\n").lowercased()
  }
}

/// Every row of the list: the entries, and the summaries they point to (the snapshot's arrays, shared, not copied).
struct ListRows: Hashable, Sendable {
  fileprivate var entries: [ListEntry] = []
  fileprivate var summaries: [ResolutionSummary] = []
  fileprivate var absent: [AbsentSummary] = []

  var count: Int { entries.count }
  var indices: Range<Int> { entries.indices }

  subscript(position: Int) -> ListRow {
    let entry = entries[position]
    if entry.isAbsent {
      let absent = absent[Int(entry.order) - summaries.count]
      return ListRow(
        entry: entry, file: nil, resolutionID: absent.id, bodyValue: absent.id.body, title: title(position))
    }
    let summary = summaries[Int(entry.order)]
    return ListRow(
      entry: entry, file: summary.file, resolutionID: summary.id, bodyValue: summary.body, title: title(position))
  }

  /// The title shown for the row at `position`, without making the row (the title sort asks it at every comparison).
  fileprivate func title(_ position: Int) -> String {
    let entry = entries[position]
    if entry.isAbsent { return absent[Int(entry.order) - summaries.count].subject ?? "(subject not given)" }
    return summaries[Int(entry.order)].title ?? "(no title found)"
  }

  /// The resolution id of the row at `position`, without making the row (the id sort asks it at every comparison).
  fileprivate func resolutionID(_ position: Int) -> ResolutionID? {
    let entry = entries[position]
    return entry.isAbsent ? absent[Int(entry.order) - summaries.count].id : summaries[Int(entry.order)].id
  }
}

/// The rows' filter texts, built on the first filter and kept while the rows stay: a cache, so it takes no part in
/// comparing lists.
struct FilterTexts: Hashable, Sendable {
  var texts: [String]?
  static func == (lhs: FilterTexts, rhs: FilterTexts) -> Bool { true }
  func hash(into hasher: inout Hasher) {}
}

/// The rows shown after the filter and sort, as positions among every row: at 100,000 rows a sorted copy of the rows
/// themselves took 14 MB more.
struct ShownRows: RandomAccessCollection, Hashable, Sendable {
  fileprivate var all = ListRows()
  fileprivate var positions: [Int32] = []

  var startIndex: Int { 0 }
  var endIndex: Int { positions.count }
  subscript(index: Int) -> ListRow { all[Int(positions[index])] }
}

/// The list's state: every row, what is shown after the filter and sort, and the selection.
struct ResolutionList: Hashable, Sendable {
  /// The present rows, then the absent ones once `showAbsent` has been on (until then they are not built: at
  /// 100,000 files tens of thousands of rows nobody has asked to see).
  private var allRows: ListRows
  private var absentRowsBuilt = false
  private var filterTexts = FilterTexts()
  private(set) var rows = ShownRows()
  /// Each present file's position among every row (the snapshot's table, shared), and each row's place in `rows` (-1
  /// when filtered out), so selecting the open resolution costs no scan. At 100,000 rows a map from every shown
  /// location to its place took 12 MB.
  private var fileRows: FilePositions
  private var shownAt: [Int32] = []
  /// The widest id among all rows, so drawing never measures 100,000 ids per frame.
  private(set) var widestID = 0
  var showAbsent = false { didSet { update() } }
  var sort: ListSort = .date { didSet { update() } }
  var filter = "" { didSet { update() } }
  var selected = 0
  var scroll = 0

  init(snapshot: CorpusSnapshot) {
    allRows = Self.rows(of: snapshot)
    fileRows = snapshot.filePositions
    update()
  }

  /// Takes the rows of a newer revision, keeping the filter, sort, selected resolution and, as far as it can, the
  /// scroll position.
  mutating func replaceRows(with snapshot: CorpusSnapshot) {
    // Rows arriving above the selection must not move it on screen.
    let offset = selected - scroll
    allRows = Self.rows(of: snapshot)
    fileRows = snapshot.filePositions
    absentRowsBuilt = false
    filterTexts = FilterTexts()
    update()
    scroll = max(0, selected - offset)
  }

  /// The rows of the present resolutions, in corpus order (the absent ones are added when first shown).
  private static func rows(of snapshot: CorpusSnapshot) -> ListRows {
    var entries: [ListEntry] = []
    entries.reserveCapacity(snapshot.summaries.count)
    for (index, summary) in snapshot.summaries.enumerated() {
      entries.append(
        ListEntry(
          id: summary.displayID, sortYear: Self.sortYear(date: summary.adopted, id: summary.id),
          date: summary.adopted, isAbsent: false, order: index))
    }
    return ListRows(entries: entries, summaries: snapshot.summaries, absent: snapshot.absentSummaries)
  }

  /// The entries of the absent resolutions, ordered after the present ones.
  private static func absentEntries(of rows: ListRows) -> [ListEntry] {
    rows.absent.enumerated().map { index, absent in
      ListEntry(
        id: absent.id.description, sortYear: Self.sortYear(date: absent.date, id: absent.id), date: absent.date,
        isAbsent: true, order: rows.summaries.count + index)
    }
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

  /// Whether a row for `location` is shown.
  func shows(_ location: Location) -> Bool { shownRow(location) != nil }

  /// Selects the row for `location`, if shown.
  mutating func select(_ location: Location) {
    if let index = shownRow(location) { selected = index }
  }

  /// Where the row of `location` is in `rows`, if shown.
  private func shownRow(_ location: Location) -> Int? {
    let position: Int?
    switch location {
    case .resolution(let file): position = fileRows[file].map(Int.init)
    case .absent(let id):
      // Absent rows follow the present ones; a scan, only when one is selected.
      position = allRows.indices.first { allRows.entries[$0].isAbsent && allRows.resolutionID($0) == id }
    default: position = nil
    }
    guard let position, shownAt.indices.contains(position), shownAt[position] >= 0 else { return nil }
    return Int(shownAt[position])
  }

  mutating func move(by delta: Int) { selected = ListScrolling.moved(selected, by: delta, count: rows.count) }

  /// Keeps the selection in view for a list `visibleRows` rows tall.
  mutating func reveal(visibleRows: Int) {
    scroll = ListScrolling.revealing(selected, scroll: scroll, visible: visibleRows, count: rows.count)
  }

  private mutating func update() {
    let previous = selectedRow?.location
    if showAbsent && !absentRowsBuilt {
      allRows.entries += Self.absentEntries(of: allRows)
      absentRowsBuilt = true
      filterTexts = FilterTexts()
    }
    let query = filter.lowercased()
    let all = allRows
    var shown: [Int32] = []
    shown.reserveCapacity(all.count)
    if query.isEmpty {
      for index in all.indices where showAbsent || !all.entries[index].isAbsent { shown.append(Int32(index)) }
    } else {
      if filterTexts.texts == nil { filterTexts.texts = all.indices.map { all[$0].filterText } }
      let texts = filterTexts.texts ?? []
      for index in all.indices where (showAbsent || !all.entries[index].isAbsent) && texts[index].contains(query) {
        shown.append(Int32(index))
      }
    }
    switch sort {
    case .date:
      // By the year shown, then by date within it (a year known only from the number after that year's dates).
      let entries = all.entries
      shown.sort { left, right in ListEntry.byDate(entries[Int(left)], entries[Int(right)]) }
    case .id:
      shown.sort { left, right in
        switch (all.resolutionID(Int(left)), all.resolutionID(Int(right))) {
        case (let l?, let r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return all.entries[Int(left)].order < all.entries[Int(right)].order
        }
      }
    case .title:
      shown.sort { left, right in
        let lhs = Int(left), rhs = Int(right)
        return (all.title(lhs).lowercased(), all.entries[lhs].order)
          < (all.title(rhs).lowercased(), all.entries[rhs].order)
      }
    }
    rows = ShownRows(all: all, positions: shown)
    shownAt = Array(repeating: -1, count: all.count)
    for (index, position) in shown.enumerated() { shownAt[Int(position)] = Int32(index) }
    widestID = shown.lazy.map { all.entries[Int($0)].id.count }.max() ?? 0
    selected = previous.flatMap(shownRow) ?? 0
    scroll = min(scroll, max(0, rows.count - 1))
  }
}
