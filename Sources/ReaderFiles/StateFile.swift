import Foundation
import ResoluteUI

/// The reader's marks and visited places for every corpus, in one JSON file (`ReaderPaths.stateFile`):
/// `{"version": 1, "corpora": {"/abs/corpus": {"marks": {…}, "recent": [{…, "at": 1764400000.5}]}}}`.
///
/// The file is read entry by entry: an entry this version cannot decode, a key it does not know, a corpus it is not
/// saving and a `version` above its own are all written back as they were. Saving takes a lock, reads the file again
/// and merges (marks by name, places by the time they were visited), so two browsers and the CLI never erase each
/// other's changes; the write itself is atomic (`AtomicFile`). A file that cannot be read is never overwritten, and a
/// file that is not JSON at all is set aside under a name no later event reuses before a new one is written.
public struct StateFile: Sendable {
  public let path: String
  /// What this process last loaded or saved for each corpus: the base of the three-way merge, so that a mark this
  /// process removed is removed, and a mark another process set meanwhile is kept.
  private let seen = SeenStates()

  public init(path: String) { self.path = path }

  public static let version = 1

  /// The state kept for `corpus`: empty when there is none yet. Never changes the file (not even a broken one); the
  /// problem, if any, is returned for the reader to see.
  public func load(corpus: String) -> (state: ReaderState, problem: String?) {
    switch read() {
    case .success(let contents):
      let entry = CorpusEntry(contents.corpora[corpus])
      seen.set(entry.state, for: corpus)
      let problem = entry.undecodable == 0 ? nil
        : "\(path): \(entry.undecodable) saved place(s) this version cannot read were kept as they are"
      return (entry.state, problem)
    case .failure(let problem):
      return (ReaderState(), problem.description)
    }
  }

  /// Merges `state` into `corpus`'s entry under the lock and writes the file atomically; returns the merged state
  /// (what is now on disk for `corpus`, with what other processes saved meanwhile).
  @discardableResult
  public func save(_ state: ReaderState, corpus: String) throws(ReaderFileError) -> ReaderState {
    let target = try writableTarget()
    let lock = try FileLock(path: path + ".lock")
    defer { lock.release() }
    var contents: Contents
    switch read(at: target) {
    case .success(let read): contents = read
    case .failure(.notJSON):
      // Kept under a fresh name (never replacing an earlier one), then started again.
      _ = try setAside(target)
      contents = Contents()
    case .failure(let problem):
      throw .unreadable(path: path, reason: "\(problem.reason); not saved, so as not to overwrite it")
    }
    // With no entry on disk for the corpus (a new file, or one just set aside), everything this process has is new.
    let base = contents.corpora[corpus] == nil ? ReaderState() : seen.get(corpus) ?? ReaderState()
    var entry = CorpusEntry(contents.corpora[corpus])
    entry.merge(mine: state, base: base, now: Date().timeIntervalSince1970)
    contents.corpora[corpus] = entry.json
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data: Data
    do {
      data = try encoder.encode(contents.json)
    } catch {
      throw .notWritable(path: path, reason: "\(error)")
    }
    try AtomicFile.write(Array(data) + [0x0A], to: target)
    seen.set(state, for: corpus)
    return entry.state
  }

  // MARK: Reading

  private enum ReadProblem: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notJSON(path: String)

    var reason: String {
      switch self {
      case .unreadable(_, let reason): reason
      case .notJSON: "not a state file"
      }
    }

