#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the loader needs, with failures as values so every problem can be reported, not thrown away.
enum FileSystem {
  /// What a path names.
  enum Kind: Sendable, Equatable {
    case file, directory, symbolicLink
    /// A FIFO, socket or device: never opened, since reading one could block or have side effects.
    case other(String)
  }

  struct Status: Sendable {
    var kind: Kind
    var device: UInt64
    var inode: UInt64
    var size: Int
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    /// Status change time (ctime) in nanoseconds since 1970: also moves on a rename, a `chmod` or a restored mtime.
    var changed: Int64 = 0
  }

  /// A failed call: the `errno` value and its message.
  struct Failure: Error, Sendable, CustomStringConvertible {
    var code: Int32
    var description: String

    init(code: Int32) {
      self.code = code
      description = String(cString: strerror(code))
    }

    init(code: Int32, description: String) {
      self.code = code
      self.description = description
    }

    var isMissing: Bool { code == ENOENT || code == ENOTDIR }
    var isLoop: Bool { code == ELOOP }
  }

  /// `stat` (following symbolic links) or `lstat`.
  static func status(_ path: String, followingLinks: Bool) -> Result<Status, Failure> {
    var info = stat()
    let result = followingLinks ? stat(path, &info) : lstat(path, &info)
    guard result == 0 else { return .failure(Failure(code: errno)) }
    let kind: Kind
    switch info.st_mode & S_IFMT {
    case S_IFREG: kind = .file
    case S_IFDIR: kind = .directory
    case S_IFLNK: kind = .symbolicLink
    case S_IFIFO: kind = .other("a named pipe (FIFO)")
    case S_IFSOCK: kind = .other("a socket")
    case S_IFCHR, S_IFBLK: kind = .other("a device")
    default: kind = .other("not a regular file")
    }
    #if canImport(Darwin)
      let time = info.st_mtimespec, change = info.st_ctimespec
    #else
      let time = info.st_mtim, change = info.st_ctim
    #endif
    return .success(
      Status(
        kind: kind, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
        modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
        changed: Int64(change.tv_sec) * 1_000_000_000 + Int64(change.tv_nsec)))
  }

  /// The names in a directory, without `.` and `..`, sorted so loading is deterministic.
  static func entries(of path: String) -> Result<[String], Failure> {
    guard let directory = opendir(path) else { return .failure(Failure(code: errno)) }
    defer { closedir(directory) }
    var names: [String] = []
    while true {
      errno = 0
      guard let entry = readdir(directory) else {
        if errno != 0 { return .failure(Failure(code: errno)) }
        break
      }
      let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
          String(cString: $0)
        }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names.sorted(by: bytesPrecede))
  }

  /// Byte order of the UTF-8 names, compared with `memcmp` on their own storage (a folder of 100,000 names is sorted
  /// on every command; comparing through the UTF-8 view a byte at a time cost more than listing it).
  static func bytesPrecede(_ left: String, _ right: String) -> Bool {
    var left = left, right = right
    return left.withUTF8 { a in
      right.withUTF8 { b in
        let common = min(a.count, b.count)
        let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
        return order != 0 ? order < 0 : a.count < b.count
      }
    }
  }

  /// The whole content of a regular file, up to `limit` bytes.
  static func readFile(_ path: String, limit: Int = CorpusLoader.fileSizeLimit) -> Result<[UInt8], Failure> {
    readBounded(path, limit: limit).map(\.bytes)
  }

  /// At most `limit` bytes of a regular file, and whether there was more. The type is checked on the open descriptor
  /// (a file replaced by a FIFO, a device or a link to `/dev/zero` since it was listed is refused, never read), and
  /// the open never blocks (`O_NONBLOCK`), so no path can hang a reader or fill its memory.
  static func readBounded(_ path: String, limit: Int) -> Result<(bytes: [UInt8], isCut: Bool), Failure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { return .failure(Failure(code: errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(Failure(code: errno)) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      return .failure(Failure(code: EINVAL, description: "not a regular file (a FIFO, device or socket), so not read"))
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(max(Int(info.st_size), 0), limit))
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while bytes.count <= limit {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(Failure(code: errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    guard bytes.count > limit else { return .success((bytes, false)) }
    // Cut at a line end near the limit when there is one, so no line (or UTF-8 sequence) is broken.
    var end = limit
    if let newline = bytes[max(0, limit - 4096)..<limit].lastIndex(of: 10) { end = newline + 1 }
    bytes.removeSubrange(end...)
    return .success((bytes, true))
  }

  /// The kernel's own tree `path` is in (`/proc`, `/sys`, `/dev`), by its canonical path, or nil: walking one reads
  /// without end (every process's files, files that never end), so it is never taken for a corpus.
  static func pseudoFileSystem(_ path: String) -> String? {
    guard let canonical = canonicalPath(path) else { return nil }
    for root in ["/proc", "/sys", "/dev"] where canonical == root || canonical.hasPrefix(root + "/") {
      return "inside \(root)"
    }
    return nil
  }

  /// The value of an environment variable, nil when unset or empty.
  static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
  }
}

extension FileSystem {
  /// The absolute path with links resolved, or nil when the path does not exist.
  static func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
