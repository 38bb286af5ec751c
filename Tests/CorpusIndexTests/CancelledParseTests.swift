import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

/// A file parsed for the browser's pending work that is cancelled stops early (issue 16); what it returns is partial,
/// so the index's cache of parsed resolutions must not keep it for the next open.
@Suite("A cancelled parse is not kept")
struct CancelledParseTests {
  @Test func aParseCutShortIsNotCachedForTheNextOpen() throws {
    let workspace = try Workspace()
    var text = "Title of a generated resolution\n\nThe General Assembly,\n\n"
    for number in 1...3_000 { text += "\(number). Decides that torture is prohibited;\n\n" }
    try workspace.write("big.txt", text)
    let index = try workspace.open()
    try index.update()
    let file = try #require(index.summaries.first { $0.file.hasSuffix("/big.txt") }?.file)

    let token = WorkCancellation()
    token.cancel()
    let cut = try #require(WorkCancellation.$current.withValue(token) { index.resolution(file: file) })
    #expect(token.stoppedWork)
    #expect(cut.operative.count < 3_000)

    let whole = try #require(index.resolution(file: file))
    #expect(whole.operative.count == 3_000, "the partial parse of cancelled work was kept and shown")
    #expect(!whole.warnings.contains { $0.message == "parsing cancelled" })
  }
}
