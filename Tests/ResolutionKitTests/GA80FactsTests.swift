import ResolutionKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The 55 General Assembly resolutions of 2025 in `../shared/real/ga80` (markdown from the official PDFs with YAML
/// front matter), read by the real parser. Skipped, saying so, where the folder is absent (a fresh clone).
enum GA80 {
  static let folder: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/../shared/real/ga80"
  }()

  static var isPresent: Bool { access(folder + "/A_RES_80_1.md", R_OK) == 0 }

  static func parse(_ number: Int) -> Resolution {
    let file = "\(folder)/A_RES_80_\(number).md"
    return ResolutionParser().parse(Seeds.readFile(file), file: file)
  }

  /// Case, curly quotes, dashes and spacing aside.
  static func folded(_ text: String) -> String { normalised(text.lowercased()) }

  /// Curly quotes, dashes and spacing aside; case kept.
  static func normalised(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\u{201C}", "\u{201D}": out.append("\"")
      case "\u{2018}", "\u{2019}": out.append("'")
      case "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": out.append("-")
      case _ where character.isWhitespace: if out.last != " " { out.append(" ") }
      default: out.append(character)
      }
    }
    return out
  }
}

/// Every fact of every ga80 file, written down from reading the files (the header block's number, the date in
/// "Resolution adopted by the General Assembly on …", the title line completed where the PDF text layer cut it, the
/// numbered operative paragraphs plus any whose number the text layer lost, the annex's numbered paragraphs and the
/// `[^n]:` footnotes at the end).
@Suite(.enabled(if: GA80.isPresent, "../shared/real/ga80 is absent: the real 2025 resolutions were not checked"))
struct GA80FactsTests {
  /// number, adopted, title, operative paragraphs, paragraphs per annex, footnote texts, first and last footnote's
  /// opening words.
  static let facts: [(String, String, String, Int, [Int], Int, String, String)] = [
    ("1", "2025-09-19", "Participation by the State of Palestine during the eightieth session", 3, [], 1, "See resolution 169 (II).", "See resolution 169 (II)."),
    ("2", "2025-10-14", "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter", 6, [], 1, "Official Records of the General Assembly, Eighti", "Official Records of the General Assembly, Eighti"),
    ("3", "2025-10-14", "Awaza Political Declaration", 2, [25], 16, "Resolution 79/233, annex; see also resolution 79", "Resolution 79/1."),
    ("4", "2025-10-29", "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba", 5, [], 1, "A/80/83.", "A/80/83."),
    ("5", "2025-11-04", "Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”", 1, [44], 15, "Report of the World Summit for Social Developmen", "Resolution 69/283, annex II."),
    ("6", "2025-11-11", "Report of the International Criminal Court", 32, [], 10, "United Nations, Treaty Series, vol. 2187, No. 38", "Official Records of the General Assembly, Eighti"),
    ("7", "2025-11-14", "Report of the International Atomic Energy Agency", 5, [], 3, "See A/80/348.", "See International Atomic Energy Agency General C"),
    ("8", "2025-11-19", "Building a peaceful and better world through sport and the Olympic ideal", 9, [], 6, "Resolution 60/1.", "United Nations, Treaty Series, vol. 2515, No. 44"),
    ("9", "2025-11-24", "2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons", 1, [31], 15, "Resolution 64/293.", "Guiding Principles on Business and Human Rights:"),
    ("10", "2025-11-26", "International Day of the World’s Indigenous Women and Girls", 3, [], 13, "See resolution 2200 A (XXI), annex.", "CEDAW/C/GC/40."),
    ("11", "2025-11-26", "2025 review of the United Nations peacebuilding architecture", 30, [], 4, "Including General Assembly resolution 60/180 and", "A/79/634-S/2024/869, annex."),
    ("12", "2025-12-01", "Objective information on military matters, including transparency of military expenditures", 10, [], 5, "A/54/298.", "A/80/225."),
    ("13", "2025-12-01", "Implementation of the Declaration of the Indian Ocean as a Zone of Peace", 5, [], 3, "Official Records of the General Assembly, Thirty", "Official Records of the General Assembly, Eighti"),
    ("14", "2025-12-01", "African Nuclear-Weapon-Free Zone Treaty", 8, [], 5, "A/50/426, annex.", "United Nations, Treaty Series, vol. 729, No. 104"),
    ("15", "2025-12-01", "Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco)", 6, [], 10, "United Nations, Treaty Series, vol. 634, No. 906", "See 2010 Review Conference of the Parties to the"),
    ("16", "2025-12-01", "Open-ended working group on security of and in the use of Information and Communications Technologies 2021-2025 established pursuant to General Assembly resolution 75/240", 4, [], 0, "", ""),
    ("17", "2025-12-01", "Establishment of a nuclear-weapon-free zone in the region of the Middle East", 12, [], 4, "Resolution S-10/2.", "A/45/435."),
    ("18", "2025-12-01", "Conclusion of effective international arrangements to assure non‑nuclear-weapon States against the use or threat of use of nuclear weapons", 6, [], 7, "Resolution S-10/2.", "See A/57/759-S/2003/332, annex I."),
    ("19", "2025-12-01", "Prevention of an arms race in outer space", 9, [], 6, "United Nations, Treaty Series, vol. 610, No. 884", "A/79/364."),
    ("20", "2025-12-01", "No first placement of weapons in outer space", 7, [], 8, "United Nations, Treaty Series, vol. 610, No. 884", "See resolution S-10/2."),
    ("21", "2025-12-01", "Further practical measures for the prevention of an arms race in outer space", 11, [], 8, "United Nations, Treaty Series, vol. 610, No. 884", "A/AC.297/2025/CRP.2/Rev.5."),
    ("22", "2025-12-01", "Role of science and technology in the context of international security and disarmament", 7, [], 4, "United Nations, Treaty Series, vol. 1015, No. 14", "A/80/237."),
    ("23", "2025-12-01", "Possible risks of the integration of artificial intelligence into command, control and communications systems of nuclear weapons", 4, [], 1, "Resolution S-10/2.", "Resolution S-10/2."),
    ("24", "2025-12-01", "Nuclear disarmament", 23, [], 20, "United Nations, Treaty Series, vol. 1015, No. 14", "CD/1299."),
    ("25", "2025-12-01", "Relationship between disarmament and development", 8, [], 5, "See resolution S-10/2.", "See resolution 70/1."),
    ("26", "2025-12-01", "Prohibition of the dumping of radioactive wastes", 10, [], 9, "See A/43/398, annex I.", "United Nations, Treaty Series, vol. 2101, No. 36"),
    ("27", "2025-12-01", "Regional disarmament", 6, [], 2, "Resolution S-10/2.", "Official Records of the General Assembly, Forty-"),
    ("28", "2025-12-01", "Transparency in armaments", 12, [], 9, "A/77/165.", "See A/80/121."),
    ("29", "2025-12-01", "Conventional arms control at the regional and subregional levels", 4, [], 0, "", ""),
    ("30", "2025-12-01", "Convening of the fourth special session of the General Assembly devoted to disarmament", 5, [], 3, "Resolution S-10/2.", "See resolution 79/1."),
    ("31", "2025-12-01", "Nuclear-weapon-free southern hemisphere and adjacent areas", 10, [], 12, "Resolution S-10/2.", "See 1995 Review and Extension Conference of the "),
    ("32", "2025-12-01", "Observance of environmental norms in the drafting and implementation of agreements on disarmament and arms control", 5, [], 1, "A/80/124.", "A/80/124."),
    ("33", "2025-12-01", "Follow-up to the advisory opinion of the International Court of Justice on the legality of the threat or use of nuclear weapons", 4, [], 13, "United Nations, Treaty Series, vol. 729, No. 104", "A/51/218, annex."),
    ("34", "2025-12-01", "Implementation of the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction", 36, [], 24, "League of Nations, Treaty Series, vol. XCIV, No.", "United Nations, Treaty Series, vol. 2160, No. 12"),
    ("35", "2025-12-01", "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction", 11, [], 1, "United Nations, Treaty Series, vol. 2056, No. 35", "United Nations, Treaty Series, vol. 2056, No. 35"),
    ("36", "2025-12-01", "Assistance to States for curbing the illicit traffic in small arms and light weapons and collecting them", 10, [], 9, "A/CONF.192/PC/23, annex.", "Report of the United Nations Conference on the I"),
    ("37", "2025-12-01", "Reducing nuclear danger", 6, [], 5, "Resolution S-10/2.", "A/56/400, para. 3."),
    ("38", "2025-12-01", "The illicit trade in small arms and light weapons in all its aspects", 37, [], 8, "Report of the United Nations Conference on the I", "Resolution 70/1."),
    ("39", "2025-12-01", "Towards a nuclear-weapon-free world: accelerating the implementation of nuclear disarmament commitments", 32, [], 16, "A/75/982.", "See TPNW/MSP/2022/6 and TPNW/MSP/2023/14."),
    ("40", "2025-12-01", "Promotion of multilateralism in the area of disarmament and non‑proliferation", 9, [], 2, "Resolution 55/2.", "A/80/126."),
    ("41", "2025-12-01", "Measures to prevent terrorists from acquiring weapons of mass destruction", 6, [], 7, "United Nations, Treaty Series, vol. 2445, No. 44", "A/80/164."),
    ("42", "2025-12-01", "Confidence-building measures in the regional and subregional context", 9, [], 1, "Official Records of the General Assembly, Forty-", "Official Records of the General Assembly, Forty-"),
    ("43", "2025-12-01", "Through-life conventional ammunition management", 17, [], 15, "See A/76/324.", "See resolution 70/1."),
    ("44", "2025-12-01", "Transparency and confidence-building measures in outer space activities", 11, [], 14, "A/48/305 and A/48/305/Corr.1.", "A/78/75."),
    ("45", "2025-12-01", "Follow-up to nuclear disarmament obligations agreed to at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons", 6, [], 5, "See also United Nations, Treaty Series, vol. 729", "Ibid., section entitled “Article VI and eighth t"),
    ("46", "2025-12-01", "The Arms Trade Treaty", 20, [], 9, "Report of the United Nations Conference on the I", "A/CONF.192/2024/RC/3."),
    ("47", "2025-12-01", "Treaty on the South-East Asia Nuclear-Weapon-Free Zone (Bangkok Treaty)", 5, [], 7, "United Nations, Treaty Series, vol. 2624, No. 46", "United Nations, Treaty Series, vol. 1833, No. 31"),
    ("48", "2025-12-01", "Steps to building a common roadmap towards a world without nuclear weapons", 13, [], 13, "United Nations, Treaty Series, vol. 729, No. 104", "See resolution 50/245 and A/50/1027."),
    ("49", "2025-12-01", "Follow-up to the 2013 high-level meeting of the General Assembly on Nuclear Disarmament", 15, [], 4, "Resolution 55/2.", "United Nations, Treaty Series, vol. 729, No. 104"),
    ("50", "2025-12-01", "Humanitarian consequences of nuclear weapons", 7, [], 3, "See resolution S-10/2.", "United Nations, Treaty Series, vol. 729, No. 104"),
    ("51", "2025-12-01", "Ethical imperatives for a nuclear-weapon-free world", 6, [], 10, "See resolution 1653 (XVI).", "See resolution 70/1."),
    ("52", "2025-12-01", "Implementation of the Convention on Cluster Munitions", 11, [], 3, "United Nations, Treaty Series, vol. 2515, No. 44", "CCM/CONF/2021/6, annexes I and II."),
    ("53", "2025-12-01", "Establishment of the Group of Scientific and Technical Experts on Nuclear Disarmament Verification", 12, [], 12, "Resolution S-10/2, paras. 30, 31, 50, 91 and 92.", "Ibid., action 2 of the action plan."),
    ("54", "2025-12-01", "Treaty on the Prohibition of Nuclear Weapons", 15, [], 4, "A/CONF.229/2017/8.", "TPNW/MSP/2025/WP.5."),
    ("55", "2025-12-01", "Youth, disarmament and non‑proliferation", 7, [], 4, "A/75/982.", "See resolution 70/1."),
  ]

