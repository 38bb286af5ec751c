import ResolutionKit
import Testing

/// Cancelled work stops (issue 16): the long loops look at the work's `WorkCancellation` and return early, so a job
/// the browser dropped (Esc, `q`) frees the CPU and its memory instead of running to its end. Each case runs the real
/// code on a generated big input twice, once with a live token and once with a cancelled one, and compares what was
/// done. No timing: the cancelled run must do less than all of the work and say it saw the cancellation.
@Suite("Cancelled work stops")
struct CancelledWorkTests {
  /// A resolution of `count` operative paragraphs, each citing an earlier resolution and naming torture.
  static func bigResolution(paragraphs count: Int) -> [UInt8] {
    var text = "Title of a generated resolution\n\nThe General Assembly,\n\n"
    text += "Recalling its resolution 46/152 of 18 December 1991,\n\n"
    for number in 1...count {
      text += "\(number). Decides that torture is prohibited, recalling its resolution \(number % 900 + 1)/\(number % 50 + 10);\n\n"
    }
    return Array(text.utf8)
  }

  static func run<Value>(cancelled: Bool, _ work: () -> Value) -> (value: Value, token: WorkCancellation) {
    let token = WorkCancellation()
    if cancelled { token.cancel() }
    let value = WorkCancellation.$current.withValue(token) { work() }
    return (value, token)
  }

  @Test func theParserStopsOnABigFile() {
    let bytes = Self.bigResolution(paragraphs: 20_000)
    let whole = Self.run(cancelled: false) { ResolutionParser().parse(bytes, file: "big.txt") }
    #expect(whole.value.operative.count == 20_000)
    #expect(whole.value.citations.count > 20_000)
    #expect(!whole.token.stoppedWork)

    let cut = Self.run(cancelled: true) { ResolutionParser().parse(bytes, file: "big.txt") }
    #expect(cut.token.stoppedWork)
    #expect(cut.value.operative.count < 20_000)
    #expect(cut.value.citations.count < whole.value.citations.count)
    #expect(cut.value.warnings.contains { $0.message == "parsing cancelled" })
  }

  @Test func theCitationScanStopsInsideOneHugeParagraph() {
    let paragraph =
      "Recalling " + (0..<100_000).map { "its resolution \($0 % 900 + 1)/\($0 % 50 + 10)" }.joined(separator: ", ")
    let extractor = CitationExtractor(adoptingBody: .ga, ownNumber: nil)
    let whole = Self.run(cancelled: false) { extractor.citations(in: paragraph, ref: "pp1", line: 1) }
    #expect(whole.value.count == 100_000)
    let cut = Self.run(cancelled: true) { extractor.citations(in: paragraph, ref: "pp1", line: 1) }
    #expect(cut.token.stoppedWork)
    #expect(cut.value.count < 100_000)
  }

  @Test func aSearchOverACorpusInMemoryStops() {
    let resolution = ResolutionParser().parse(Self.bigResolution(paragraphs: 5_000), file: "big.txt")
    let query = try! SearchQuery(parsing: "torture")
    let whole = Self.run(cancelled: false) { ScanSearch.search(query, in: [resolution], limit: 1_000_000) }
    #expect(whole.value.count == 5_000)
    #expect(!whole.token.stoppedWork)
    let cut = Self.run(cancelled: true) { ScanSearch.search(query, in: [resolution], limit: 1_000_000) }
    #expect(cut.token.stoppedWork)
    #expect(cut.value.count < 5_000)
  }

  @Test func workWithoutATokenIsNeverCancelled() {
    let token = WorkCancellation()
    token.cancel()
    // The token is only seen by work run under it: the CLI and everything else run without one.
    #expect(!WorkCancellation.isCurrentCancelled)
    let parsed = ResolutionParser().parse(Self.bigResolution(paragraphs: 300), file: "big.txt")
    #expect(parsed.operative.count == 300)
    #expect(!token.stoppedWork)
  }
}
