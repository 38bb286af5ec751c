import ResolutionKit
import Testing

@Suite("Reused language: similarity, shared phrases, and the matches on the bundled corpus")
struct ReuseTests {
  // MARK: - Small strings

  @Test("identical paragraphs score 1, unrelated ones 0; case and punctuation do not matter")
  func scoreBounds() {
    let text = "Invites Member States to make voluntary contributions to the Fund;"
    #expect(ReuseSimilarity.score(text, text) == 1)
    #expect(ReuseSimilarity.score(text, "INVITES member states, to make voluntary contributions to the fund.") == 1)
    #expect(ReuseSimilarity.score(text, "Decides to consider the question at its next session") == 0)
    #expect(ReuseSimilarity.score("", text) == 0)
  }

  @Test("a paragraph quoted whole inside a longer one scores at least 0.8; a shared run scores in between")
  func containment() {
    let short = "strengthening the financial base of the Fund"
    let long = "Recommends measures aimed at strengthening the financial base of the Fund through special events"
    let score = ReuseSimilarity.score(short, long)
    #expect(score >= 0.8 && score < 1)
    let partial = ReuseSimilarity.score(
      "Calls upon Member States to provide both general-purpose and earmarked contributions to the Fund",
      "Invites all States to support, through voluntary contributions to the Fund, the operational activities")
    #expect(partial > 0 && partial < 0.5)
    #expect(ReuseSimilarity.score(short, long) == ReuseSimilarity.score(long, short), "symmetric")
  }

  @Test("one changed word inside reused language still counts as shared")
  func oneWordChanged() {
    let a = "resources available within the existing budgetary framework for the operational activities of the Office"
    let b = "resources available within the existing budgetary framework for all operational activities of the Office"
    #expect(ReuseSimilarity.score(a, b) == 1, "the changed word is bridged")
    let dropped = "resources available within the existing budgetary framework for operational activities of the Office"
    #expect(ReuseSimilarity.score(a, dropped) > 0.75, "a dropped word costs the shingles around it")
  }

  @Test("the shared phrase is the longest common run of words, quoted as the first text writes it")
  func sharedPhrase() {
    let a = "Invites all States to support, through voluntary contributions to the United Nations Fund, the activities"
    let b = "Calls upon Member States to provide both general-purpose and earmarked contributions to the united nations fund;"
    #expect(ReuseSimilarity.sharedPhrase(a, b) == "contributions to the United Nations Fund")
    #expect(ReuseSimilarity.sharedPhrase(a, "Decides to remain seized of the matter") == "")
    #expect(ReuseSimilarity.sharedPhrase("", "") == "")
  }

  @Test("fingerprints: a shared run of twelve words always shares one, at about one per six words")
  func fingerprints() {
    let run = "the expansion of the technical assistance activities of the Office including additional services"
    let left = LanguageFingerprint(text: "Recognizes with deep appreciation " + run + " in the region concerned")
    let right = LanguageFingerprint(text: "Welcomes, as the Assembly decided last year, " + run + ", and requests funding")
    #expect(!Set(left.fingerprints).isDisjoint(with: right.fingerprints))
    #expect(left.words.first == "recognizes")
    #expect(left.fingerprints.allSatisfy { $0 >= 0 && $0 < 1 << 31 })
    let long = LanguageFingerprint(text: Seeds.parse(1).operative.map(\.text).joined(separator: " "))
    let density = Double(long.words.count) / Double(long.fingerprints.count)
    #expect(density > 4 && density < 10, "one fingerprint per \(density) words")
    #expect(LanguageFingerprint(text: "").fingerprints.isEmpty)
    #expect(LanguageFingerprint(text: "The, of; and.").fingerprints.isEmpty, "function words alone have none")
  }

  // MARK: - The bundled corpus

  static let corpus: LoadedCorpus = {
    guard let corpus = try? CorpusLoader.load(path: Seeds.corpusFolder) else { fatalError("the corpus did not load") }
    return LoadedCorpus(corpus)
  }()

  static func file(_ name: String) -> String { Seeds.corpusFolder + "/" + name }
  static let ga = file("ga-55-64-strengthening-the-programme.txt")
  static let ccpcj = file("ccpcj-5-2-technical-cooperation.txt")
  static let ecosoc1992 = file("ecosoc-1992-22-operational-activities.txt")
  static let ecosoc2002 = file("ecosoc-2002-17-international-cooperation.txt")
  static let ecosoc2004 = file("ecosoc-2004-technical-cooperation-capacity.txt")

  static func places(_ matches: [ReuseMatch]) -> [String] { matches.map { "\($0.file)#\($0.ref)" } }

