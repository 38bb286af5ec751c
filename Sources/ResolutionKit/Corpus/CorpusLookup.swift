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
    let trimmed = query.trimmingSpaces
    if let id = ResolutionID(trimmed) {
      let matches = resolutions.filter {
        guard let candidate = $0.id else { return false }
        return candidate.body == id.body && Self.normalizedNumber(candidate.number) == Self.normalizedNumber(id.number)
      }
      if let first = matches.first { return .found(first, alsoMatching: Array(matches.dropFirst())) }
    }
    let lowered = trimmed.lowercased()
    let byFile: [(Resolution) -> Bool] = [
      { $0.file == trimmed },
      { self.relativePath(of: $0) == trimmed },
      { $0.displayID.lowercased() == lowered },
      { Self.lastComponent($0.file) == trimmed },
      { Self.withoutExtension(Self.lastComponent($0.file)) == trimmed },
    ]
    for matches in byFile {
      let found = resolutions.filter(matches)
      if let first = found.first { return .found(first, alsoMatching: Array(found.dropFirst())) }
    }
    if let canonical = FileSystem.canonicalPath(trimmed),
      let match = resolutions.first(where: { FileSystem.canonicalPath($0.file) == canonical })
    {
      return .found(match, alsoMatching: [])
    }
    return .notFound(suggestions: suggestions(for: trimmed))
  }

  /// The path of the resolution's file inside the corpus folder (`sub/x.txt`).
  public func relativePath(of resolution: Resolution) -> String {
    let prefix = root == "." ? "" : (root.hasSuffix("/") ? root : root + "/")
    return resolution.file.hasPrefix(prefix) ? String(resolution.file.dropFirst(prefix.count)) : resolution.file
  }

  /// Ids and file names close to `query`, best first, at most five.
  func suggestions(for query: String) -> [String] {
    let lowered = query.lowercased()
    let queryNumber = ResolutionID(query).map { Self.normalizedNumber($0.number) }
    var scored: [(score: Int, name: String)] = []
    for resolution in resolutions {
      let names = [resolution.id?.description, Self.lastComponent(resolution.file)].compactMap { $0 }
      for name in names {
        let candidate = name.lowercased()
        var score = Self.editDistance(lowered, candidate)
        if let queryNumber, let number = resolution.number, Self.normalizedNumber(number) == queryNumber { score = 0 }
        if !lowered.isEmpty && (candidate.contains(lowered) || lowered.contains(candidate)) { score = min(score, 1) }
        if score <= max(2, lowered.count / 3) { scored.append((score, name)) }
      }
    }
    var seen: Set<String> = []
    return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.map(\.name)
      .filter { seen.insert($0).inserted }.prefix(5).map { $0 }
  }

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
