import Foundation
import ResoluteUI

/// The reader's marks and visited places for every corpus, in one JSON file (`ReaderPaths.stateFile`):
/// `{"version": 1, "corpora": {"/abs/corpus": {"marks": {…}, "recent": […]}}}`.
///
/// Saving reads the file again under a lock and replaces only this corpus's entry, so two browsers on two corpora
/// never undo each other; the write itself is atomic (`AtomicFile`).
public struct StateFile: Sendable {
  public let path: String

  public init(path: String) { self.path = path }

  private struct Contents: Codable {
    var version = 1
    var corpora: [String: ReaderState] = [:]
  }

  /// The state kept for `corpus`: empty when there is none yet. A file that is not valid JSON is set aside as
  /// `state.json.invalid` (never lost) and the problem returned for the reader to see.
  public func load(corpus: String) -> (state: ReaderState, problem: String?) {
    switch readContents() {
    case .success(let contents): return (contents.corpora[corpus] ?? ReaderState(), nil)
    case .failure(let problem): return (ReaderState(), problem.description)
    }
  }

  /// Replaces `corpus`'s entry and writes the file atomically.
  public func save(_ state: ReaderState, corpus: String) throws(ReaderFileError) {
    let lock = try Lock(path: path + ".lock")
    defer { lock.release() }
    var contents: Contents
    switch readContents() {
    case .success(let read): contents = read
    case .failure: contents = Contents()
    }
    contents.corpora[corpus] = state
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data: Data
    do {
      data = try encoder.encode(contents)
    } catch {
      throw .notWritable(path: path, reason: "\(error)")
    }
    try AtomicFile.write(Array(data) + [0x0A], to: path)
  }

  private func readContents() -> Result<Contents, ReaderFileError> {
    guard FileManager.default.fileExists(atPath: path) else { return .success(Contents()) }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(.unreadable(path: path, reason: "permission denied or not a file"))
    }
    do {
      return .success(try JSONDecoder().decode(Contents.self, from: data))
    } catch {
      let aside = path + ".invalid"
      _ = try? FileManager.default.removeItem(atPath: aside)
      rename(path, aside)
      return .failure(.unreadable(path: path, reason: "not a state file (set aside as \(aside))"))
    }
  }

  /// An exclusive `flock` for the read-modify-write; the kernel releases it if the process dies.
  private struct Lock {
    let descriptor: Int32

    init(path: String) throws(ReaderFileError) {
      let folder = (path as NSString).deletingLastPathComponent
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw .notWritable(path: path, reason: String(cString: strerror(errno))) }
      while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
    }

    func release() {
      flock(descriptor, LOCK_UN)
      close(descriptor)
    }
  }
}

extension ReaderState {
  /// Files kept relative to the corpus folder, so the same corpus opened as `corpus` or `/home/me/corpus` shares its
  /// marks.
  public func relative(to root: String) -> ReaderState {
    mapFiles { file in
      let prefix = root.hasSuffix("/") ? root : root + "/"
      return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }
  }

  /// The inverse of `relative(to:)`: files as the corpus source lists them.
  public func resolved(against root: String) -> ReaderState {
    mapFiles { file in
      file.hasPrefix("/") ? file : (root.hasSuffix("/") ? root : root + "/") + file
    }
  }

  private func mapFiles(_ transform: (String) -> String) -> ReaderState {
    func map(_ place: SavedPlace) -> SavedPlace {
      var place = place
      place.file = place.file.map(transform)
      return place
    }
    return ReaderState(marks: marks.mapValues(map), recent: recent.map(map))
  }
}