  @Test("from GA 55/64 para 14, the Fund paragraphs of three other resolutions (and GA 55/64 para 7)")
  func fundFromGA() {
    let matches = Self.corpus.reusedLanguage(ref: "14", inFile: Self.ga, limit: 20)
    let places = Self.places(matches)
    for expected in [Self.ccpcj + "#12", Self.ecosoc2004 + "#6", Self.ecosoc1992 + "#V.3(c)", Self.ga + "#7"] {
      #expect(places.contains(expected), "\(expected) missing from \(places)")
    }
    let fund = matches.filter { $0.sharedPhrase.contains("Criminal Justice Fund") }
    #expect(Set(fund.map(\.file)).subtracting([Self.ga]).count >= 3)
    #expect(matches.first { $0.ref == "12" && $0.file == Self.ccpcj }?.displayID == "CCPCJ 5/2")
  }

  @Test("from the ECOSOC 2004 para 8, ECOSOC 2002/17 para 9 (nearly the same words) comes first, above 0.8")
  func nearlyIdentical() {
    let matches = Self.corpus.reusedLanguage(ref: "8", inFile: Self.ecosoc2004, limit: 10)
    let first = try! #require(matches.first)
    #expect(first.file == Self.ecosoc2002 && first.ref == "9")
    #expect(first.displayID == "ECOSOC 2002/17")
    #expect(first.similarity > 0.8)
    #expect(first.sharedPhrase.hasPrefix("Requests the Secretary-General to enhance further the resources available"))
    #expect(matches.dropFirst().allSatisfy { $0.similarity < 0.6 }, "the others share only a phrase")
    // And back again: the same pair, the same similarity.
    let back = Self.corpus.reusedLanguage(ref: "9", inFile: Self.ecosoc2002, limit: 10)
    #expect(back.first?.file == Self.ecosoc2004 && back.first?.ref == "8")
    #expect(back.first?.similarity == first.similarity)
  }

  @Test("from CCPCJ 5/2 para 12, the Fund paragraphs of GA 55/64, the ECOSOC 2004 file and ECOSOC 1992/22")
  func fundFromCCPCJ() {
    let places = Self.places(Self.corpus.reusedLanguage(ref: "12", inFile: Self.ccpcj, limit: 20))
    for expected in [Self.ga + "#7", Self.ga + "#14", Self.ecosoc2004 + "#6", Self.ecosoc1992 + "#V.3(c)"] {
      #expect(places.contains(expected), "\(expected) missing from \(places)")
    }
  }

  @Test("interregional advisory services: the ECOSOC 2004 paras 2 and 8 and ECOSOC 2002/17 paras 3 and 9 find each other")
  func interregional() {
    let fromTwo = Self.places(Self.corpus.reusedLanguage(ref: "2", inFile: Self.ecosoc2004, limit: 20))
    #expect(fromTwo.contains(Self.ecosoc2002 + "#3") && fromTwo.contains(Self.ecosoc2004 + "#8"), "\(fromTwo)")
    let fromThree = Self.places(Self.corpus.reusedLanguage(ref: "3", inFile: Self.ecosoc2002, limit: 20))
    #expect(fromThree.contains(Self.ecosoc2004 + "#2") && fromThree.contains(Self.ecosoc2002 + "#9"), "\(fromThree)")
  }

  @Test("a ubiquitous phrase alone is no match: the Programme's name is not reused language")
  func ubiquitousPhrase() {
    let matches = Self.corpus.reusedLanguage(ref: "12", inFile: Self.ccpcj, limit: 50)
    #expect(!matches.contains { $0.sharedPhrase == "the United Nations Crime Prevention and Criminal Justice" })
    #expect(matches.count < 10, "\(Self.places(matches))")
  }

  @Test("every paragraph of the corpus: never its own match, sorted best first, within 0...1, at most the limit")
  func everyParagraph() {
    for summary in Self.corpus.summaries {
      let resolution = try! #require(Self.corpus.resolution(file: summary.file))
      for ref in resolution.paragraphRefs {
        let matches = Self.corpus.reusedLanguage(ref: ref, inFile: summary.file, limit: 5)
        #expect(matches.count <= 5)
        #expect(!matches.contains { $0.file == summary.file && $0.ref == ref }, "\(summary.file)#\(ref)")
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.similarity >= $1.similarity })
        #expect(matches.allSatisfy { $0.similarity > 0 && $0.similarity <= 1 && !$0.sharedPhrase.isEmpty })
      }
    }
  }

  @Test("footnotes, titles, unknown paragraphs and unknown files have no matches")
  func notParagraphs() {
    #expect(Self.corpus.reusedLanguage(ref: "title", inFile: Self.ga, limit: 5).isEmpty)
    #expect(Self.corpus.reusedLanguage(ref: "fn1", inFile: Self.ecosoc1992, limit: 5).isEmpty)
    #expect(Self.corpus.reusedLanguage(ref: "99", inFile: Self.ga, limit: 5).isEmpty)
    #expect(Self.corpus.reusedLanguage(ref: "14", inFile: "nowhere.txt", limit: 5).isEmpty)
    #expect(Self.corpus.reusedLanguage(ref: "14", inFile: Self.ga, limit: 0).isEmpty)
  }
}