  @Test(arguments: facts.indices)
  func everyFact(_ index: Int) {
    let (number, adopted, title, operative, annexes, notes, firstNote, lastNote) = Self.facts[index]
    let resolution = GA80.parse(Int(number)!)
    let place = "A_RES_80_\(number).md"
    #expect(resolution.id?.description == "GA 80/\(number)", "\(place): id")
    #expect(resolution.adopted?.iso == adopted, "\(place): adopted")
    #expect(GA80.folded(resolution.title ?? "") == GA80.folded(title), "\(place): title")
    #expect(resolution.operative.count == operative, "\(place): operative paragraphs")
    #expect(resolution.annexes.map(\.paragraphs.count) == annexes, "\(place): annex paragraphs")
    #expect(resolution.footnoteTexts.count == notes, "\(place): footnote texts")
    if notes > 0 {
      #expect(resolution.footnoteTexts.first?.text.hasPrefix(firstNote) == true, "\(place): first footnote")
      #expect(resolution.footnoteTexts.last?.text.hasPrefix(lastNote) == true, "\(place): last footnote")
    }
  }

  @Test func annexParagraphsAreNumberedInOrderAndNothingIsDropped() {
    for number in [3, 5, 9] {
      let resolution = GA80.parse(number)
      guard let annex = resolution.annexes.first else {
        Issue.record("80/\(number) has no annex")
        continue
      }
      #expect(annex.number == nil)
      #expect(annex.paragraphs.map(\.number) == Array(1...annex.paragraphs.count))
      #expect(annex.paragraphs.map(\.ref) == (1...annex.paragraphs.count).map { "annex.\($0)" })
      // The last paragraph's closing words are in the model and in what search reads.
      let last = annex.paragraphs.last!.text
      #expect(resolution.searchableParagraphs.contains { $0.ref == annex.paragraphs.last!.ref && $0.text == last })
    }
    // 80/3: the declaration's last words, and its paragraph 2 whose number the text layer lost.
    let awaza = GA80.parse(3)
    #expect(awaza.annexes[0].paragraphs.last!.text.hasSuffix("in the spirit of global cooperation and solidarity."))
    #expect(awaza.annexes[0].paragraphs[1].text.hasPrefix("We welcome the Awaza Programme of Action"))
    #expect(awaza.warnings.contains { $0.line == 38 && $0.message.contains("annex paragraph 2 has no number") })
    #expect(awaza.annexes[0].sections.map(\.number) == ["I", "II", "", "", "III"])
    #expect(awaza.annexes[0].sections[2].heading == "Partnerships and support mechanisms")
    // A heading without a number is not words of the paragraph before it.
    #expect(awaza.annexes[0].paragraphs[15].text.hasSuffix("fibre-optic cables and satellite-based systems."))
    #expect(awaza.annexes[0].paragraphs[16].section == "II")
    #expect(awaza.annexes[0].sections[0].heading == "Global context and shared commitments")
    #expect(awaza.annexes[0].paragraphs[12].subparagraphs.map(\.label) == ["a", "b", "c", "d", "e"])
    #expect(awaza.text(of: "annex.13(e)") == "Means of implementation.")
  }

