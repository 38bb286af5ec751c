/// A file of the corpus as it is on disk, for the browser's view-source page (`\`): its lines as read (invalid UTF-8
/// repaired, nothing else changed: callers make control characters visible), at most the per-file limit of it.
public struct RawSourceText: Hashable, Sendable {
  /// The lines without their line feeds (a CR of a CRLF line is kept: it is in the file).
  public var lines: [String]
  /// True when the file is larger than the limit and only its first part was read.
  public var isCut: Bool

  /// Reads `file`, at most `limit` bytes, refusing what is not a regular file as the corpus loader does.
  public static func read(
    file: String, limit: Int = CorpusLoader.fileSizeLimit
  ) -> Result<RawSourceText, RawSourceError> {
    switch FileSystem.readBounded(file, limit: limit) {
    case .failure(let failure):
      return .failure(RawSourceError(file: file, reason: failure.description))
    case .success(let read):
      var lines = read.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
      // A final line feed ends the last line; it does not start another.
      if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
      return .success(RawSourceText(lines: lines, isCut: read.isCut))
    }
  }
}

/// Why a file's raw text could not be read.
public struct RawSourceError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var reason: String
  public var description: String { "\(file): cannot read it (\(reason))" }
}