    var description: String {
      switch self {
      case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
      case .notJSON(let path): "\(path) is not a state file (it is kept; the next save sets it aside)"
      }
    }
  }

  /// The file's top level: `version` and `corpora`, anything else kept.
  private struct Contents {
    var version = StateFile.version
    var corpora: [String: StateJSON] = [:]
    var other: [String: StateJSON] = [:]

    init() {}

    init?(_ json: StateJSON) {
      guard var object = json.object else { return nil }
      if let number = object.removeValue(forKey: "version")?.double { version = max(Int(number), StateFile.version) }
      switch object.removeValue(forKey: "corpora") {
      case .object(let value)?: corpora = value
      case nil: break
      case let value?: other["corpora"] = value  // Not a shape this version knows: kept, not used.
      }
      other.merge(object) { first, _ in first }
    }

    var json: StateJSON {
      var object = other
      object["version"] = .integer(Int64(version))
      object["corpora"] = .object(corpora)
      return .object(object)
    }
  }

  private func read(at target: String? = nil) -> Result<Contents, ReadProblem> {
    let file = target ?? (try? resolvedPath()) ?? path
    let descriptor = open(file, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if descriptor < 0 {
      if errno == ENOENT { return .success(Contents()) }
      return .failure(.unreadable(path: file, reason: String(cString: strerror(errno))))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      return .failure(.unreadable(path: file, reason: "not a regular file"))
    }
    guard status.st_size <= Self.sizeLimit else {
      return .failure(.unreadable(path: file, reason: "larger than \(Self.sizeLimit / 1_048_576) MB"))
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count < 0 { return .failure(.unreadable(path: file, reason: String(cString: strerror(errno)))) }
      if count == 0 { break }
      bytes += buffer[0..<count]
      if bytes.count > Self.sizeLimit {
        return .failure(.unreadable(path: file, reason: "larger than \(Self.sizeLimit / 1_048_576) MB"))
      }
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .success(Contents()) }
    guard let json = try? JSONDecoder().decode(StateJSON.self, from: Data(bytes)), let contents = Contents(json) else {
      return .failure(.notJSON(path: file))
    }
    return .success(contents)
  }

  /// A state file is small; one above this is not read whole (and not overwritten).
  static let sizeLimit = 64 * 1_048_576

  // MARK: Where to write

  /// The file to write: `path`, or the file it links to when it is a link the reader made (owned by them) to a
  /// regular file of theirs. Any other link is refused rather than silently replaced by a file.
  private func writableTarget() throws(ReaderFileError) -> String {
    do {
      return try resolvedPath()
    } catch let problem {
      throw problem
    }
  }

  private func resolvedPath() throws(ReaderFileError) -> String {
    var status = stat()
    guard lstat(path, &status) == 0 else { return path }
    guard (status.st_mode & S_IFMT) == S_IFLNK else { return path }
    guard status.st_uid == getuid() else {
      throw .notWritable(path: path, reason: "it is a link owned by another user; remove it or link it yourself")
    }
    guard let resolved = realpath(path, nil) else {
      throw .notWritable(path: path, reason: "it is a link to a file that does not exist")
    }
    defer { free(resolved) }
    let target = String(cString: resolved)
    var targetStatus = stat()
    guard stat(target, &targetStatus) == 0, (targetStatus.st_mode & S_IFMT) == S_IFREG,
      targetStatus.st_uid == getuid()
    else {
      throw .notWritable(path: path, reason: "it links to \(target), which is not a regular file of this user")
    }
    return target
  }

  /// Moves a file that is not a state file to `<name>.invalid`, or `.invalid-2`, `-3`…: never over an earlier one.
  private func setAside(_ file: String) throws(ReaderFileError) -> String {
    for attempt in 1...10_000 {
      let aside = file + (attempt == 1 ? ".invalid" : ".invalid-\(attempt)")
      // link() fails when the name exists, so an earlier file set aside is never replaced.
      if link(file, aside) == 0 {
        unlink(file)
        return aside
      }
      if errno != EEXIST { throw .notWritable(path: aside, reason: String(cString: strerror(errno))) }
    }
    throw .notWritable(path: file, reason: "too many files set aside beside it")
  }

}

/// The states this process last saw, by corpus. A reference so that copies of a `StateFile` share it.
private final class SeenStates: @unchecked Sendable {
  private let lock = NSLock()
  private var states: [String: ReaderState] = [:]

  func get(_ corpus: String) -> ReaderState? {
    lock.lock()
    defer { lock.unlock() }
    return states[corpus]
  }

  func set(_ state: ReaderState, for corpus: String) {
    lock.lock()
    defer { lock.unlock() }
    states[corpus] = state
  }
}