  @Test func annexTitlesComeFromTheHeadingLineOrTheLineAfterIt() {
    #expect(GA80.parse(9).annexes.first?.title?.hasPrefix("2025 Political Declaration on the Implementation") == true)
    #expect(GA80.parse(5).annexes.first?.title?.hasPrefix("Doha Political Declaration of the") == true)
    #expect(GA80.parse(3).annexes.first?.title == nil)
  }

  @Test func adoptsWithoutACommaAfterTheFormulaIsTheOperativePart() {
    for number in [5, 9] {
      let resolution = GA80.parse(number)
      #expect(resolution.preamble.isEmpty)
      #expect(resolution.operative.first?.verb == "Adopts")
      #expect(resolution.operative.first?.text.hasSuffix("annexed to the present resolution.") == true
        || resolution.operative.first?.text.hasSuffix("as contained in the annex to the present resolution.") == true)
    }
  }

  @Test func footnoteDigitsGluedToWordsAreMarkersNotText() {
    let resolution = GA80.parse(9)
    let first = resolution.annexes[0].paragraphs[0]
    #expect(first.text.contains("Trafficking in Persons, reaffirm"))
    #expect(resolution.footnotes.contains { $0.ref == "annex.1" && $0.marker == "1" && $0.text != nil })
  }

  @Test func frontMatterIsNeverTheTitleAndDisagreementsAreSaid() {
    for number in [9, 11] {
      let resolution = GA80.parse(number)
      #expect(resolution.title?.contains("symbol:") == false)
      #expect(resolution.title?.contains("Distr.") == false)
    }
    // 80/52's front matter carries another resolution's title: the text's is kept, and the difference is a warning.
    let cluster = GA80.parse(52)
    #expect(cluster.title == "Implementation of the Convention on Cluster Munitions")
    #expect(cluster.warnings.contains { $0.severity == .warning && $0.message.contains("front matter title") })
    // 80/4's title line is cut in the text: completed from the front matter, with a note.
    let cuba = GA80.parse(4)
    #expect(cuba.title?.hasSuffix("imposed by the United States of America against Cuba") == true)
    #expect(cuba.warnings.contains { $0.message.contains("cut short") })
  }

  /// The extraction wrote a year that wraps onto the next line of a footnote as a marker of its own (`[^1994]:`).
  @Test func aYearWrittenAsAFootnoteMarkerStaysInItsFootnote() {
    let cairo = GA80.parse(10).footnoteTexts.first { $0.marker == "10" }?.text
    #expect(cairo?.hasSuffix("Cairo, 5–13 September 1994 (United Nations publication, Sales No. E.95.XIII.18), chap. I, "
      + "resolution 1, annex.") == true)
    #expect(!GA80.parse(10).footnoteTexts.contains { $0.marker == "1994" })
    #expect(GA80.parse(6).footnoteTexts.first { $0.marker == "9" }?.text.hasSuffix("31 July 2013 (S/INF/68).") == true)
    // … and a day: `[^7]: February 1984.` under footnote 2's "… as from".
    #expect(GA80.parse(18).footnoteTexts.first { $0.marker == "2" }?.text.hasSuffix("as from 7 February 1984.") == true)
  }

  @Test func theBrowsersInvariantsHoldOnEveryFile() throws {
    let corpus = try CorpusLoader.load(path: GA80.folder)
    #expect(corpus.resolutions.count == 55)
    for resolution in corpus.resolutions {
      #expect(ResolutionInvariants.violations(in: resolution) == [], "\(resolution.file)")
    }
  }
}
