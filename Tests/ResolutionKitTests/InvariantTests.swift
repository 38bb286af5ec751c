import Foundation
import ResolutionKit
import Testing

/// The invariants the browser relies on (`ResolutionInvariants`), on the real corpus and on every input the fuzzer once
/// broke (`Fixtures/fuzz-regressions/`, one file per crash, named after what it found).
struct InvariantTests {
  static let regressionFolder: String = {
    var path = #filePath
    path = String(path[..<path.lastIndex(of: "/")!])
    return path + "/Fixtures/fuzz-regressions"
  }()

  @Test(arguments: 0..<Seeds.files.count)
  func seedsKeepTheInvariants(seed: Int) {
    #expect(ResolutionInvariants.violations(in: Seeds.parse(seed)) == [])
  }

  @Test func everyFuzzRegressionKeepsTheInvariants() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.regressionFolder).sorted()
    #expect(!names.isEmpty, "no regression inputs in \(Self.regressionFolder)")
    for name in names {
      let resolution = ResolutionParser().parse(Seeds.readFile(Self.regressionFolder + "/" + name), file: name)
      #expect(ResolutionInvariants.violations(in: resolution) == [], "\(name)")
    }
  }

  /// Two resolutions in one file (numbering restarts at 1): each paragraph keeps a reference of its own, the second
  /// run counted as `1-2`, `2-2`, … and footnotes and citations name the paragraph they are really in.
  @Test func restartedNumberingGivesDistinctReferences() {
    let twoTexts = Seeds.bytes(0) + Array("\n\n".utf8) + Seeds.bytes(2)
    let resolution = ResolutionParser().parse(twoTexts, file: "two.txt")
    let refs = resolution.operative.map(\.ref)
    #expect(Set(refs).count == refs.count, "\(refs)")
    #expect(refs.contains("1") && refs.contains("1-2"), "\(refs)")
    #expect(ResolutionInvariants.violations(in: resolution) == [])
  }
}
