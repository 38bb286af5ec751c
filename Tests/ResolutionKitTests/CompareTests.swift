import ResolutionKit
import Testing

/// Word-level differences on small strings, where the right answer can be read off.
@Suite struct CompareWordDiffTests {
  typealias Run = WordDiff.Run

  @Test func identicalTextsAreOneEqualRun() {
    let diff = WordDiff(old: "Invites States  to\nsupport", new: "Invites States to support")
    #expect(diff.runs == [Run(operation: .equal, text: "Invites States to support")])
    #expect(!diff.hasChanges)
    #expect(diff.similarity == 1)
  }

  @Test func anyUnicodeSpaceSeparatesWords() {
    let diff = WordDiff(old: "Invites\u{00A0}States\u{2003}to\tsupport\u{3000}", new: "Invites States to support")
    #expect(diff.runs == [Run(operation: .equal, text: "Invites States to support")])
    #expect(WordDiff(old: "2002\u{2013}2003", new: "2002 2003").hasChanges)  // an en dash is not a space
  }

  @Test func emptyTexts() {
    #expect(WordDiff(old: "", new: "").runs.isEmpty)
    #expect(WordDiff(old: " \n ", new: "").similarity == 1)
    #expect(WordDiff(old: "", new: "Decides to remain seized").runs == [Run(operation: .inserted, text: "Decides to remain seized")])
    #expect(WordDiff(old: "Decides to remain seized", new: "").runs == [Run(operation: .deleted, text: "Decides to remain seized")])
    #expect(WordDiff(old: "", new: "Decides").similarity == 0)
  }

