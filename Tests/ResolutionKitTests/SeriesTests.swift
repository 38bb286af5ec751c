import Testing

@testable import ResolutionKit

/// Series of resolutions on the same subject, on the bundled corpus and on a small corpus written here.
@Suite("Series")
struct SeriesTests {
  static let source = LoadedCorpus(try! CorpusLoader.load(path: Seeds.corpusFolder))
  static let index = SeriesIndex(source: source)

  static func file(_ name: String) -> String {
    source.summaries.first { $0.file.hasSuffix("/" + name) }!.file
  }

  static let ga = file("ga-55-64-strengthening-the-programme.txt")
  static let ecosoc2004 = file("ecosoc-2004-technical-cooperation-capacity.txt")
  static let ecosoc1992 = file("ecosoc-1992-22-operational-activities.txt")
  static let ecosoc2002 = file("ecosoc-2002-17-international-cooperation.txt")
  static let ccpcj = file("ccpcj-5-2-technical-cooperation.txt")

  func member(_ id: String, in series: ResolutionSeries) -> SeriesMember? {
    series.members.first { $0.id == ResolutionID(id)! }
  }

  func ids(_ series: ResolutionSeries) -> [String] { series.members.map(\.displayID) }

  /// Years never go back, dates within a year never go back, and members without a year come last.
  func expectChronological(_ series: ResolutionSeries, sourceLocation: SourceLocation = #_sourceLocation) {
    let keys = series.members.map { ($0.year ?? .max, $0.date.map { $0.month * 100 + $0.day } ?? 1_300) }
    for (earlier, later) in zip(keys, keys.dropFirst()) {
      #expect(earlier <= later, "not chronological: \(ids(series))", sourceLocation: sourceLocation)
    }
  }

  // MARK: the Assembly's programme series

  @Test func assemblySeriesHoldsTheYearlyTextsAndTheCouncilsFollowUp() throws {
    let series = try #require(Self.index.series(ofFile: Self.ga))
    #expect(series.anchorMember.id == ResolutionID("GA 55/64"))
    #expect(series.anchorMember.file == Self.ga)
    #expect(series.anchorMember.evidence.isEmpty)
    #expect(
      series.subject
        == "Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity"
    )

