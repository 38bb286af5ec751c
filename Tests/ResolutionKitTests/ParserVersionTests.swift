import Foundation
import ResolutionKit
import Testing

/// `ResolutionParser.version` names what the parser makes of a file: an index made by another version reads every file
/// again. The digests below record each version's output (every field of every resolution, as `dump` writes it); a
/// change to the output under an old version number fails here, so a stale index is never kept after an upgrade.
@Suite struct ParserVersionTests {
  /// The output on the bundled corpus and the layout fixtures, by version.
  static let bundledDigests: [Int: String] = [
    2: "79e712dc19876a97-6a2aeba44fa4f8da", 3: "79e712dc19876a97-6a2aeba44fa4f8da",
  ]
  /// The output on ../shared/real/ga80, by version (checked where the folder is present).
  static let ga80Digests: [Int: String] = [2: "2189d1bbe185d5f2", 3: "432130c293331610"]

  /// FNV-1a over the dumps of the files' resolutions, in name order.
  static func digest(folder: String) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    var hash = FNV1a.offsetBasis
    for name in names {
      var text = ""
      dump(ResolutionParser().parse(Seeds.readFile(folder + "/" + name), file: name), to: &text)
      for byte in text.utf8 { hash = FNV1a.step(hash, byte) }
    }
    return String(hash, radix: 16)
  }

  static func failure(_ what: String, _ digest: String) -> Comment {
    """
    the parser's output on \(what) is not what version \(ResolutionParser.version) recorded: if the change is meant, \
    raise ResolutionParser.version (unless this change already did) and record "\(digest)" for the new version in \
    ParserVersionTests, with the digests of the other folders
    """
  }

  @Test func theVersionNamesTheOutputOnTheBundledFiles() throws {
    let digest = try Self.digest(folder: Seeds.corpusFolder) + "-" + Self.digest(folder: LayoutFixtureTests.folder)
    #expect(Self.bundledDigests[ResolutionParser.version] == digest, Self.failure("the bundled corpus", digest))
  }

  @Test(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
  func theVersionNamesTheOutputOnTheRealResolutions() throws {
    let digest = try Self.digest(folder: GA80.folder)
    #expect(Self.ga80Digests[ResolutionParser.version] == digest, Self.failure("../shared/real/ga80", digest))
  }
}
