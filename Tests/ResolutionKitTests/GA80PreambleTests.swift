import Foundation
import ResolutionKit
import Testing

/// The preambles of the 55 real 2025 resolutions in `../shared/real/ga80`: every preambular paragraph the source
/// opens after a blank line is a paragraph of its own. Skipped, saying so, where the folder is absent.
@Suite(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
struct GA80PreambleTests {
  /// Opening words of preambular paragraphs, as the drafting manuals list them; enough to recognise an opening in the
  /// source independently of the parser.
  static let openers: Set<String> = [
    "Acknowledging", "Affirming", "Alarmed", "Appreciating", "Aware", "Bearing", "Believing", "Cognizant", "Commending",
    "Concerned", "Condemning", "Conscious", "Considering", "Convinced", "Deeply", "Deploring", "Desirous", "Determined",
    "Emphasizing", "Encouraged", "Expressing", "Firmly", "Gravely", "Guided", "Having", "Highlighting", "Keeping",
    "Mindful", "Noting", "Observing", "Reaffirming", "Realizing", "Recalling", "Recognizing", "Regretting",
    "Reiterating", "Seriously", "Stressing", "Taking", "Underlining", "Underscoring", "Welcoming", "Re-emphasizing",
  ]

  /// Case kept (`… and welcoming the adoption …` inside a paragraph is no opening, `… 2014, 3 Considering that …` is).
  static func normalised(_ text: String) -> String { GA80.normalised(text) }

  /// Source lines after a blank line whose first word opens a preambular paragraph (`Considering that …`), markdown
  /// emphasis aside: their first six words.
  static func sourceOpenings(of number: Int) throws -> [String] {
    let text = try String(contentsOfFile: "\(GA80.folder)/A_RES_80_\(number).md", encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "*_"))
    }
    var openings: [String] = []
    for index in lines.indices.dropFirst() where lines[index - 1].isEmpty {
      let words = lines[index].split(separator: " ")
      guard words.count >= 6, let first = words.first?.trimmingCharacters(in: .punctuationCharacters),
        openers.contains(first), words[1].first?.isLowercase == true
      else { continue }
      openings.append(Self.normalised(words.prefix(6).joined(separator: " ")))
    }
    return openings
  }

  /// No preambular paragraph holds, past its start, a preambular opening that the source sets after a blank line: a
  /// paragraph end the parser missed (a spaced footnote number closing the paragraph before, `… in 2014, 3`; a
  /// running head repeating the title between two paragraphs).
  @Test func noPreambularParagraphSwallowsTheNextOne() throws {
    for number in 1...55 {
      let openings = try Self.sourceOpenings(of: number)
      for paragraph in GA80.parse(number).preamble {
        let text = Self.normalised(paragraph.text)
        for opening in openings {
          guard let found = text.range(of: opening) else { continue }
          #expect(found.lowerBound == text.startIndex, "A_RES_80_\(number).md \(paragraph.ref): holds “\(opening)”")
        }
      }
    }
  }

  /// GA 80/20: `… its updated version in 2014, 3` then a blank line then `Considering that …`; the 3 is footnote 3.
  @Test func aSpacedFootnoteNumberEndingAParagraphEndsIt() throws {
    let resolution = GA80.parse(20)
    try #require(resolution.preamble.count == 14)
    #expect(resolution.preamble[8].text.hasSuffix("the submission of its updated version in 2014,"))
    #expect(resolution.preamble[9].verb == "Considering")
    #expect(resolution.preamble[9].text.hasPrefix("Considering that transparency and confidence-building measures"))
    #expect(resolution.footnotes.contains { $0.marker == "3" && $0.ref == "PP9" && $0.text == "See CD/1985." })
    // `the agenda 5 and`, `a number of States 7 that`: footnotes 5 and 7, out of the text.
    #expect(resolution.preamble[12].text.contains("by the group of the agenda and the indicative timetable"))
    #expect(resolution.preamble[13].text.contains("a number of States that they would not"))
    #expect(resolution.footnotes.contains { $0.marker == "5" && $0.ref == "PP13" })
    #expect(resolution.footnotes.contains { $0.marker == "7" && $0.ref == "PP14" })
  }

  /// GA 80/6: `the International Criminal Court 1 reaffirms`, `the Relationship Agreement, 3 which`.
  @Test func spacedFootnoteNumbersInsideAParagraphAreMarkers() throws {
    let resolution = GA80.parse(6)
    try #require(resolution.preamble.count == 14)
    #expect(resolution.preamble[1].text.contains("the International Criminal Court reaffirms the purposes"))
    #expect(resolution.preamble[9].text.contains("implementation of the Relationship Agreement, which provides"))
    #expect(resolution.footnotes.contains {
      $0.marker == "1" && $0.ref == "PP2" && $0.text == "United Nations, Treaty Series, vol. 2187, No. 38544."
    })
    #expect(resolution.footnotes.contains {
      $0.marker == "3" && $0.ref == "PP10" && $0.text == "Articles 10 and 13 of the Relationship Agreement."
    })
    // Every footnote of 80/6 is now referred to from the text.
    #expect(Set(resolution.footnotes.map(\.marker)) == Set(resolution.footnoteTexts.map(\.marker)))
  }

  /// GA 80/11: `… of 25 November 20242 and …`, `… dated 13 November 20243 and …`: footnotes 2 and 3 run on after
  /// the years.
  @Test func aFootnoteNumberRunOnAfterAYearIsAMarker() throws {
    let resolution = GA80.parse(11)
    let paragraph = try #require(
      resolution.preamble.first { $0.text.hasPrefix("Taking note of the report of the Secretary-General on peacebuilding") })
    #expect(paragraph.text.contains("sustaining peace of 25 November 2024 and the inputs"))
    #expect(paragraph.text.contains("its letter dated 13 November 2024 and the former Chairs"))
    #expect(resolution.footnotes.filter { $0.ref == paragraph.ref }.map(\.marker).prefix(2) == ["2", "3"])
  }

  /// A running head repeating the title (`Regional disarmament`) between two paragraphs is no paragraph's words.
  @Test func aRunningHeadRepeatingTheTitleIsNotText() {
    for number in [13, 27, 29, 30, 37] {
      let resolution = GA80.parse(number)
      let title = GA80.folded(resolution.title ?? "")
      let heads = resolution.preamble.filter { GA80.folded(String($0.text.prefix(25))) == String(title.prefix(25)) }
      #expect(heads.isEmpty, "A_RES_80_\(number).md: \(heads.map(\.ref))")
      #expect(resolution.preamble.allSatisfy { !$0.verb.isEmpty }, "A_RES_80_\(number).md")
    }
    // In the middle of a paragraph (80/4: `… 51/17 of 12 November` / head / `1996, 52/10 …`).
    #expect(GA80.parse(4).preamble.contains { $0.text.contains("51/17 of 12 November 1996, 52/10 of 5 November 1997") })
  }
}
