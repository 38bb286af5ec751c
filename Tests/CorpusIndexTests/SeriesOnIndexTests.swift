import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

/// The browser reads large folders through the index: a SeriesIndex built on it must find the same series.
@Suite("Series on the index")
struct SeriesOnIndexTests {
  @Test func sameSeriesAsTheLoadedCorpus() throws {
    let workspace = try Workspace()
    let index = try workspace.open()
    _ = try index.update()
    let onIndex = SeriesIndex(source: index)
    let inMemory = SeriesIndex(source: try workspace.loaded())
    for name in [Seed.ga, Seed.ecosoc2004, Seed.ecosoc2002, Seed.ccpcj, Seed.ecosoc1992] {
      let expected = try #require(inMemory.series(ofFile: workspace.file(name)))
      #expect(onIndex.series(ofFile: workspace.file(name)) == expected, "\(name)")
    }
    for id in ["GA 58/140", "GA 54/131", "ECOSOC 2003/25"] {
      let expected = try #require(inMemory.series(of: ResolutionID(id)!))
      #expect(onIndex.series(of: ResolutionID(id)!) == expected, "\(id)")
    }
    let council = try #require(onIndex.series(ofFile: workspace.file(Seed.ecosoc2004)))
    #expect(council.predecessor?.file == workspace.file(Seed.ga))
  }
}
