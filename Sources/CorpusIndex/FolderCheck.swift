import Dispatch
import Foundation
import ResolutionKit

/// The freshness record beside an index (`index.sqlite.folders`): every folder of the corpus with its identity and
/// times, every file with its size and time, and the catalog's stamp, as they were when the index was last brought up
/// to date. A command checks the folder against it without reading the index's file table or listing any folder: one
/// `stat` per folder and one `fstatat` per file, relative to its folder, on every core, with no string made.
///
/// A folder whose time is unchanged holds the same names (adding, removing or renaming a name moves it; so does a
/// renamed subfolder, in its parent), and a file edited in place is caught by its own size and time. Anything that
/// differs, or a record that does not belong to this index (another generation, a rebuilt file), sends the update
/// down the full walk, which rewrites the record. Times within `racyWindow` of the walk are recorded as never
/// matching: a second change in the same clock tick would otherwise leave the time as recorded.
///
/// The record's own modification time says when every file was last found as recorded (set by each check that
/// compared them all, and to the walk's start when a walk writes it). A caller that accepts it (`resolute search`,
/// within its window) may then compare only the folders and the catalog: that sees files added, removed or renamed,
/// and files saved by writing a new file and renaming it over the old (what most editors do), but not a file
/// rewritten in place since; the caller says so.
struct FolderCheck {
  /// Seconds before the walk within which a recorded time is not trusted.
  static let racyWindow: Int64 = 2_000_000_000
  private static let magic = Array("RSLFOLD1".utf8)
  /// A time that no file or folder has: the entry never matches.
  private static let never: Int64 = -1

  /// The record's path for the index at `indexPath`.
  static func path(forIndex indexPath: String) -> String { indexPath + ".folders" }

  /// What identifies the index a record was written for: its file's inode and its generation.
  struct Owner: Equatable {
    var inode: UInt64
    var generation: Int64
  }

  static func owner(indexPath: String, generation: Int64) -> Owner? {
    var info = stat()
    guard stat(indexPath, &info) == 0 else { return nil }
    return Owner(inode: UInt64(info.st_ino), generation: generation)
  }

  /// Size, times and inode of the catalog (or all zero when there is none), following links.
  struct Stamp: Equatable {
    var size: Int64 = 0
    var modified: Int64 = 0
    var changed: Int64 = 0
    var inode: UInt64 = 0
  }

  static func stamp(_ path: String) -> Stamp {
    var info = stat()
    guard stat(path, &info) == 0 else { return Stamp() }
    return Stamp(
      size: Int64(info.st_size), modified: nanoseconds(info.st_mtim), changed: nanoseconds(info.st_ctim),
      inode: UInt64(info.st_ino))
  }

  static func catalogPath(root: String) -> String { IndexLocation.join(root, Catalog.defaultFileName) }

