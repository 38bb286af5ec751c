import Testing

@testable import ResolutionKit

/// The made-up files in `Fixtures/layouts`, one per header layout, read by the real loader as a user's folder: the
/// facts below were written down by hand from the texts.
@Suite struct LayoutFixtureTests {
  static let folder: String = {
    var path = #filePath
    path = String(path[..<path.lastIndex(of: "/")!])
    return path + "/Fixtures/layouts"
  }()

  struct Expected: Sendable, CustomStringConvertible {
    var file: String
    var id: String?
    var body: Body?
    var adopted: String?
    var title: String?
    var operative: Int
    var description: String { file }
  }

  static let expected: [Expected] = [
    Expected(file: "official-markdown-79-12.md", id: "GA 79/12", body: .ga, adopted: "2024-12-04",
      title: "Responsibility of international organizations", operative: 2),
    Expected(file: "pdf-text-layer-78-215.txt", id: "GA 78/215", body: .ga, adopted: "2023-12-19",
      title: "Protection of global climate for present and future generations", operative: 2),
    Expected(file: "flattened-header-62-11.txt", id: "GA 62/11", body: .ga, adopted: "2007-11-26",
      title: "Sport for peace and development: building a peaceful world through sport and the Olympic ideal", operative: 2),
    Expected(file: "old-web-copy-51-210.txt", id: "GA 51/210", body: .ga, adopted: "1996-12-17",
      title: "Measures to eliminate international terrorism", operative: 2),
    Expected(file: "citation-header-in-title-47-91.txt", id: "GA 47/91", body: .ga, adopted: "1992-12-16",
      title: "Measures to eliminate international terrorism", operative: 2),
    Expected(file: "record-code-glued-1995-15.txt", id: "ECOSOC 1995/15", body: .ecosoc, adopted: "1995-07-24",
      title: "Strengthening cooperation on rural water supply", operative: 2),
    Expected(file: "broken-spacing-1999-21.txt", id: "ECOSOC 1999/21", body: .ecosoc, adopted: "1999-07-23",
      title: nil, operative: 2),
    Expected(file: "ecosoc-pdf-2023-5.txt", id: "ECOSOC 2023/5", body: .ecosoc, adopted: "2023-06-07",
      title: "Promoting care and support systems for social development", operative: 1),
    Expected(file: "human-rights-council-flattened-51-12.txt", id: "HRC 51/12", body: .hrc, adopted: "2022-10-06",
      title: "The right to development", operative: 1),
    Expected(file: "security-council-1325.txt", id: "SC 1325 (2000)", body: .sc, adopted: "2000-10-31", title: nil,
      operative: 2),
    Expected(file: "security-council-pdf-2334.txt", id: "SC 2334 (2016)", body: .sc, adopted: "2016-12-23", title: nil,
      operative: 2),
    Expected(file: "security-council-old-web-1244.txt", id: "SC 1244 (1999)", body: .sc, adopted: "1999-06-10",
      title: nil, operative: 2),
    Expected(file: "security-council-early-27.txt", id: "SC 27 (1947)", body: .sc, adopted: "1947-08-01", title: nil,
      operative: 1),
    Expected(file: "web-page-chrome.txt", id: nil, body: .ga, adopted: nil,
      title: "Improving the situation of women in rural areas", operative: 2),
    Expected(file: "emergency-session-es-10-2.txt", id: "GA ES-10/2", body: .ga, adopted: nil,
      title: "Illegal Israeli actions in Occupied East Jerusalem and the rest of the Occupied Palestinian Territory",
      operative: 1),
  ]

  @Test func everyFixtureGivesItsFacts() throws {
    let corpus = try CorpusLoader.load(path: Self.folder)
    for want in Self.expected {
      let r = try #require(corpus.resolutions.first { $0.file.hasSuffix("/" + want.file) }, "\(want.file) not loaded")
      #expect(r.id?.description == want.id, "\(want.file)\n\(dump(r))")
      #expect(r.body == want.body, "\(want.file)")
      #expect(r.adopted?.iso == want.adopted, "\(want.file)\n\(dump(r))")
      #expect(r.title == want.title, "\(want.file)\n\(dump(r))")
      #expect(r.operative.count == want.operative, "\(want.file)\n\(dump(r))")
    }
  }

  @Test func citationsAcrossTheFixturesResolve() throws {
    let corpus = try CorpusLoader.load(path: Self.folder)
    let citing = try #require(corpus.resolutions.first { $0.id?.description == "GA 56/1" })
    let targets = citing.citations.map { "\($0.kind.rawValue) \($0.target?.description ?? "nil")" }
    #expect(
      targets == [
        "resolution GA ES-10/2", "resolution SC 1645 (2005)", "resolution SC 1947 (2010)", "decision GA decision 55/488",
        "resolution GA 49/75 E",
      ])
    #expect(citing.citations.first?.resolved?.hasSuffix("emergency-session-es-10-2.txt") == true)
    // The emergency session file cites only the resolution before it, never itself.
    let emergency = try #require(corpus.resolutions.first { $0.id?.description == "GA ES-10/2" })
    #expect(emergency.citations.compactMap(\.target?.description) == ["GA ES-10/1"])
  }
}
