import ResolutionKit
import Testing

/// Words hyphenated at a line break that a text extraction joined with a space (`confidence- building`): mended as a
/// break across two lines is, by the file's vocabulary; a suspended hyphen (`gender- and age-sensitive`) stays.
@Suite struct SpacedHyphenTests {
  private func parse(_ preamble: [String]) -> Resolution {
    let text = """
      Resolution adopted by the General Assembly on 1 December 2025

      90/2. Hyphens left with a space after them

      The General Assembly,

      \(preamble.joined(separator: "\n\n"))

      1. Requests information on confidence-building measures.

      52nd plenary meeting
      1 December 2025
      """
    return ResolutionParser().parse(Array(text.utf8), file: "test.md")
  }

  @Test func aCompoundKeepsItsHyphenAndLosesTheSpace() throws {
    let r = parse(["Recalling the confidence- building measures and the decision- making process,"])
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text == "Recalling the confidence-building measures and the decision-making process,")
  }

  @Test func aBrokenWordIsJoinedWhole() throws {
    // `information` is written whole in paragraph 1: `infor` is no word of the file.
    let r = parse(["Noting the infor- mation provided,"])
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text == "Noting the information provided,")
  }

  @Test func aLinkOfAHyphenatedChainStaysACompound() throws {
    let r = parse(["Welcoming a military-to- military dialogue and a whole- of-government approach,"])
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text == "Welcoming a military-to-military dialogue and a whole-of-government approach,")
  }

  @Test func aSuspendedHyphenStays() throws {
    let r = parse(["Stressing gender- and age-sensitive policies and short- to medium-term plans,"])
    try #require(r.preamble.count == 1)
    #expect(r.preamble[0].text == "Stressing gender- and age-sensitive policies and short- to medium-term plans,")
  }

  @Test(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
  func noRealParagraphKeepsASpaceAfterAHyphenBeforeAWord() throws {
    let suspensions: Set<Substring> = ["and", "or", "nor", "to", "as", "but", "versus", "than", "through"]
    var left: [String] = []
    for number in 1...55 {
      let r = GA80.parse(number)
      let texts = r.preamble.map(\.text) + r.operative.map(\.text) + r.operative.flatMap { $0.subparagraphs.map(\.text) }
      for text in texts {
        let words = text.split(separator: " ")
        for (index, word) in words.enumerated().dropLast() where word.hasSuffix("-") && word.count > 1 {
          let next = words[index + 1]
          guard next.first?.isLowercase == true, !suspensions.contains(next.prefix { $0.isLetter }) else { continue }
          left.append("80/\(number): \(word) \(next)")
        }
      }
    }
    #expect(left.isEmpty, "\(left)")
  }
}
