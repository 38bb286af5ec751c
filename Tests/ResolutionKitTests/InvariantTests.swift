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

  /// Footnote numbering that restarts on a page (the fuzzer's find, and some PDF text layers): the second footnote 1
  /// is `fn1-2`, its citation sits in it, and the marker after it leads to it.
  @Test func restartedFootnoteNumberingGivesDistinctReferences() throws {
    let text = """
      Resolution 2004/99

      The Economic and Social Council,

      Recalling General Assembly resolution 55/25,¹

      1. Decides to consider the question further;

      ¹ General Assembly resolution 55/2, para. 9.

      2. Requests the Secretary-General to report, in line with the resolution of the Council,¹ next year;

      ¹ Security Council resolution 1325 (2000).
      """
    let resolution = ResolutionParser().parse(Array(text.utf8), file: "pages.txt")
    let refs = resolution.footnoteTexts.map(\.ref)
    #expect(refs == ["fn1", "fn1-2"])
    #expect(ResolutionInvariants.violations(in: resolution) == [])
    #expect(resolution.footnotes.map(\.textRef) == ["fn1", "fn1-2"])
    let inSecond = resolution.citations.filter { $0.ref == "fn1-2" }.map(\.target?.description)
    #expect(inSecond == ["SC 1325 (2000)"])
    let second = "fn1-2"
    #expect(ParagraphRef(second)?.description == second)
    #expect(resolution.ref(named: "footnote 1-2") == "fn1-2")
  }
}
