import Foundation
import Testing

@testable import ResolutionKit

/// The seeds' citations, written down by hand in `Fixtures/citations-seeds.json`, against what the real loader finds in
/// the real corpus (parser, loader, `CitationResolution.resolve`).
@Suite("Citation fixture")
struct CitationFixtureTests {
  /// One citation as the fixture writes it.
  struct Expected: Decodable, Hashable, CustomStringConvertible {
    var file: String
    var ref: String
    var line: Int
    var kind: String
    var text: String
    var target: String?
    var pinpoint: String?
    var date: String?
    var subject: String?

    var description: String {
      "\(file) \(ref)@\(line) \(kind) \"\(text)\" -> \(target ?? "nil") [\(pinpoint ?? "-")] \(date ?? "-") \(subject ?? "-")"
    }
  }

  static let fixturePath: String = {
    var path = #filePath
    path = String(path[..<path.lastIndex(of: "/")!])
    return path + "/Fixtures/citations-seeds.json"
  }()

  static func expected() throws -> [Expected] {
    let data = try Data(contentsOf: URL(fileURLWithPath: fixturePath))
    return try JSONDecoder().decode([Expected].self, from: data)
  }

  static func found(in corpus: Corpus) -> [Expected] {
    corpus.resolutions.flatMap { resolution in
      resolution.citations.map { citation in
        Expected(
          file: String(resolution.file.split(separator: "/").last!), ref: citation.ref.description, line: citation.line,
          kind: citation.kind.rawValue, text: citation.text, target: citation.target?.description, pinpoint: citation.pinpoint?.description,
          date: citation.date?.iso, subject: citation.subject)
      }
    }
  }

  @Test func recallAndPrecisionOnTheSeeds() throws {
    let expected = try Self.expected()
    let corpus = try CorpusLoader.load(path: Seeds.corpusFolder)
    let found = Self.found(in: corpus)
    var unmatched = found
    var missing: [Expected] = []
    for citation in expected {
      if let index = unmatched.firstIndex(of: citation) {
        unmatched.remove(at: index)
      } else {
        missing.append(citation)
      }
    }
    let recall = Double(expected.count - missing.count) / Double(expected.count)
    let precision = Double(found.count - unmatched.count) / Double(max(found.count, 1))
    #expect(recall == 1.0, "missing:\n\(missing.map(\.description).joined(separator: "\n"))")
    #expect(precision == 1.0, "unexpected:\n\(unmatched.map(\.description).joined(separator: "\n"))")
  }

  /// The issue's counts: 6, 24, 4, 12 and 7 resolution citations in seeds 000 to 004, and two document citations.
  @Test func countsPerSeedAreTheIssues() throws {
    let expected = try Self.expected()
    let resolutions = Seeds.files.map { file in expected.filter { $0.file == file && $0.kind == "resolution" }.count }
    #expect(resolutions == [6, 24, 4, 12, 7])
    #expect(expected.filter { $0.kind == "document" }.count == 2)
  }

  /// Each citation sits in the paragraph it names, at its source line, and its range covers its words there.
  @Test func eachCitationSitsInItsClause() throws {
    let corpus = try CorpusLoader.load(path: Seeds.corpusFolder)
    var checked = 0
    for resolution in corpus.resolutions {
      for citation in resolution.citations {
        let paragraph = try #require(resolution.text(of: citation.ref), "\(resolution.file) has no \(citation.ref)")
        let bytes = Array(paragraph.utf8)
        try #require(citation.range.upperBound <= bytes.count)
        #expect(String(decoding: bytes[citation.range], as: UTF8.self) == citation.text)
        #expect(resolution.line(of: citation.ref) == citation.line)
        checked += 1
      }
    }
    #expect(checked == (try Self.expected()).count)
  }

  @Test func bundledCorpusResolution() throws {
    let corpus = try CorpusLoader.load(path: Seeds.corpusFolder)
    let all = corpus.resolutions.flatMap { resolution in resolution.citations.map { (resolution, $0) } }
    // No seed cites another seed: every resolution citation points out of the folder.
    #expect(all.filter { $0.1.kind == .resolution }.allSatisfy { $0.1.resolved == nil })
    for (resolution, citation) in all where citation.kind == .internal || citation.kind == .self {
      #expect(citation.resolved == resolution.file)
    }
    let internalTargets = all.filter { $0.1.kind == .internal }.map { $0.1.resolvedParagraph }
    #expect(internalTargets == ["II.2", "II.2", "VI.1", "IV.10(a)", "IV.10(b)", "VI.1"])
  }
}
