import ResolutionKit

/// Each listed file's position among the summaries (the first, when a path is listed twice): an open-addressed table
/// of positions whose keys are the summaries' own paths. A `[String: Int32]` of 100,000 paths took 5 MB (its buckets
/// hold a copy of every key's string header); this takes 1 MB.
struct FilePositions: Hashable, Sendable {
  private let summaries: [ResolutionSummary]
  /// Position + 1 at the slot of a file's hash or the first free one after it; 0 is a free slot. Kept at most half
  /// full, so a lookup looks at one or two slots.
  private let slots: [Int32]

  init(_ summaries: [ResolutionSummary]) {
    var capacity = 16
    while capacity < summaries.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: 0, count: capacity)
    let mask = capacity - 1
    for (position, summary) in summaries.enumerated() {
      var slot = summary.file.hashValue & mask
      while slots[slot] != 0 && summaries[Int(slots[slot]) - 1].file != summary.file { slot = (slot + 1) & mask }
      if slots[slot] == 0 { slots[slot] = Int32(position + 1) }
    }
    self.summaries = summaries
    self.slots = slots
  }

  /// The position of `file` (a path exactly as listed), if listed.
  subscript(file: String) -> Int32? {
    let mask = slots.count - 1
    var slot = file.hashValue & mask
    while slots[slot] != 0 {
      let position = slots[slot] - 1
      if summaries[Int(position)].file == file { return position }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Derived from the summaries: equal when they are (the very same array is compared at once).
  static func == (lhs: FilePositions, rhs: FilePositions) -> Bool { lhs.summaries == rhs.summaries }
  func hash(into hasher: inout Hasher) { hasher.combine(summaries.count) }
}
