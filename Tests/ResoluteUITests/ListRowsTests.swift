import ResolutionKit
import Testing

@testable import ResoluteUI

/// The list keeps its rows as compact entries pointing into the summaries, and files' positions in a table of its
/// own: each row it hands out must be what the summaries say, in every sort, with the absent rows shown.
@Suite struct ListRowsTests {
  @Test func everyRowIsWhatItsSummarySays() throws {
    let source = LoadedCorpus(Fixture.corpus)
    let snapshot = CorpusSnapshot(source)
    var list = ResolutionList(snapshot: snapshot)
    list.showAbsent = true
    #expect(source.summaries.count >= 5 && !source.absentSummaries.isEmpty, "the bundled corpus cites absent texts")
    for sort in ListSort.allCases {
      list.sort = sort
      #expect(list.rows.count == source.summaries.count + source.absentSummaries.count, "\(sort)")
      var seen = Set<Location>()
      for row in list.rows {
        seen.insert(row.location)
        switch row.location {
        case .resolution(let file):
          let summary = try #require(source.summaries.first { $0.file == file }, "\(file)")
          #expect(!row.isAbsent)
          #expect(row.id == summary.displayID)
          #expect(row.title == (summary.title ?? "(no title found)"))
          #expect(row.resolutionID == summary.id && row.bodyValue == summary.body)
          #expect(row.date == summary.adopted)
          #expect(row.sortYear == ResolutionList.sortYear(date: summary.adopted, id: summary.id))
        case .absent(let id):
          let absent = try #require(source.absentSummaries.first { $0.id == id }, "\(id)")
          #expect(row.isAbsent)
          #expect(row.id == id.description && row.resolutionID == id && row.bodyValue == id.body)
          #expect(row.title == (absent.subject ?? "(subject not given)"))
          #expect(row.date == absent.date)
        default:
          Issue.record("a list row at \(row.location)")
        }
      }
      #expect(seen.count == list.rows.count, "every row once in \(sort)")
    }
  }

  @Test func theFileTableFindsEveryListedFileAndNothingElse() throws {
    let summaries = LoadedCorpus(Fixture.corpus).summaries
    let first = try #require(summaries.first)
    // A path listed twice keeps its first position, as the map it replaces did.
    let listed = summaries + [first]
    let positions = FilePositions(listed)
    for (index, summary) in summaries.enumerated() {
      #expect(positions[summary.file] == Int32(index), "\(summary.file)")
    }
    #expect(positions[first.file + "x"] == nil)
    #expect(positions[""] == nil)
    #expect(FilePositions([])["anything"] == nil)
  }
}
