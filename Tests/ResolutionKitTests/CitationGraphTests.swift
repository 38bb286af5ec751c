import Foundation
import Testing

@testable import ResolutionKit

/// A corpus folder written by the test, removed when the value goes away.
final class TemporaryCorpus {
  let path: String

  init(_ files: [String: String]) throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("resolute-citations-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A small resolution in the layout of the seeds.
  static func resolution(
    number: String, body: String, title: String, preamble: [String], operative: [String], date: String
  )
    -> String
  {
    var text = "\(number). \(title)\n\nThe \(body),\n\n"
    text += preamble.map { $0 + "\n\n" }.joined()
    text += operative.enumerated().map { "\($0.offset + 1). \($0.element)\n\n" }.joined()
    return text + "81st plenary meeting\n\(date)\n"
  }
}

@Suite("Citation graph")
struct CitationGraphTests {
  static let bundled: Corpus = try! CorpusLoader.load(path: Seeds.corpusFolder)

  func ids(citing target: String, in graph: CitationGraph) -> Set<String> {
    Set(graph.incoming(ResolutionID(target)!).map { $0.sourceID?.description ?? "no id" })
  }

  @Test func hubsOfTheBundledCorpus() throws {
    let graph = CitationGraph(corpus: Self.bundled)
    #expect(ids(citing: "GA 46/152", in: graph) == ["ECOSOC 1992/22", "CCPCJ 5/2", "GA 55/64"])
    let hub = try #require(graph.absentResolution(ResolutionID("GA 46/152")!))
    #expect(hub.citingResolutionCount == 3)
    #expect(hub.dates == [CalendarDate(year: 1991, month: 12, day: 18)!])
    // The two citing texts capitalise the subject differently: both are kept, the more frequent first.
    #expect(
      Set(hub.subjects) == [
        "on the creation of an effective United Nations Crime Prevention and Criminal Justice Programme",
        "on the creation of an effective United Nations crime prevention and criminal justice programme",
      ])
    #expect(graph.absentResolution(ResolutionID("GA 55/59")!)?.citingResolutionCount == 3)
    let fiftyFiveFiftyNine = graph.incoming(ResolutionID("GA 55/59")!).map { $0.sourceFile.split(separator: "/").last! }
    #expect(
      Set(fiftyFiveFiftyNine) == [
        "ecosoc-2002-17-international-cooperation.txt", "ecosoc-2004-technical-cooperation-capacity.txt",
        "ga-55-64-strengthening-the-programme.txt",
      ])
    #expect(graph.isPresent(ResolutionID("GA 55/64")!))
    #expect(!graph.isPresent(ResolutionID("GA 46/152")!))
  }

  @Test func edgesCarryTheirSentence() throws {
    let graph = CitationGraph(corpus: Self.bundled)
    let ccpcj = try #require(Self.bundled.resolution(withID: ResolutionID("CCPCJ 5/2")!))
    let edge = try #require(graph.outgoing(file: ccpcj.file).first { $0.citation.target?.description == "ECOSOC 1993/34" })
    #expect(edge.sentence.hasPrefix("Commends the contribution of the United Nations Crime Prevention"))
    #expect(edge.sentence.hasSuffix("section II, of 27 July 1993;"))
  }

  @Test func sentencesDoNotEndAtAbbreviations() {
    let paragraph = "See the report (Sales No. E.00.IV.8). Recalling resolution 55/2, para. 9; and the rest."
    let start = Array(paragraph.utf8).count - Array("resolution 55/2, para. 9; and the rest.".utf8).count
    #expect(
      CitationGraph.sentence(in: paragraph, around: start..<(start + 15)) == "Recalling resolution 55/2, para. 9;")
    #expect(CitationGraph.sentence(in: paragraph, around: 4..<10) == "See the report (Sales No. E.00.IV.8).")
  }

  @Test func networkOfTheBundledCorpus() throws {
    let network = CitationNetwork(corpus: Self.bundled)
    #expect(
      network.nodes.filter(\.isPresent).map(\.key).prefix(4) == [
        "GA 55/64", "ECOSOC 1992/22", "ECOSOC 2002/17", "CCPCJ 5/2",
      ])
    #expect(network.nodes.filter(\.isPresent).count == 5)
    #expect(network.node("GA 46/152")?.isPresent == false)
    // ECOSOC 1992/22 cites GA 46/152 in its title and nine paragraphs.
    #expect(network.links.first { $0.from == "ECOSOC 1992/22" && $0.to == "GA 46/152" }?.citations == 10)
    #expect(Set(network.links.filter { $0.to == "GA 55/59" }.map(\.from)).count == 3)
    let dot = network.dot
    #expect(dot.hasPrefix("digraph citations {"))
    #expect(dot.contains("\"GA 55/64\" [shape=box"))
    #expect(dot.contains("\"GA 46/152\" [shape=ellipse, style=dashed"))
    #expect(dot.contains("\"ECOSOC 1992/22\" -> \"GA 46/152\" [label=\"10\"];"))
  }

  @Test func dotStringsShowControlCharactersVisibly() {
    #expect(CitationNetwork.quoted("a\"b\\c\u{1B}[31m\nd") == "\"a\\\"b\\\\c<U+001B>[31m d\"")
  }

  @Test func temporaryCorpusResolvesAcrossFiles() throws {
    let seed = Seeds.text(4)
    let millennium = TemporaryCorpus.resolution(
      number: "55/2", body: "General Assembly", title: "United Nations Millennium Declaration",
      preamble: ["Recalling its resolution 54/254 of 15 March 2000,"],
      operative: (1...10).map { "Resolves to do the thing numbered \($0);" }, date: "8 September 2000")
    let follow = TemporaryCorpus.resolution(
      number: "2001/1", body: "Economic and Social Council", title: "Follow-up to the Millennium Declaration",
      preamble: [
        "Recalling General Assembly resolution 55/2 of 8 September 2000, para. 9, and General Assembly resolution 55/64 of 4 December 2000,",
        "Recalling also paragraph 5 of General Assembly resolution 46/152 of 18 December 1991,",
      ],
      operative: ["Takes note of the report;", "Decides to act as set out in paragraph 1 above;"], date: "20 July 2001")
    let folder = try TemporaryCorpus([
      "a-55-64.txt": seed, "b-55-64.txt": seed, "ga-55-2.txt": millennium, "ecosoc-2001-1.txt": follow,
    ])
    let corpus = try CorpusLoader.load(path: folder.path)
    let citing = try #require(corpus.resolution(withID: ResolutionID("ECOSOC 2001/1")!))
    let toMillennium = try #require(citing.citations.first { $0.target?.description == "GA 55/2" })
    #expect(toMillennium.resolved == folder.path + "/ga-55-2.txt")
    #expect(toMillennium.pinpoint?.description == "para. 9")
    #expect(toMillennium.resolvedParagraph == "9")
    // Two files hold GA 55/64: the citation resolves to the first, and the graph has one node for both.
    let toProgramme = try #require(citing.citations.first { $0.target?.description == "GA 55/64" })
    #expect(toProgramme.resolved == folder.path + "/a-55-64.txt")
    #expect(toProgramme.resolvedParagraph == nil)
    let toAbsent = try #require(citing.citations.first { $0.target?.description == "GA 46/152" })
    #expect(toAbsent.resolved == nil)
    let inner = try #require(citing.citations.first { $0.kind == .internal })
    #expect(inner.target?.description == "1")
    #expect(inner.resolvedParagraph == "1")

    let graph = CitationGraph(corpus: corpus)
    #expect(graph.filesByID[ResolutionID("GA 55/64")!]?.count == 2)
    #expect(ids(citing: "GA 55/64", in: graph) == ["ECOSOC 2001/1"])
    #expect(graph.absentResolution(ResolutionID("GA 46/152")!)?.citingResolutionCount == 2)
    let network = CitationNetwork(corpus: corpus, graph: graph)
    #expect(network.nodes.filter { $0.key == "GA 55/64" }.count == 1)
    #expect(network.node("GA 55/64")?.files.count == 2)
    #expect(network.links.filter { $0.from == "GA 55/64" && $0.to == "GA 46/152" }.map(\.citations) == [1])
    #expect(network.links.contains(CitationNetwork.Link(from: "ECOSOC 2001/1", to: "GA 55/2", citations: 1)))
  }
}
