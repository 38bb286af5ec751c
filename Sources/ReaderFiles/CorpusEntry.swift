import Foundation
import ResoluteUI

/// One corpus's entry of the state file, read entry by entry: each mark and each visited place is decoded on its
/// own, and the raw JSON of every entry is kept so that unknown keys and entries this version cannot decode are
/// written back as they were.
struct CorpusEntry {
  private var marks: [String: StateJSON] = [:]
  private var recent: [StateJSON] = []
  private var other: [String: StateJSON] = [:]

  /// The key holding when a place was visited (seconds since 1970), which orders places from several writers.
  static let visitedKey = "at"

  init(_ json: StateJSON?) {
    guard var object = json?.object else { return }
    if case .object(let value)? = object["marks"] {
      marks = value
      object["marks"] = nil
    }
    if case .array(let value)? = object["recent"] {
      recent = value
      object["recent"] = nil
    }
    other = object
  }

  /// How many marks and places this version could not decode (kept, not shown).
  var undecodable: Int {
    marks.values.count { $0.decoded(as: SavedPlace.self) == nil }
      + recent.count { $0.decoded(as: SavedPlace.self) == nil }
  }

  /// What this version can read of the entry.
  var state: ReaderState {
    ReaderState(
      marks: marks.compactMapValues { $0.decoded(as: SavedPlace.self) },
      recent: recent.compactMap { $0.decoded(as: SavedPlace.self) })
  }

  var json: StateJSON {
    var object = other
    object["marks"] = .object(marks)
    object["recent"] = .array(recent)
    return .object(object)
  }

  /// A three-way merge of what this process has (`mine`) into what is on disk (this entry), given what it had when
  /// it last loaded or saved (`base`). Marks by name: a name this process changed takes its value (or goes, when it
  /// removed it); any other name keeps the file's. Places by recency: the places this process visited since `base`
  /// are stamped `now`; places it dropped are dropped; places another writer dropped stay dropped; one entry per
  /// location, the newest, at most `ReaderState.recentLimit`.
  mutating func merge(mine: ReaderState, base: ReaderState, now: Double) {
    for name in Set(mine.marks.keys).union(base.marks.keys) where mine.marks[name] != base.marks[name] {
      if let place = mine.marks[name] {
        // The same place already there keeps its raw JSON (and whatever a newer version added to it).
        if marks[name]?.decoded(as: SavedPlace.self) != place { marks[name] = StateJSON.encoding(place) }
      } else {
        marks[name] = nil
      }
    }

    // Places of `mine` that were already in `base` (a prefix in the same order: a visit only appends) and the new.
    var basePosition = base.recent.startIndex
    var newSince = mine.recent.count
    for (position, place) in mine.recent.enumerated() {
      guard let found = base.recent[basePosition...].firstIndex(of: place) else {
        newSince = position
        break
      }
      basePosition = found + 1
    }
    let dropped = Set(base.recent).subtracting(mine.recent)

    struct Visit {
      var place: SavedPlace?
      var raw: StateJSON
      var time: Double
    }
    var visits: [Visit] = []
    for (position, raw) in recent.enumerated() {
      let place = raw.decoded(as: SavedPlace.self)
      // Entries from before places were stamped are older than any stamped one, in their order.
      let time = raw.object?[Self.visitedKey]?.double ?? Double(position) * 1e-6
      // Dropped here since base: dropped. (Kept here but gone from the file: another writer dropped it, so it is
      // not added back.)
      if let place, dropped.contains(place) { continue }
      visits.append(Visit(place: place, raw: raw, time: time))
    }
    for (offset, place) in mine.recent[newSince...].enumerated() {
      let time = now + Double(offset) * 1e-6
      visits.removeAll { $0.place == place }
      visits.append(Visit(place: place, raw: Self.stamped(place, time), time: time))
    }

    // One entry per location, the newest; undecodable entries are kept as they are, first.
    var newest: [String: Visit] = [:]
    var unknown: [Visit] = []
    for visit in visits {
      guard let place = visit.place else {
        unknown.append(visit)
        continue
      }
      let key = Self.locationKey(place)
      if let other = newest[key], other.time >= visit.time { continue }
      newest[key] = visit
    }
    let ordered = newest.values.sorted { $0.time < $1.time }.suffix(ReaderState.recentLimit)
    recent = unknown.map(\.raw) + ordered.map(\.raw)
  }

  private static func stamped(_ place: SavedPlace, _ time: Double) -> StateJSON {
    guard case .object(var object)? = StateJSON.encoding(place) else { return .null }
    object[visitedKey] = .number(time)
    return .object(object)
  }

  /// A resolution's file, or an absent resolution's id: one visited place per location, as `ReaderState.visit` keeps.
  private static func locationKey(_ place: SavedPlace) -> String {
    if let file = place.file { return "file:" + file }
    return "absent:" + String(describing: place.absent)
  }
}
