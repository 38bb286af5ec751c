import Foundation

/// Writes a file so that a reader (or the next session, after a crash or SIGKILL at any moment) sees either the old
/// content or the new, never a mix: write a temporary file in the same folder, fsync it, rename it over the target,
/// fsync the folder so the rename itself survives a power cut.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String) throws(ReaderFileError) {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .notWritable(path: folder, reason: error.localizedDescription)
    }
    removeStaleTemporaries(of: path)
    // A fresh name, created exclusively and never through a link: a file or link planted under the name is never
    // written through (O_EXCL fails on it; O_NOFOLLOW refuses a link).
    var temporary = ""
    var descriptor: Int32 = -1
    for _ in 0..<100 {
      temporary = "\(path).tmp-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if descriptor >= 0 || errno != EEXIST { break }
    }
    guard descriptor >= 0 else { throw .notWritable(path: temporary, reason: lastError) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else {
        let reason = lastError
        close(descriptor)
        unlink(temporary)
        throw .notWritable(path: temporary, reason: reason)
      }
      offset += written
    }
    guard fsync(descriptor) == 0 else {
      let reason = lastError
      close(descriptor)
      unlink(temporary)
      throw .notWritable(path: temporary, reason: reason)
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let reason = lastError
      unlink(temporary)
      throw .notWritable(path: path, reason: reason)
    }
    let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// Temporaries left by a process killed mid-write (their process is gone): removed so they do not pile up.
  static func removeStaleTemporaries(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let prefix = (path as NSString).lastPathComponent + ".tmp-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) {
      // `<pid>-<random>` (or `<pid>` from earlier versions).
      let owner = name.dropFirst(prefix.count).split(separator: "-", maxSplits: 1).first ?? ""
      guard let pid = Int32(owner), pid != getpid() else { continue }
      if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
    }
  }

  private static var lastError: String { String(cString: strerror(errno)) }
}

/// Why the reader's files could not be read or written.
public enum ReaderFileError: Error, Sendable, CustomStringConvertible {
  case notWritable(path: String, reason: String)
  case unreadable(path: String, reason: String)

  public var description: String {
    switch self {
    case .notWritable(let path, let reason): "cannot write \(path): \(reason)"
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    }
  }
}
