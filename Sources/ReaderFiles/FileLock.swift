import Foundation

/// An exclusive `flock` on a lock file beside the file it guards, held from `init` to `release()`: writers that read,
/// merge and write under it never erase each other's changes. Waits for the lock (interrupted waits are resumed).
struct FileLock {
  let descriptor: Int32

  init(path: String) throws(ReaderFileError) {
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
    guard descriptor >= 0 else { throw .notWritable(path: path, reason: String(cString: strerror(errno))) }
    while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
  }

  func release() {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