  @Test func insertion() {
    let diff = WordDiff(old: "Invites States to support", new: "Invites all States to support")
    #expect(diff.runs == [
      Run(operation: .equal, text: "Invites"), Run(operation: .inserted, text: "all"),
      Run(operation: .equal, text: "States to support"),
    ])
    #expect(diff.similarity == 8.0 / 9.0)
  }

  @Test func deletion() {
    let diff = WordDiff(old: "Invites all States to support the Fund", new: "Invites States to support")
    #expect(diff.runs == [
      Run(operation: .equal, text: "Invites"), Run(operation: .deleted, text: "all"),
      Run(operation: .equal, text: "States to support"), Run(operation: .deleted, text: "the Fund"),
    ])
    #expect(diff.hasChanges)
  }

  @Test func replacementDeletesBeforeInserting() {
    let diff = WordDiff(old: "Bearing in mind the Vienna Declaration", new: "Recalling the Vienna Declaration")
    #expect(diff.runs == [
      Run(operation: .deleted, text: "Bearing in mind"), Run(operation: .inserted, text: "Recalling"),
      Run(operation: .equal, text: "the Vienna Declaration"),
    ])
    #expect(diff.similarity == 6.0 / 10.0)
  }

  @Test func caseAndPunctuationAreChangesOfWords() {
    let diff = WordDiff(old: "Invites States, to support", new: "invites States to support")
    #expect(diff.runs == [
      Run(operation: .deleted, text: "Invites States,"), Run(operation: .inserted, text: "invites States"),
      Run(operation: .equal, text: "to support"),
    ])
  }

  /// Against a textbook dynamic-programming LCS on many small random word sequences: the equal runs are a longest
  /// common subsequence, and each side's words are exactly recovered from the runs.
  @Test func agreesWithDynamicProgrammingOnRandomSequences() {
    var random = CompareFixtures.SplitMix(seed: 7)
    let vocabulary = ["the", "States", "Fund", "to", "of", "invites", "and"]
    for _ in 0..<400 {
      let old = (0..<random.below(14)).map { _ in vocabulary[random.below(vocabulary.count)] }
      let new = (0..<random.below(14)).map { _ in vocabulary[random.below(vocabulary.count)] }
      let diff = WordDiff(old: old.joined(separator: " "), new: new.joined(separator: " "))
      func side(_ keep: WordDiff.Operation) -> [String] {
        diff.runs.filter { $0.operation == .equal || $0.operation == keep }.flatMap { $0.text.split(separator: " ").map(String.init) }
      }
      #expect(side(.deleted) == old)
      #expect(side(.inserted) == new)
      let equal = diff.runs.filter { $0.operation == .equal }.reduce(0) { $0 + $1.text.split(separator: " ").count }
      #expect(equal == lcsLength(old, new), "\(old) / \(new)")
      #expect(zip(diff.runs, diff.runs.dropFirst()).allSatisfy { $0.operation != $1.operation })
    }
  }

  @Test func longParagraphsWithScatteredEdits() {
    let words = CompareFixtures.corpusWords(count: 2_000)
    var edited = words
    for index in stride(from: 50, to: 2_000, by: 100) { edited[index] = "EDITED" }
    let diff = WordDiff(old: words.joined(separator: " "), new: edited.joined(separator: " "))
    #expect(diff.runs.filter { $0.operation == .inserted }.map(\.text) == Array(repeating: "EDITED", count: 20))
    #expect(diff.runs.filter { $0.operation == .deleted }.reduce(0) { $0 + $1.text.split(separator: " ").count } == 20)
    #expect(diff.similarity == 1_980.0 / 2_000.0)
  }

  func lcsLength(_ a: [String], _ b: [String]) -> Int {
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in a.indices.reversed() {
      for j in b.indices.reversed() {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    return table[0][0]
  }
}

/// Paragraph alignment on real resolutions edited in memory: each edit has one right answer.
@Suite struct CompareAlignmentTests {
  static let ga = Seeds.parse(4)
  static let ecosoc1992 = Seeds.parse(1)

  @Test func renumberingAloneChangesNothing() {
    var renumbered = Self.ga
    renumbered.preamble = renumbered.preamble.enumerated().map { index, paragraph in
      var moved = paragraph
      moved.paragraphRef = ParagraphRef("PP\(index + 3)")!
      return moved
    }
    renumbered.operative = renumbered.operative.map { paragraph in
      var shifted = paragraph
      shifted.number += 10
      shifted.paragraphRef = ParagraphRef("\(shifted.number)")!
      return shifted
    }
    let comparison = ResolutionComparison(old: Self.ga, new: renumbered)
    #expect(comparison.count(.unchanged) == CompareFixtures.unitCount(Self.ga))
    #expect(comparison.preamble.first?.new?.ref == "PP3")
    #expect(comparison.operative.last?.old?.ref == "18")
    #expect(comparison.operative.last?.new?.ref == "28")
    #expect(comparison.operative.allSatisfy { !$0.words.hasChanges })
  }

  @Test func reflowedWhitespaceIsNotAChange() {
    var reflowed = Self.ga
    reflowed.operative[5].text = reflowed.operative[5].text.split(separator: " ").joined(separator: "  \n ")
    let comparison = ResolutionComparison(old: Self.ga, new: reflowed)
    #expect(comparison.count(.unchanged) == CompareFixtures.unitCount(Self.ga))
  }

  /// Section II of ECOSOC 1992/22 taken out and III–VII renumbered II–VI: every other unit, subparagraphs
  /// included, is unchanged, and section II's four paragraphs are dropped right after I.4, where they stood.
  @Test func aWholeSectionShiftingIsNotAChange() {
    let old = Self.ecosoc1992
    var shifted = old
    let numerals = ["I", "II", "III", "IV", "V", "VI", "VII"]
    shifted.operative = old.operative.filter { $0.section != "II" }.map { paragraph in
      var copy = paragraph
      let section = paragraph.section!
      let renamed = section == "I" ? "I" : numerals[numerals.firstIndex(of: section)! - 1]
      copy.section = renamed
      copy.paragraphRef = ParagraphRef("\(renamed).\(paragraph.number)")!
      copy.subparagraphs = paragraph.subparagraphs.map { sub in
        var moved = sub
        moved.paragraphRef = ParagraphRef("\(copy.ref)(\(sub.label))")!
        return moved
      }
      return copy
    }
    let comparison = ResolutionComparison(old: old, new: shifted)
    #expect(comparison.count(.dropped) == 4)
    #expect(comparison.count(.unchanged) == CompareFixtures.unitCount(old) - 4)
    #expect(comparison.count(.moved) == 0 && comparison.count(.changed) == 0 && comparison.count(.added) == 0)
    let refs = comparison.operative.map { "\($0.old?.ref ?? "-")>\($0.new?.ref ?? "-")" }
    let afterI4 = refs.firstIndex(of: "I.4>I.4")! + 1
    #expect(Array(refs[afterI4..<afterI4 + 5]) == ["II.1>-", "II.2>-", "II.3>-", "II.4>-", "III.1>II.1"])
    #expect(refs.contains("IV.3(h)>III.3(h)"))
  }

  @Test func aParagraphTakenOutOfOrderIsMoved() {
    var reordered = Self.ga
    let fund = reordered.operative.remove(at: 13)  // 14. Invites States to make adequate voluntary contributions…
    reordered.operative.insert(fund, at: 1)
    reordered.operative = CompareFixtures.renumbered(reordered.operative)
    let comparison = ResolutionComparison(old: Self.ga, new: reordered)
    #expect(comparison.count(.moved) == 1)
    #expect(comparison.count(.unchanged) == CompareFixtures.unitCount(Self.ga) - 1)
    let row = comparison.operative[1]
    #expect(row.change == .moved)
    #expect(row.old?.ref == "14" && row.new?.ref == "2")
    #expect(!row.words.hasChanges)
  }

  @Test func aMovedParagraphStillShowsItsEdits() {
    var reordered = Self.ga
    var fund = reordered.operative.remove(at: 13)
    fund.text = CompareFixtures.replacingWord("adequate", with: "generous", in: fund.text)
    reordered.operative.append(fund)
    reordered.operative = CompareFixtures.renumbered(reordered.operative)
    let comparison = ResolutionComparison(old: Self.ga, new: reordered)
    let row = comparison.operative.last!
    #expect(row.change == .moved)
    #expect(row.old?.ref == "14" && row.new?.ref == "18")
    #expect(CompareFixtures.changedRuns(row.words) == [.init(operation: .deleted, text: "adequate"), .init(operation: .inserted, text: "generous")])
  }

  @Test func aDroppedParagraphSitsAfterItsOldPredecessor() {
    var shorter = Self.ga
    shorter.operative.remove(at: 8)  // 9. Urges States and funding agencies…
    shorter.operative = CompareFixtures.renumbered(shorter.operative)
    let comparison = ResolutionComparison(old: Self.ga, new: shorter)
    #expect(comparison.count(.dropped) == 1)
    #expect(comparison.count(.unchanged) == CompareFixtures.unitCount(Self.ga) - 1)
    let index = comparison.operative.firstIndex { $0.change == .dropped }!
    #expect(comparison.operative[index].old?.ref == "9")
    #expect(comparison.operative[index].new == nil)
    #expect(comparison.operative[index - 1].old?.ref == "8")
    #expect(comparison.operative[index + 1].old?.ref == "10" && comparison.operative[index + 1].new?.ref == "9")
    #expect(comparison.operative[index].words.runs.allSatisfy { $0.operation == .deleted })
  }

  @Test func aParagraphDroppedFromTheStartOpensItsPart() {
    var shorter = Self.ga
    shorter.preamble.removeFirst()
    let comparison = ResolutionComparison(old: Self.ga, new: shorter)
    #expect(comparison.preamble.first?.change == .dropped)
    #expect(comparison.preamble.first?.old?.ref == "PP1")
  }

  @Test func anInsertedParagraphIsAdded() {
    var longer = Self.ga
    longer.operative.insert(
      OperativeParagraph(ref: "1", number: 0, section: nil, verb: "Decides", text: "Decides to remain seized of the matter.", line: 1),
      at: 17)
    longer.operative = CompareFixtures.renumbered(longer.operative)
    let comparison = ResolutionComparison(old: Self.ga, new: longer)
    #expect(comparison.count(.added) == 1)
    let row = comparison.operative[17]
    #expect(row.change == .added && row.old == nil && row.new?.ref == "18")
    #expect(row.words.runs == [.init(operation: .inserted, text: "Decides to remain seized of the matter.")])
    #expect(comparison.operative[18].old?.ref == "18" && comparison.operative[18].new?.ref == "19")
  }

  /// One word changed in the file itself, then parsed again.
  @Test func anEditedWordIsExactlyThatChange() {
    // `reform` also occurs in paragraph 12 (`reform proposals`): only the one in paragraph 6 changes.
    let text = Seeds.text(4).replacing("justice reform", with: "justice renewal", maxReplacements: 1)
    let edited = ResolutionParser().parse(Array(text.utf8), file: "edited.txt")
    let comparison = ResolutionComparison(old: Self.ga, new: edited)
    #expect(comparison.count(.changed) == 1)
    #expect(comparison.count(.unchanged) == CompareFixtures.unitCount(Self.ga) - 1)
    let row = comparison.operative.first { $0.change == .changed }!
    #expect(row.old?.ref == "6" && row.new?.ref == "6")
    #expect(CompareFixtures.changedRuns(row.words) == [.init(operation: .deleted, text: "reform"), .init(operation: .inserted, text: "renewal")])
  }

  /// An operative paragraph's text moved into the preamble is dropped from one part and added to the other.
  @Test func preambleNeverPairsWithOperative() {
    var crossed = Self.ga
    let paragraph = crossed.operative.remove(at: 6)
    crossed.operative = CompareFixtures.renumbered(crossed.operative)
    crossed.preamble.append(PreambularParagraph(ref: "PP9", verb: paragraph.verb, text: paragraph.text, line: 1))
    let comparison = ResolutionComparison(old: Self.ga, new: crossed)
    #expect(comparison.preamble.last?.change == .added)
    #expect(comparison.preamble.last?.new?.text == paragraph.text)
    #expect(comparison.operative.first { $0.change == .dropped }?.old?.text == paragraph.text)
    for row in comparison.preamble { #expect([row.old?.ref, row.new?.ref].compactMap { $0 }.allSatisfy { $0.hasPrefix("PP") }) }
    for row in comparison.operative { #expect([row.old?.ref, row.new?.ref].compactMap { $0 }.allSatisfy { !$0.hasPrefix("PP") }) }
  }

  /// 200 distinct paragraphs against a reordered, edited, shortened and lengthened version of them: each edit is
  /// found, and every unit is accounted for.
  @Test func twoHundredParagraphsEachWay() {
    var random = CompareFixtures.SplitMix(seed: 11)
    let vocabulary = Array(Set(CompareFixtures.corpusWords(count: 20_000))).sorted()
    let paragraphs = (0..<200).map { index in
      "Paragraph \(index) " + (0..<40).map { _ in vocabulary[random.below(vocabulary.count)] }.joined(separator: " ")
    }
    var old = Resolution(file: "old.txt", plainText: "")
    old.operative = CompareFixtures.renumbered(paragraphs.map { OperativeParagraph(ref: "1", number: 0, section: nil, verb: "", text: $0, line: 1) })
    var newTexts = paragraphs
    let movedText = newTexts.remove(at: 20)
    newTexts.insert(movedText, at: 150)
    newTexts.remove(at: 100)
    newTexts[50] = CompareFixtures.replacingWord("Paragraph", with: "Section", in: newTexts[50])
    newTexts.insert("An entirely new paragraph about something else.", at: 10)
    var new = old
    new.operative = CompareFixtures.renumbered(newTexts.map { OperativeParagraph(ref: "1", number: 0, section: nil, verb: "", text: $0, line: 1) })
    let comparison = ResolutionComparison(old: old, new: new)
    #expect(comparison.count(.moved) == 1)
    #expect(comparison.count(.changed) == 1)
    #expect(comparison.count(.dropped) == 1)
    #expect(comparison.count(.added) == 1)
    #expect(comparison.count(.unchanged) == 197)
    #expect(comparison.operative.first { $0.change == .moved }?.old?.ref == "21")
  }
}

/// GA 55/64 (2000) against ECOSOC 2004 on the same programme: the 2004 text is a rewrite, not an amendment.
@Suite struct CompareRealPairTests {
  static let comparison = ResolutionComparison(old: Seeds.parse(4), new: Seeds.parse(3))

  @Test func everyUnitOfBothTextsIsAccountedFor() {
    let old = Seeds.parse(4), new = Seeds.parse(3)
    let c = Self.comparison
    let paired = c.count(.unchanged) + c.count(.changed) + c.count(.moved)
    #expect(paired + c.count(.dropped) == CompareFixtures.unitCount(old))
    #expect(paired + c.count(.added) == CompareFixtures.unitCount(new))
    #expect(c.preamble.compactMap(\.old).count == old.preamble.count)
    #expect(c.preamble.compactMap(\.new).map(\.ref) == new.preamble.map(\.ref))
    #expect(c.operative.compactMap(\.new).map(\.ref) == new.operative.map(\.ref))
    #expect(c.oldName == "GA 55/64")
    #expect(c.oldFile == "corpus/ga-55-64-strengthening-the-programme.txt")
  }

  /// Only the Vienna Declaration paragraph survives recognisably: `Bearing in mind` became `Recalling`, and the
  /// commitment clause gave way to the plans of action.
  @Test func theViennaDeclarationParagraphIsTheOnePair() {
    let c = Self.comparison
    #expect(c.count(.unchanged) == 0 && c.count(.moved) == 0)
    #expect(c.count(.changed) == 1)
    #expect(c.count(.dropped) == 25)
    #expect(c.count(.added) == 18)
    let row = c.preamble.first { $0.change == .changed }!
    #expect(row.old?.ref == "PP7" && row.new?.ref == "PP3")
    let changes = CompareFixtures.changedRuns(row.words)
    #expect(changes.first == .init(operation: .deleted, text: "Bearing in mind"))
    #expect(changes.dropFirst().first == .init(operation: .inserted, text: "Recalling"))
    #expect(changes.contains(.init(operation: .inserted, text: "as well as the plans of action for")))
  }

  /// GA 55/64 para 14 and ECOSOC 2004 para 6 both invite contributions to the Crime Prevention and Criminal
  /// Justice Fund to strengthen the capacity to provide technical assistance, but the 2004 text rewrote it: they
  /// share about a third of their words in order (word-diff similarity 0.36) and a quarter of their word pairs,
  /// far below the pairing threshold of 0.5, so the one is dropped and the other added. (GA para 7, also on the
  /// Fund, is as close to para 6 as para 14 is: neither is its plain ancestor.)
  @Test func theFundParagraphsAreARewriteNotAPair() {
    let c = Self.comparison
    let old14 = c.operative.first { $0.old?.ref == "14" }!
    let new6 = c.operative.first { $0.new?.ref == "6" }!
    #expect(old14.change == .dropped)
    #expect(new6.change == .added)
    #expect(old14.old!.text.hasPrefix("Invites States to make adequate voluntary contributions to the United Nations Crime Prevention"))
    #expect(new6.new!.text.hasPrefix("Also invites Member States to make or increase voluntary contributions"))
    let similarity = WordDiff(old: old14.old!.text, new: new6.new!.text).similarity
    #expect(similarity > 0.3 && similarity < 0.4)
  }

  /// Rows follow the 2004 order; the 2000 paragraphs before the pair open the preamble, PP8 follows the pair, and
  /// with no operative pair all 18 old operative paragraphs come before the 9 new ones.
  @Test func droppedParagraphsSitWhereTheyStood() {
    let c = Self.comparison
    let preamble = c.preamble.map { "\($0.old?.ref ?? "-")>\($0.new?.ref ?? "-")" }
    #expect(Array(preamble.prefix(9)) == ["PP1>-", "PP2>-", "PP3>-", "PP4>-", "PP5>-", "PP6>-", "->PP1", "->PP2", "PP7>PP3"])
    #expect(preamble[9] == "PP8>-")
    #expect(c.operative.prefix(18).allSatisfy { $0.change == .dropped })
    #expect(c.operative.dropFirst(18).allSatisfy { $0.change == .added })
  }
}

// MARK: - Helpers

/// Fixtures and helpers of the comparison tests, in one namespace.
enum CompareFixtures {
  /// Units a comparison aligns: preambular paragraphs, operative paragraphs and subparagraphs.
  static func unitCount(_ resolution: Resolution) -> Int {
    resolution.preamble.count + resolution.operative.reduce(0) { $0 + 1 + $1.subparagraphs.count }
  }

  /// Operative paragraphs numbered 1, 2, 3… in their new order (no sections), subparagraph refs following.
  static func renumbered(_ paragraphs: [OperativeParagraph]) -> [OperativeParagraph] {
    paragraphs.enumerated().map { index, paragraph in
      var copy = paragraph
      copy.number = index + 1
      copy.paragraphRef = ParagraphRef("\(index + 1)")!
      copy.subparagraphs = paragraph.subparagraphs.map { sub in
        var moved = sub
        moved.paragraphRef = ParagraphRef("\(index + 1)(\(sub.label))")!
        return moved
      }
      return copy
    }
  }

  static func changedRuns(_ diff: WordDiff) -> [WordDiff.Run] { diff.runs.filter { $0.operation != .equal } }

  /// Real words for large inputs: the words of the bundled corpus, repeated as needed.
  static func corpusWords(count: Int) -> [String] {
    let all = Seeds.files.indices.flatMap { Seeds.text($0).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
    return (0..<count).map { all[$0 % all.count] }
  }

  /// `text` with every whole word `word` (between spaces or newlines) replaced.
  static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
    var out = ""
    var current = ""
    for character in text {
      if character == " " || character == "\n" {
        out += (current == word ? replacement : current) + String(character)
        current = ""
      } else {
        current.append(character)
      }
    }
    return out + (current == word ? replacement : current)
  }

  /// A small seeded generator, so the random cases are the same on every run.
  struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }
}
