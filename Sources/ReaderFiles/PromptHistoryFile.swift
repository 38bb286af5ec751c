import Foundation
import ResoluteUI

/// The lines entered at the prompts, for every corpus alike (`prompt-history.json` beside the state file), as a
/// shell's history. Saving takes the lock, reads the file again and merges: the lines this process entered since it
/// last loaded or saved are added as the newest, so two sessions never erase each other's history. The write is
/// atomic (`AtomicFile`); a file that cannot be read as a history is never overwritten.
public struct PromptHistoryFile: Sendable {
  public let path: String
  /// What this process last loaded or saved: the base that tells which lines it entered since.
  private let seen = SeenHistory()

  public init(path: String) { self.path = path }

  /// The history kept, empty when there is none (or it cannot be read: the problem is returned).
  public func load() -> (history: PromptHistory, problem: String?) {
    switch read() {
    case .success(let history):
      seen.set(history)
      return (history, nil)
    case .failure(let error):
      seen.set(PromptHistory())
      return (PromptHistory(), error.description)
    }
  }

  /// Merges `history` into the file under the lock and writes it atomically; returns what is now on disk.
  @discardableResult
  public func save(_ history: PromptHistory) throws(ReaderFileError) -> PromptHistory {
    let lock = try FileLock(path: path + ".lock")
    defer { lock.release() }
    var merged = try read().get()
    let base = seen.get()
    for (kind, lines) in history.lines {
      let before = base.lines[kind] ?? []
      // Lines are only ever appended (an old copy moving to the end): what follows the part still as it was loaded
      // is what this process entered.
      var common = 0
      while common < min(lines.count, before.count), lines[common] == before[common] { common += 1 }
      var kept = merged.lines[kind] ?? []
      for line in lines[common...] {
        kept.removeAll { $0 == line }
        kept.append(line)
      }
      if kept.count > PromptHistory.limit { kept.removeFirst(kept.count - PromptHistory.limit) }
      merged.lines[kind] = kept
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data: Data
    do {
      data = try encoder.encode(merged)
    } catch {
      throw .notWritable(path: path, reason: "\(error)")
    }
    try AtomicFile.write(Array(data) + [0x0A], to: path)
    seen.set(history)
    return merged
  }

  /// The file's history: empty when there is no file yet; an error when it exists but is not a history.
  private func read() -> Result<PromptHistory, ReaderFileError> {
    guard FileManager.default.fileExists(atPath: path) else { return .success(PromptHistory()) }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(.unreadable(path: path, reason: "cannot read it; not saved, so as not to overwrite it"))
    }
    guard let history = try? JSONDecoder().decode(PromptHistory.self, from: data) else {
      return .failure(.unreadable(path: path, reason: "not a prompt history; not saved, so as not to overwrite it"))
    }
    return .success(history)
  }
}

/// The history this process last saw. A reference so that copies of a `PromptHistoryFile` share it.
private final class SeenHistory: @unchecked Sendable {
  private let lock = NSLock()
  private var history = PromptHistory()

  func get() -> PromptHistory {
    lock.lock()
    defer { lock.unlock() }
    return history
  }

  func set(_ history: PromptHistory) {
    lock.lock()
    defer { lock.unlock() }
    self.history = history
  }
}