    let absent = try #require(member("GA 58/140", in: series))
    #expect(!absent.isPresent)
    #expect(absent.date == CalendarDate(year: 2003, month: 12, day: 22))
    #expect(absent.year == 2003)
    #expect(absent.evidence.contains(.citationSubject))
    #expect(absent.evidence.contains(.similarTitle(1)))
    #expect(
      absent.title
        == "Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity"
    )

    let council = try #require(series.members.first { $0.file == Self.ecosoc2004 })
    #expect(council.id == nil)
    #expect(council.displayID == "ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]")
    #expect(council.date == CalendarDate(year: 2004, month: 7, day: 21))
    #expect(council.isPresent)

    // The earlier and later Assembly texts of the series that the corpus cites, and 54/131, whose report GA 55/64
    // takes note of ("the implementation of General Assembly resolution 54/131"): no citing text gives its subject.
    #expect(member("GA 50/146", in: series)?.year == 1995)
    #expect(member("GA 56/123", in: series)?.date == CalendarDate(year: 2001, month: 12, day: 19))
    let recalled = try #require(member("GA 54/131", in: series))
    #expect(recalled.evidence == [.citedByAnchor])
    #expect(recalled.title == nil)

    #expect(
      ids(series) == [
        "GA 50/146", "GA 54/131", "GA 55/64", "GA 56/123", "GA 58/140",
        "ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]",
      ])
    expectChronological(series)
    #expect(series.anchor == 2)
    #expect(series.predecessor == nil)
    #expect(series.successor?.file == Self.ecosoc2004)
  }

  @Test func sharedFieldWordsAndCitationsAloneDoNotMakeAMember() throws {
    let series = try #require(Self.index.series(ofFile: Self.ga))
    // Every title says "crime prevention and criminal justice"; GA 55/64 also cites GA 46/152 (the programme's
    // creation), 55/59 and 53/111.
    for other in ["ECOSOC 1992/22", "ECOSOC 2002/17", "CCPCJ 5/2", "GA 46/152", "GA 55/59", "GA 53/111", "ECOSOC 1998/24"] {
      #expect(member(other, in: series) == nil, "\(other) swept into \(ids(series))")
    }
    #expect(!series.members.contains { $0.file == Self.ecosoc1992 })
  }

  @Test func predecessorOfTheCouncilsFileIsTheAssemblyText() throws {
    let series = try #require(Self.index.series(ofFile: Self.ecosoc2004))
    #expect(series.anchorMember.file == Self.ecosoc2004)
    #expect(series.predecessor?.id == ResolutionID("GA 55/64"))
    #expect(series.predecessor?.file == Self.ga)
    #expect(series.successor == nil)
    let cited = try #require(member("GA 58/140", in: series))
    #expect(cited.evidence.contains(.citedByAnchor))
    #expect(!cited.isPresent)
    // GA 58/140 (absent, December 2003) lies between the predecessor and the anchor.
    #expect(ids(series).suffix(3) == ["GA 56/123", "GA 58/140", "ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]"])
    expectChronological(series)
  }

  @Test func absentAnchorHasBothNeighboursInTheCorpus() throws {
    let series = try #require(Self.index.series(of: ResolutionID("GA 58/140")!))
    #expect(series.anchorMember.id == ResolutionID("GA 58/140"))
    #expect(!series.anchorMember.isPresent)
    #expect(series.predecessor?.id == ResolutionID("GA 55/64"))
    #expect(series.successor?.file == Self.ecosoc2004)
    let citing = try #require(series.members.first { $0.file == Self.ecosoc2004 })
    #expect(citing.evidence.contains(.citesAnchor))
  }

  @Test func recalledTextWithoutSubjectHasItsFollowUpAsSuccessor() throws {
    let series = try #require(Self.index.series(of: ResolutionID("GA 54/131")!))
    #expect(ids(series) == ["GA 54/131", "GA 55/64"])
    #expect(series.members[1].evidence == [.citesAnchor])
    #expect(series.successor?.file == Self.ga)
  }

  // MARK: the Council's advisory-services series

  @Test func councilAdvisoryServicesSeries() throws {
    let series = try #require(Self.index.series(ofFile: Self.ecosoc2002))
    #expect(series.anchorMember.id == ResolutionID("ECOSOC 2002/17"))
    #expect(ids(series) == ["ECOSOC 1995/15", "ECOSOC 1998/24", "ECOSOC 2002/17", "ECOSOC 2003/25", "CCPCJ 5/2"])
    let next = try #require(member("ECOSOC 2003/25", in: series))
    #expect(!next.isPresent)
    #expect(next.date == CalendarDate(year: 2003, month: 7, day: 23))
    #expect(next.evidence.contains(.citationSubject))
    #expect(member("ECOSOC 1998/24", in: series)?.evidence.contains(.citedByAnchor) == true)
    #expect(member("ECOSOC 1995/15", in: series)?.date == CalendarDate(year: 1995, month: 7, day: 24))
    // ECOSOC 2002/17 gives no adoption date: its number gives the year. CCPCJ 5/2 has neither: it comes last.
    #expect(series.anchorMember.year == 2002)
    #expect(series.anchorMember.date == nil)
    let commission = try #require(series.members.last)
    #expect(commission.file == Self.ccpcj)
    #expect(commission.year == nil)
    expectChronological(series)
    // No present member dated before the anchor; the undated one is not its successor.
    #expect(series.predecessor == nil)
    #expect(series.successor == nil)
    for other in ["ECOSOC 1992/22", "GA 55/64", "GA 56/123", "GA 58/140"] {
      #expect(member(other, in: series) == nil, "\(other) swept into \(ids(series))")
    }
  }

  @Test func commissionTextJoinsTheCouncilSeriesButHasNoPlaceOnTheTimeline() throws {
    let series = try #require(Self.index.series(ofFile: Self.ccpcj))
    let cited = try #require(member("ECOSOC 1995/15", in: series))
    #expect(cited.evidence.contains(.citedByAnchor))
    #expect(cited.evidence.contains(.similarTitle(1)))
    #expect(member("ECOSOC 2002/17", in: series)?.isPresent == true)
    #expect(member("ECOSOC 2003/25", in: series) != nil)
    #expect(series.anchor == series.members.count - 1)
    #expect(series.predecessor == nil)
    #expect(series.successor == nil)
  }

  @Test func operationalActivitiesTextStandsAlone() throws {
    let series = try #require(Self.index.series(ofFile: Self.ecosoc1992))
    #expect(ids(series) == ["ECOSOC 1992/22"])
    #expect(series.predecessor == nil && series.successor == nil)
    for file in [Self.ga, Self.ecosoc2004, Self.ecosoc2002, Self.ccpcj] {
      let other = try #require(Self.index.series(ofFile: file))
      #expect(!other.members.contains { $0.file == Self.ecosoc1992 }, "in the series of \(file)")
    }
  }

  @Test func unknownFilesAndIdsHaveNoSeries() {
    #expect(Self.index.series(ofFile: "corpus/nothing.txt") == nil)
    #expect(Self.index.series(of: ResolutionID("GA 99/1")!) == nil)
  }

  // MARK: title words

  @Test func titleWordsDropStopWordsAndFoldPlurals() {
    #expect(
      TitleWords.words("Technical cooperation and advisory services in crime prevention and criminal justice")
        == ["technical", "cooperation", "advisory", "service", "crime", "prevention", "criminal", "justice"])
    #expect(TitleWords.words("Activities of the 46/152 Programme's offices") == ["activity", "programme", "office"])
  }

  // MARK: a corpus written here

  static func fisheries(_ number: String, date: String, preamble: [String], operative: [String]) -> String {
    TemporaryCorpus.resolution(
      number: number, body: "General Assembly", title: "Protection of migratory freshwater fisheries",
      preamble: preamble, operative: operative, date: date)
  }

  @Test func yearlyTextsRecallingEachOtherFormATimeline() throws {
    let folder = try TemporaryCorpus([
      "ga-60-10.txt": Self.fisheries(
        "60/10", date: "1 December 2005",
        preamble: ["Recalling its resolution 59/5 of 3 December 2004 on the protection of migratory freshwater fisheries,"],
        operative: ["Urges States to protect the fisheries;"]),
      "ga-61-20.txt": Self.fisheries(
        "61/20", date: "4 December 2006",
        preamble: ["Recalling its resolution 60/10 of 1 December 2005,"],
        operative: ["Takes note of the report of the Secretary-General on the implementation of resolution 60/10;"]),
      "ga-62-30.txt": Self.fisheries(
        "62/30", date: "10 December 2007",
        preamble: ["Recalling its resolutions 60/10 of 1 December 2005 and 61/20 of 4 December 2006,"],
        operative: ["Takes note of the report of the Secretary-General;"]),
      // Unrelated, though it cites 61/20.
      "ga-62-99.txt": TemporaryCorpus.resolution(
        number: "62/99", body: "General Assembly", title: "International cooperation in the peaceful uses of outer space",
        preamble: ["Recalling its resolution 61/20 of 4 December 2006,"],
        operative: ["Endorses the report of the Committee on the Peaceful Uses of Outer Space;"], date: "12 December 2007"),
    ])
    let source = LoadedCorpus(try CorpusLoader.load(path: folder.path))
    #expect(source.summaries.count == 4)
    let index = SeriesIndex(source: source)

    let middle = try #require(index.series(ofFile: folder.path + "/ga-61-20.txt"))
    #expect(middle.members.map(\.displayID) == ["GA 59/5", "GA 60/10", "GA 61/20", "GA 62/30"])
    #expect(middle.members.map(\.isPresent) == [false, true, true, true])
    #expect(middle.members.map { $0.date?.iso } == ["2004-12-03", "2005-12-01", "2006-12-04", "2007-12-10"])
    #expect(middle.subject == "Protection of migratory freshwater fisheries")
    #expect(middle.anchor == 2)
    #expect(middle.predecessor?.id == ResolutionID("GA 60/10"))
    #expect(middle.predecessor?.file == folder.path + "/ga-60-10.txt")
    #expect(middle.successor?.id == ResolutionID("GA 62/30"))
    #expect(middle.members[1].evidence == [.similarTitle(1), .citedByAnchor])
    #expect(middle.members[3].evidence == [.similarTitle(1), .citesAnchor])
    #expect(middle.members[0].evidence == [.citationSubject, .similarTitle(1)])

    let first = try #require(index.series(ofFile: folder.path + "/ga-60-10.txt"))
    #expect(first.predecessor == nil)
    #expect(first.successor?.id == ResolutionID("GA 61/20"))
    let last = try #require(index.series(ofFile: folder.path + "/ga-62-30.txt"))
    #expect(last.predecessor?.id == ResolutionID("GA 61/20"))
    #expect(last.successor == nil)
    let absent = try #require(index.series(of: ResolutionID("GA 59/5")!))
    #expect(absent.anchor == 0)
    #expect(absent.successor?.id == ResolutionID("GA 60/10"))

    let unrelated = try #require(index.series(ofFile: folder.path + "/ga-62-99.txt"))
    #expect(unrelated.members.map(\.displayID) == ["GA 62/99"])
    #expect(!middle.members.contains { $0.id == ResolutionID("GA 62/99") })
  }
}
