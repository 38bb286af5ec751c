import Foundation

/// The lock file beside the database that lets one process at a time update an index; others only read.
/// `flock` locks are released by the kernel when the process dies, so a crash never leaves the index locked.
final class IndexLock: @unchecked Sendable {
  let path: String
  private var descriptor: Int32 = -1
  private let mutex = NSLock()

  init(path: String) {
    self.path = path
  }

  deinit { unlock() }

  /// Takes the lock without waiting; false when another process (or instance) holds it.
  func tryLock() throws(IndexError) -> Bool { try lock(waiting: false) }

  /// Takes the lock, waiting for whoever holds it.
  func lockWaiting() throws(IndexError) { _ = try lock(waiting: true) }

  private func lock(waiting: Bool) throws(IndexError) -> Bool {
    mutex.lock()
    defer { mutex.unlock() }
    if descriptor < 0 {
      descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else {
        throw .cacheNotWritable(folder: (path as NSString).deletingLastPathComponent, reason: String(cString: strerror(errno)))
      }
    }
    while flock(descriptor, waiting ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
      if errno == EINTR { continue }
      if errno == EWOULDBLOCK { return false }
      throw .writeFailed(path: path, reason: "cannot lock: \(String(cString: strerror(errno)))")
    }
    return true
  }

  func unlock() {
    mutex.lock()
    defer { mutex.unlock() }
    guard descriptor >= 0 else { return }
    flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }
}
