import ResolutionKit
import Testing

/// Layouts real files come in that the bundled seeds do not show. Each text is written the way such files are
/// (margins, symbol headers, record codes, single-line dumps); the parser must infer the same kind of model.
@Suite struct UnseenLayoutTests {
  private func parse(_ text: String) -> Resolution {
    ResolutionParser().parse(Array(text.utf8), file: "test.txt")
  }

  @Test func fixedMarginSymbolHeaderAndNumberOnItsOwnLine() {
    let margin = String(repeating: " ", count: 18)
    let lines = [
      "E/2004/INF/2/Add.2", "", "2004/28", "Use and application of United Nations standards and norms",
      "in crime prevention and criminal justice", "", "The Economic and Social Council,", "",
      "Recalling its resolution 2003/30 of 22 July 2003,", "",
      "Bearing in mind the importance of the United Nations standards and norms,", "",
      "1. Requests the Secretary-General to continue to promote the use of the standards;", "",
      "2. Decides to consider the question at its substantive session of 2005.", "", "47th plenary meeting",
      "21 July 2004",
    ]
    let r = parse(lines.map { $0.isEmpty ? "" : margin + $0 }.joined(separator: "\n"))
    #expect(r.id?.description == "ECOSOC 2004/28")
    #expect(r.title == "Use and application of United Nations standards and norms in crime prevention and criminal justice")
    #expect(r.preamble.map(\.verb) == ["Recalling", "Bearing in mind"])
    #expect(r.operative.map(\.verb) == ["Requests", "Decides"])
    #expect(r.adopted?.iso == "2004-07-21")
    #expect(r.meeting == "47th plenary meeting")
  }

  @Test func wholeResolutionOnOneLineAfterACitationLine() {
    let text = """
      G.A. res. 51/63, 51 U.N. GAOR Supp. (No. 49) at 187, U.N. Doc. A/51/49 (Vol. I) (1996).
      Strengthening of the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity The General Assembly, Recalling its resolution 46/152 of 18 December 1991, Emphasizing the role of the United Nations in the field of crime prevention, Convinced of the desirability of closer coordination, 1. Takes note of the report of the Secretary-General; 2. Reaffirms the importance of the Programme: (a) In responding to needs; (b) In assisting Member States; 3. Requests the Secretary-General to report to it at its fifty-second session. 82nd plenary meeting 12 December 1996
      """
    let r = parse(text)
    #expect(r.id?.description == "GA 51/63")
    #expect(r.title?.hasPrefix("Strengthening of the United Nations") == true)
    #expect(r.preamble.count == 3)
    #expect(r.preamble.map(\.verb) == ["Recalling", "Emphasizing", "Convinced"])
    #expect(r.operative.map(\.ref) == ["1", "2", "3"])
    #expect(r.operative[1].subparagraphs.map(\.ref) == ["2(a)", "2(b)"])
    #expect(r.operative[2].text == "Requests the Secretary-General to report to it at its fifty-second session.")
    #expect(r.meeting == "82nd plenary meeting")
    #expect(r.adopted?.iso == "1996-12-12")
  }

  @Test func recordCodeMeetingLineAsteriskFootnotesAndNoSpaceAfterNumbers() {
    let text = """
      Resolution E92r022 30 July 1992
      13th Plenary Meeting

      Co-operation in combating transnational crime

      The Economic and Social Council,

      Noting the report of the Secretary-General,*

      1.Commends Member States for their co-operation;
      2.Urges Member States to continue to co-operate.

      * E/CN.15/1992/4.
      """
    let r = parse(text)
    #expect(r.id?.description == "ECOSOC 1992/22")
    #expect(r.adopted?.iso == "1992-07-30")
    #expect(r.meeting == "13th plenary meeting")
    #expect(r.title == "Co-operation in combating transnational crime")
    #expect(r.preamble.count == 1)
    #expect(r.operative.map(\.verb) == ["Commends", "Urges"])
    #expect(r.operative[0].text == "Commends Member States for their co-operation;")
    #expect(r.footnotes.map(\.marker) == ["*"])
    #expect(r.footnotes.first?.ref == "PP1")
    #expect(r.footnotes.first?.text == "E/CN.15/1992/4.")
    #expect(r.preamble[0].text == "Noting the report of the Secretary-General,")
  }

  @Test func memberNameRecordCodeGivesTheNumber() {
    let r = parse("Member Name E90r019 24 May 1990\nMeeting 21\n\nThe Economic and Social Council,\n\nRecalling its resolution 1989/60,\n\n1. Decides to act.\n")
    #expect(r.id?.description == "ECOSOC 1990/19")
    #expect(r.adopted?.iso == "1990-05-24")
  }

  @Test func bodyAndNumberLineAfterTheTitleWithCRLF() {
    let text = [
      "Technical cooperation in crime prevention", "Economic and Social Council Resolution 1997/35", "",
      "The Economic and Social Council,", "", "Recalling General Assembly resolution 46/152,", "",
      "1. Requests the Secretary-General to act.",
    ].joined(separator: "\r\n")
    let r = parse(text)
    #expect(r.id?.description == "ECOSOC 1997/35")
    #expect(r.title == "Technical cooperation in crime prevention")
    #expect(r.operative.count == 1)
  }

  @Test func aSkippedParagraphNumberIsKeptAndReported() {
    let r = parse("The General Assembly,\n\nRecalling its resolution 55/64,\n\n1. Decides to act;\n\n2. Requests a report;\n\n4. Decides to remain seized.\n")
    #expect(r.operative.map(\.ref) == ["1", "2", "4"])
    #expect(r.warnings.contains { $0.line == 9 && $0.message.contains("operative paragraph 4 is out of sequence (expected 3)") })
  }

  @Test func unstructuredAndEmptyFilesStayReadable() {
    let prose = parse("Minutes of an informal meeting.\nNothing here is a resolution.\n")
    #expect(!prose.isStructured)
    #expect(prose.plainText.contains("Nothing here is a resolution."))
    #expect(prose.warnings.contains { $0.line == 1 && $0.message.contains("plain text") })
    let empty = parse("")
    #expect(empty.warnings.contains { $0.message == "empty file" })
    let invalid = ResolutionParser().parse([0x54, 0x68, 0x65, 0x0A, 0xFF, 0xFE, 0x41, 0x0A], file: "bad.txt")
    #expect(invalid.warnings.contains { $0.line == 2 && $0.message.contains("invalid UTF-8") })
  }
}