  /// The wall clock in nanoseconds since 1970, the clock file times are taken from.
  static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return nanoseconds(time)
  }

  private static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }

  // MARK: - Writing

  /// Writes the record of `listing` (taken from `walkStart` on, the catalog stamped as `catalog` before it was read)
  /// atomically; removes any old one and writes nothing when the listing cannot be checked this way (problems the walk
  /// found, a file that could not be indexed, a file outside the folders listed).
  static func write(
    _ listing: CorpusLoader.Listing, catalog: Stamp, walkStart: Int64, owner: Owner?, indexPath: String
  ) {
    let path = path(forIndex: indexPath)
    guard let owner, listing.walkWarnings == 0, listing.unreadable.isEmpty,
      let bytes = encode(listing, catalog: catalog, racyAfter: walkStart - racyWindow, owner: owner)
    else {
      remove(indexPath: indexPath)
      return
    }
    let temporary = path + ".tmp\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return remove(indexPath: indexPath) }
    let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    // Every file was compared as of the walk's start, not of this write.
    _ = futimens(descriptor, comparedTimes(walkStart))
    close(descriptor)
    if written != bytes.count || rename(temporary, path) != 0 {
      unlink(temporary)
      remove(indexPath: indexPath)
    }
  }

  static func remove(indexPath: String) { unlink(path(forIndex: indexPath)) }

  /// `UTIME_OMIT`, a macro Swift does not import: leaves that time as it is.
  static let omitTime = (1 << 30) - 2

  /// The times to set on the record: access time left alone, modification time `compared`.
  private static func comparedTimes(_ compared: Int64) -> [timespec] {
    [
      timespec(tv_sec: 0, tv_nsec: omitTime),
      timespec(tv_sec: Int(compared / 1_000_000_000), tv_nsec: Int(compared % 1_000_000_000)),
    ]
  }

  private static func encode(
    _ listing: CorpusLoader.Listing, catalog: Stamp, racyAfter: Int64, owner: Owner
  ) -> [UInt8]? {
    var folderIndex: [String: Int] = [:]
    for (index, folder) in listing.folders.enumerated() { folderIndex[folder.relative] = index }
    var out = magic
    func put(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
    func trusted(_ times: Int64...) -> Bool { times.allSatisfy { $0 < racyAfter } }
    put(owner.generation)
    put(Int64(bitPattern: owner.inode))
    put(catalog.size)
    put(trusted(catalog.modified, catalog.changed) ? catalog.modified : never)
    put(catalog.changed)
    put(Int64(bitPattern: catalog.inode))
    put(Int64(listing.folders.count))
    put(Int64(listing.files.count))
    var names: [UInt8] = []
    for folder in listing.folders {
      put(Int64(bitPattern: folder.device))
      put(Int64(bitPattern: folder.inode))
      put(trusted(folder.modified, folder.changed) ? folder.modified : never)
      put(folder.changed)
      put(Int64(names.count))
      names += Array(folder.relative.utf8) + [0]
    }
    for file in listing.files {
      let relative = Array(file.relative.utf8)
      let slash = relative.lastIndex(of: UInt8(ascii: "/"))
      let folder = slash.map { String(decoding: relative[..<$0], as: UTF8.self) } ?? ""
      guard let index = folderIndex[folder] else { return nil }
      put(Int64(file.size))
      put(trusted(file.modified) ? file.modified : never)
      put(Int64(index))
      put(Int64(names.count))
      names += relative[(slash.map { $0 + 1 } ?? 0)...] + [0]
    }
    put(Int64(names.count))
    out += names
    return out
  }

  // MARK: - Checking

  /// The number of files when the folder at `root` is exactly as recorded for the index `owner`, nil when anything
  /// differs or there is no usable record.
  static func unchangedFileCount(root: String, indexPath: String, owner: Owner?, threads: Int) -> Int? {
    unchanged(root: root, indexPath: indexPath, owner: owner, threads: threads, trustingFilesComparedWithin: nil)?
      .fileCount
  }

  /// What a check found when the folder is as recorded.
  struct Unchanged: Equatable {
    var fileCount: Int
    /// When every file was last compared (nanoseconds since 1970) if this check compared only the folders and the
    /// catalog, trusting that comparison; nil when it compared every file now.
    var filesComparedAt: Int64?

    /// How long ago every file was compared, when this check trusted that comparison.
    var secondsSinceFilesCompared: Double? { filesComparedAt.map { Double(FolderCheck.now() - $0) / 1e9 } }
  }

  /// The check, comparing only the folders and the catalog when every file was compared less than `window`
  /// nanoseconds ago (nil: always compare every file). A check that compared every file and found them as recorded
  /// sets the record's time to when it began.
  static func unchanged(
    root: String, indexPath: String, owner: Owner?, threads: @autoclosure () -> Int,
    trustingFilesComparedWithin window: Int64?
  ) -> Unchanged? {
    let start = now()
    guard let owner else { return nil }
    let descriptor = open(path(forIndex: indexPath), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    guard let (raw, compared) = map(descriptor) else { return nil }
    defer { munmap(UnsafeMutableRawPointer(mutating: raw.baseAddress), raw.count) }
    // A time in the future (a clock set back, a record touched by hand) is not trusted.
    let trusted = window.map { compared <= start && start - compared < $0 } ?? false
    // The cores are counted only for comparing files (ProcessInfo reads the cgroup's quota to count them).
    guard let count = check(raw, root: root, owner: owner, threads: trusted ? 1 : threads(), comparingFiles: !trusted)
    else {
      return nil
    }
    if trusted { return Unchanged(fileCount: count, filesComparedAt: compared) }
    // On the record that was read: one written meanwhile by another process keeps its own time.
    _ = futimens(descriptor, comparedTimes(start))
    return Unchanged(fileCount: count, filesComparedAt: nil)
  }

  /// The record mapped into memory, and its modification time. Mapped, not read: comparing only the folders touches
  /// the pages of the header and the folders' names, not the 9 MB of a record of 100,000 files. A record is never
  /// changed in place (a new one is renamed over it), so the mapping cannot shrink under the check.
  private static func map(_ descriptor: Int32) -> (UnsafeRawBufferPointer, Int64)? {
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return nil }
    let count = Int(info.st_size)
    guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != UnsafeMutableRawPointer(bitPattern: -1)
    else { return nil }
    return (UnsafeRawBufferPointer(start: address, count: count), nanoseconds(info.st_mtim))
  }

  private static func check(
    _ raw: UnsafeRawBufferPointer, root: String, owner: Owner, threads: Int, comparingFiles: Bool
  ) -> Int? {
    var offset = magic.count
    func next() -> Int64? {
      guard offset + 8 <= raw.count else { return nil }
      defer { offset += 8 }
      return Int64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int64.self))
    }
    guard raw.count > magic.count, raw.prefix(magic.count).elementsEqual(magic),
      next() == owner.generation, next().map({ UInt64(bitPattern: $0) }) == owner.inode
    else { return nil }
    guard let size = next(), let modified = next(), let changed = next(), let inode = next(),
      stamp(catalogPath(root: root))
        == Stamp(size: size, modified: modified, changed: changed, inode: UInt64(bitPattern: inode)),
      let folderCount = next().map(Int.init), let fileCount = next().map(Int.init), folderCount > 0, fileCount >= 0
    else { return nil }
    let foldersAt = offset
    let filesAt = foldersAt + folderCount * 40
    let namesAt = filesAt + fileCount * 32 + 8
    guard namesAt <= raw.count else { return nil }
    offset = filesAt + fileCount * 32
    guard let namesCount = next().map(Int.init), namesAt + namesCount == raw.count, namesCount > 0,
      raw[raw.count - 1] == 0
    else { return nil }
    let names = raw.baseAddress!.advanced(by: namesAt).assumingMemoryBound(to: CChar.self)
    func field(_ at: Int) -> Int64 { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: Int64.self)) }

    // Folders: opened (the files are stat'ed relative to them) and compared.
    var descriptors: [Int32] = []
    defer { for descriptor in descriptors { close(descriptor) } }
    let rootPath = root.isEmpty ? "." : root
    for index in 0..<folderCount {
      let at = foldersAt + index * 40
      let nameOffset = Int(field(at + 32))
      guard nameOffset >= 0, nameOffset < namesCount else { return nil }
      let relative = String(cString: names.advanced(by: nameOffset))
      let path = relative.isEmpty ? rootPath : IndexLocation.join(rootPath, relative)
      let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      descriptors.append(descriptor)
      var info = stat()
      guard fstat(descriptor, &info) == 0, UInt64(info.st_dev) == UInt64(bitPattern: field(at)),
        UInt64(info.st_ino) == UInt64(bitPattern: field(at + 8)), nanoseconds(info.st_mtim) == field(at + 16),
        nanoseconds(info.st_ctim) == field(at + 24)
      else { return nil }
    }

    guard comparingFiles else { return fileCount }
    // Files: one fstatat each, split over the cores; each worker writes only its own slot.
    let workers = max(1, min(threads, fileCount / 2_000 + 1))
    let results = UnsafeMutableBufferPointer<Bool>.allocate(capacity: workers)
    results.initialize(repeating: false)
    defer { results.deallocate() }
    let shared = Shared(raw: raw, names: names, namesCount: namesCount, descriptors: descriptors, results: results)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let lower = fileCount * worker / workers, upper = fileCount * (worker + 1) / workers
      var info = stat()
      var done = (entry: filesAt + lower * 32, name: -1)
      for index in lower..<upper {
        let at = filesAt + index * 32
        let folder = Int(shared.field(at + 16)), nameOffset = Int(shared.field(at + 24))
        guard folder >= 0, folder < shared.descriptors.count, nameOffset >= 0, nameOffset < shared.namesCount,
          fstatat(shared.descriptors[folder], shared.names.advanced(by: nameOffset), &info, 0) == 0,
          info.st_mode & S_IFMT == S_IFREG, Int64(info.st_size) == shared.field(at),
          nanoseconds(info.st_mtim) == shared.field(at + 8)
        else { return }
        if done.name < 0 { done.name = namesAt + nameOffset }
        if (index - lower) % Self.filesPerRelease == Self.filesPerRelease - 1 {
          shared.release(from: done.entry, to: at)
          shared.release(from: done.name, to: namesAt + nameOffset)
          done = (at, namesAt + nameOffset)
        }
      }
      shared.results[worker] = true
    }
    return results.allSatisfy { $0 } ? fileCount : nil
  }

  /// Files compared between two releases of the record's pages a worker has read.
  private static let filesPerRelease = 2_048

  /// What the workers read (immutable while they run) and their result slots.
  private struct Shared: @unchecked Sendable {
    let raw: UnsafeRawBufferPointer
    let names: UnsafePointer<CChar>
    let namesCount: Int
    let descriptors: [Int32]
    let results: UnsafeMutableBufferPointer<Bool>

    func field(_ at: Int) -> Int64 { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: Int64.self)) }

    /// Unmaps the whole pages of bytes `start..<end` of the record from the process (they stay in the page cache):
    /// mapped pages count as the browser's own memory, and a record of 100,000 files read to the end put 9 MB on
    /// its peak. A page read again (one shared with a neighbour's range) is simply read again from the file.
    func release(from start: Int, to end: Int) {
      let page = Int(getpagesize())
      let first = start / page * page, last = end / page * page
      guard let base = raw.baseAddress, last > first else { return }
      _ = madvise(UnsafeMutableRawPointer(mutating: base + first), last - first, Int32(MADV_DONTNEED))
    }
  }
}
