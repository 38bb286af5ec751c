/// The outcome of looking a resolution up by id or file.
public enum ResolutionLookup: Sendable {
  /// The first match, and any other files that match too (duplicate ids).
  case found(Resolution, alsoMatching: [Resolution])
  /// Nothing matched; the closest ids and file names, best first.
  case notFound(suggestions: [String])
}

extension Corpus {
  /// Finds a resolution by id (`GA 55/64`, `ga 55/64`, `A/RES/55/64`), by its list placeholder
  /// (`ECOSOC [file.txt]`), or by file: the stored path, the path inside the corpus folder, the file name with or
  /// without extension, or any path that names the same file.
  public func lookup(_ query: String) -> ResolutionLookup {
    switch SummaryLookup(root: root, summaries: resolutions.map(ResolutionSummary.init)).find(query) {
    case .found(let first, let others): .found(resolutions[first], alsoMatching: others.map { resolutions[$0] })
    case .notFound(let suggestions): .notFound(suggestions: suggestions)
    }
  }

  /// The path of the resolution's file inside the corpus folder (`sub/x.txt`).
  public func relativePath(of resolution: Resolution) -> String {
    SummaryLookup.relativePath(of: resolution.file, root: root)
  }
}

/// The outcome of looking a resolution up in a `CorpusSource`: files, not whole resolutions, so an index answers
/// without reading any text.
public enum SourceLookup: Sendable, Equatable {
  /// The first matching file, and any other files that match too (duplicate ids).
  case found(file: String, alsoMatching: [String])
  /// Nothing matched; the closest ids and file names, best first.
  case notFound(suggestions: [String])
}

/// The one lookup rule, over the list of a corpus (what `Corpus`, `LoadedCorpus` and the index all have).
public struct SummaryLookup: Sendable {
  public let root: String
  public let summaries: [ResolutionSummary]

  public init(root: String, summaries: [ResolutionSummary]) {
    self.root = root
    self.summaries = summaries
  }

  /// The match for `query` as files.
  public func lookup(_ query: String) -> SourceLookup {
    switch find(query) {
    case .found(let first, let others):
      .found(file: summaries[first].file, alsoMatching: others.map { summaries[$0].file })
    case .notFound(let suggestions): .notFound(suggestions: suggestions)
    }
  }

  /// What `find` returns: positions in `summaries`.
  public enum Match: Sendable {
    case found(Int, alsoMatching: [Int])
    case notFound(suggestions: [String])
  }

  /// Finds a resolution by id, list placeholder or file, as `Corpus.lookup` documents.
  public func find(_ query: String) -> Match {
    let trimmed = query.trimmingSpaces
    let positions = Array(summaries.indices)
    func found(_ matches: [Int]) -> Match? {
      matches.first.map { .found($0, alsoMatching: Array(matches.dropFirst())) }
    }
    if let id = ResolutionID(trimmed) {
      let matches = positions.filter {
        guard let candidate = summaries[$0].id else { return false }
        return candidate.body == id.body
          && Corpus.normalizedNumber(candidate.number) == Corpus.normalizedNumber(id.number)
      }
      if let match = found(matches) { return match }
    }
    let lowered = trimmed.lowercased()
    let byFile: [(ResolutionSummary) -> Bool] = [
      { $0.file == trimmed },
      { Self.relativePath(of: $0.file, root: root) == trimmed },
      { $0.displayID.lowercased() == lowered },
      { Corpus.lastComponent($0.file) == trimmed },
      { Corpus.withoutExtension(Corpus.lastComponent($0.file)) == trimmed },
    ]
    for matches in byFile {
      if let match = found(positions.filter { matches(summaries[$0]) }) { return match }
    }
    if let canonical = FileSystem.canonicalPath(trimmed),
      let match = positions.first(where: { FileSystem.canonicalPath(summaries[$0].file) == canonical })
    {
      return .found(match, alsoMatching: [])
    }
    return .notFound(suggestions: suggestions(for: trimmed))
  }

  /// The path of `file` inside the corpus folder `root` (`sub/x.txt`).
  public static func relativePath(of file: String, root: String) -> String {
    let prefix = root == "." ? "" : (root.hasSuffix("/") ? root : root + "/")
    return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
  }

  /// Ids and file names close to `query`, best first, at most five; one name per resolution (its id when the id is
  /// as close as its file name), so a resolution is not offered twice.
  func suggestions(for query: String) -> [String] {
    let lowered = query.lowercased()
    let queryNumber = ResolutionID(query).map { Corpus.normalizedNumber($0.number) }
    var scored: [(score: Int, name: String)] = []
    for summary in summaries {
      let names = [summary.id?.description, Corpus.lastComponent(summary.file)].compactMap { $0 }
      var best: (score: Int, name: String)?
      for name in names {
        let candidate = name.lowercased()
        var score = Corpus.editDistance(lowered, candidate)
        if let queryNumber, let number = summary.number, Corpus.normalizedNumber(number) == queryNumber { score = 0 }
        if !lowered.isEmpty && (candidate.contains(lowered) || lowered.contains(candidate)) { score = min(score, 1) }
        if score <= max(2, lowered.count / 3), score < best?.score ?? Int.max { best = (score, name) }
      }
      if let best { scored.append(best) }
    }
    var seen: Set<String> = []
    return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.map(\.name)
      .filter { seen.insert($0).inserted }.prefix(5).map { $0 }
  }
}

extension Corpus {
  /// The number as `ResolutionID`'s grammar spells it, so `155 c (vii)` finds `155 C (VII)`.
  static func normalizedNumber(_ number: String) -> String {
    ResolutionID.canonicalNumber(number) ?? number
  }

  static func lastComponent(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  static func withoutExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// Levenshtein distance over characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let left = Array(a), right = Array(b)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }
}
