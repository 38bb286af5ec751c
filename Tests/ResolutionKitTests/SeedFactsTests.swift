import Testing
import ResolutionKit

/// The facts each bundled seed must give, read by hand from the files.
@Suite struct SeedFactsTests {
  @Test func seed000IsCCPCJ5Slash2() throws {
    let r = Seeds.parse(0)
    #expect(r.id?.description == "CCPCJ 5/2")
    #expect(r.body == .ccpcj)
    #expect(r.symbol == nil)
    #expect(r.title == "Technical cooperation and interregional advisory services in crime prevention and criminal justice")
    #expect(r.preamble.count == 9)
    #expect(r.operative.count == 17)
    #expect(r.footnotes.map(\.marker) == ["53"])
    #expect(r.footnotes.first?.ref == "1")
    #expect(r.footnotes.first?.text == nil)
    #expect(r.preamble.map(\.verb).prefix(3) == ["Recalling", "Recalling also", "Recalling further"])
    #expect(r.operative[0].verb == "Takes note with appreciation")
    #expect(r.operative[5].verb == "Calls upon")
    #expect(r.operative[12].verb == "Expresses its appreciation")
    #expect(r.operative[0].text.hasSuffix("Criminal Justice Programme,"))
  }

  @Test func seed001IsECOSOC1992Slash22WithSevenSections() {
    let r = Seeds.parse(1)
    #expect(r.id?.description == "ECOSOC 1992/22")
    #expect(r.symbol == "E/RES/1992/22")
    #expect(r.adopted?.iso == "1992-07-30")
    #expect(r.meeting == "41st plenary meeting")
    #expect(r.preamble.count == 23)
    #expect(r.sections.map(\.number) == ["I", "II", "III", "IV", "V", "VI", "VII"])
    let perSection = r.sections.map { section in r.operative.filter { $0.section == section.number }.count }
    #expect(perSection == [4, 4, 3, 11, 3, 5, 4])
    let i3 = r.operative.first { $0.ref == "I.3" }
    #expect(i3?.subparagraphs.map(\.label) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"])
    #expect(i3?.subparagraphs.last?.ref == "I.3(l)")
    let iv3 = r.operative.first { $0.ref == "IV.3" }
    #expect(iv3?.subparagraphs.map(\.label) == ["a", "b", "c", "d", "e", "f", "g", "h"])
    #expect(r.sections[0].heading.hasSuffix("ESPECIALLY OPERATIONAL ACTIVITIES AND ADVISORY SERVICES"))
    #expect(r.sections[2].heading == "INVOLVEMENT OF MEMBER STATES")
    // Two paragraphs run together on one line, and one broken across a blank line.
    #expect(r.preamble[6].verb == "Noting with appreciation")
    #expect(r.preamble[7].text.hasPrefix("Acknowledging the need for global efforts"))
    #expect(r.preamble[20].text.contains("will be called upon to perform new tasks"))
    #expect(r.text(of: "IV.10(c)")?.contains("analysis of the information gathered") == true)
    #expect(r.text(of: "IV.3(e)")?.hasSuffix("criminal justice;") == true)
    #expect(r.text(of: "IV.3(f)")?.hasPrefix("The promotion of collaboration") == true)
    #expect(r.text(of: "VI.2")?.hasPrefix("Recommends that in the course") == true)
    #expect(r.operative.first { $0.ref == "VI.2" }?.verb == "Recommends")
    // Footnote markers in every form the file uses.
    #expect(r.footnotes.map(\.marker) == ["2", "49", "50", "51", "52", "53", "54", "55", "55", "56", "57"])
    #expect(r.footnotes.first { $0.marker == "52" }?.ref == "PP23")
    #expect(r.footnotes.first { $0.marker == "57" }?.ref == "V.3(c)")
    #expect(r.preamble[22].text.hasSuffix("for the period 1992-1997."))
  }

  @Test func seed002IsECOSOC2002Slash17() {
    let r = Seeds.parse(2)
    #expect(r.id?.description == "ECOSOC 2002/17")
    #expect(r.title == "International cooperation, technical assistance and advisory services in crime prevention and criminal justice")
    #expect(r.preamble.count == 7)
    #expect(r.operative.count == 10)
    #expect(r.footnotes.map(\.marker) == ["1", "2", "3"])
    #expect(r.footnotes.map(\.ref) == ["PP1", "1", "1"])
    #expect(r.preamble[0].text.contains("Treatment of Offenders and endorsed by the General Assembly"))
    #expect(r.operative[9].verb == "Also requests")
  }

  @Test func seed003HasNoNumberAndTenFootnoteTexts() {
    let r = Seeds.parse(3)
    #expect(r.id == nil)
    #expect(r.body == .ecosoc)
    #expect(r.adopted?.iso == "2004-07-21")
    #expect(r.meeting == "47th plenary meeting")
    #expect(r.preamble.count == 10)
    #expect(r.operative.count == 9)
    #expect(r.footnoteTexts.count == 10)
    #expect(r.footnoteTexts.map(\.marker) == (1...10).map(String.init))
    #expect(r.footnoteTexts[4].text == "Ibid., annex II.")
    // Paragraphs interrupted by a footnote block continue after it.
    #expect(r.preamble[6].text.contains("Firearms, Their Parts and Components and Ammunition"))
    #expect(r.operative[4].text.contains("at the multilateral level with the United Nations"))
    #expect(r.footnotes.count == 10)
    #expect(r.footnotes.allSatisfy { $0.text != nil })
    #expect(r.footnotes.last?.ref == "8")
    #expect(r.warnings.contains { $0.message.contains("number is not in the text") })
  }

  @Test func seed004IsGA55Slash64() {
    let r = Seeds.parse(4)
    #expect(r.id?.description == "GA 55/64")
    #expect(r.symbol == "A/RES/55/64")
    #expect(r.adopted?.iso == "2000-12-04")
    #expect(r.meeting == "81st plenary meeting")
    #expect(r.preamble.count == 8)
    #expect(r.operative.count == 18)
    #expect(r.footnoteTexts.count == 5)
    #expect(r.footnotes.count == 8)
    #expect(r.footnotes.map(\.marker) == ["1", "2", "3", "4", "5", "1", "3", "4"])
    #expect(r.footnotes.map(\.ref) == ["PP5", "PP7", "PP8", "PP8", "1", "15", "15", "15"])
    #expect(r.footnotes[1].text?.hasSuffix("Sales No. E.00.IV.8).") == true)
    #expect(r.text(of: "6")?.hasSuffix("the importance of juvenile justice reform in establishing and maintaining stable societies and the rule of law;") == true)
    #expect(r.text(of: "13")?.contains("principal policy-making body") == true)
    #expect(r.text(of: "15")?.contains("the protocols thereto, which will be open") == true)
    #expect(r.preamble[6].verb == "Bearing in mind")
  }

  /// Where a seed marks the verb with emphasis (`*Calls upon*`), the verb found from the words alone is exactly it.
  @Test func verbsMatchTheEmphasisTheFilesUse() {
    var compared = 0
    for index in Seeds.files.indices {
      let resolution = Seeds.parse(index)
      let source = Seeds.text(index)
      let paragraphs = resolution.preamble.map { ($0.verb, $0.line) } + resolution.operative.map { ($0.verb, $0.line) }
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
      for (verb, line) in paragraphs {
        let text = String(lines[line - 1])
        guard let open = text.firstIndex(of: "*"), text.prefix(upTo: open).count < 8 else { continue }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: "*") else { continue }
        let emphasised = String(rest[..<close])
        guard !emphasised.contains("Resolution") else { continue }
        #expect(verb == emphasised, "\(Seeds.files[index]):\(line)")
        compared += 1
      }
    }
    #expect(compared >= 30)
  }
}
