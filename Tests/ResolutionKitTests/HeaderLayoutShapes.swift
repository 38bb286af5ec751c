import ResolutionKit

/// Made-up resolutions written out in the header layouts real files come in (official markdown, PDF text layers,
/// flattened headers, old web copies, Security Council texts, web pages around the text). Each instance differs in
/// body, number, dates, session, committee, title length and line breaks, so a test that passes on all of them tests
/// the shape, not one string.
struct LayoutFacts: Sendable, CustomStringConvertible {
  var body: Body
  var number: String
  var title: String?
  var adopted: CalendarDate
  /// The date printed after `Distr.`: later than the adoption, and never to be taken for it.
  var distributed: CalendarDate
  var session: Int
  var agendaItem: String
  var committee: String?
  var meeting: Int

  var id: String { "\(body.key) \(number)" }
  var description: String { id }
  var symbol: String { body.symbol(for: number)! }
  var bodyName: String { body.fullName }
  /// `79/12` → `79`; `ES-10/21` → `10`.
  var sessionWords: String {
    number.hasPrefix("ES-") ? "\(Ordinal.word(session)) emergency special session" : "\(Ordinal.word(session)) session"
  }
  var meetingLine: String { "\(Ordinal.numeric(meeting)) plenary meeting" }
  var reportLine: String {
    committee.map { "[on the report of the \($0) Committee (A/\(session)/\(400 + meeting))]" }
      ?? "[without reference to a Main Committee (A/\(session)/L.\(meeting % 40 + 1))]"
  }

  static let generalAssembly: [LayoutFacts] = [
    LayoutFacts(
      body: .ga, number: "79/12", title: "Responsibility of international organizations",
      adopted: date(2024, 12, 4), distributed: date(2024, 12, 9), session: 79, agendaItem: "78", committee: "Sixth",
      meeting: 45),
    LayoutFacts(
      body: .ga, number: "62/11",
      title: "Sport for peace and development: building a peaceful world through sport and the Olympic ideal",
      adopted: date(2007, 11, 26), distributed: date(2007, 12, 3), session: 62, agendaItem: "44", committee: nil,
      meeting: 42),
    LayoutFacts(
      body: .ga, number: "58/140",
      title: "Strengthening international cooperation in preventing and combating the illicit removal of and trafficking in human organs and tissues",
      adopted: date(2003, 12, 22), distributed: date(2004, 2, 11), session: 58, agendaItem: "108 (b)",
      committee: "Third", meeting: 77),
    LayoutFacts(
      body: .ga, number: "ES-10/23", title: "Admission of new Members to the United Nations",
      adopted: date(2024, 5, 10), distributed: date(2024, 5, 14), session: 10, agendaItem: "5", committee: nil,
      meeting: 49),
    LayoutFacts(
      body: .ga, number: "51/210", title: "Measures to eliminate international terrorism",
      adopted: date(1996, 12, 17), distributed: date(1997, 1, 16), session: 51, agendaItem: "151", committee: "Sixth",
      meeting: 88),
    LayoutFacts(
      body: .ga, number: "49/75 E", title: "Prohibition of the dumping of radioactive wastes",
      adopted: date(1994, 12, 15), distributed: date(1995, 1, 9), session: 49, agendaItem: "62 (b) and 63",
      committee: "First", meeting: 90),
  ]

  static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }
}

enum Ordinal {
  private static let units = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
  ]
  private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
  private static let tensOrdinal = [
    "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
  ]

  /// `79` → `Seventy-ninth`.
  static func word(_ number: Int) -> String {
    let text = number < 20 ? units[number] : (number % 10 == 0 ? tensOrdinal[number / 10] : "\(tens[number / 10])-\(units[number % 10])")
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  /// `42` → `42nd`.
  static func numeric(_ number: Int) -> String {
    let suffix = (11...13).contains(number % 100) ? "th" : (number % 10 == 1 ? "st" : number % 10 == 2 ? "nd" : number % 10 == 3 ? "rd" : "th")
    return "\(number)\(suffix)"
  }
}

/// The layouts, each a function of the facts.
enum HeaderLayout: String, CaseIterable, Sendable {
  case officialMarkdown, pdfTextLayer, flattened, oldWebCopy, citationHeaderInTitle, webPage, markdownTable
  case numberOnItsOwnLine, libraryPage

  func render(_ facts: LayoutFacts) -> String {
    let title = facts.title ?? ""
    let body = Self.body(facts)
    switch self {
    case .officialMarkdown:
      return """
        United Nations \(facts.symbol)

        \(facts.bodyName) Distr.: General \(facts.distributed)

        \(facts.sessionWords)

        Agenda item \(facts.agendaItem)

        Resolution adopted by the \(facts.bodyName) on \(facts.adopted)

        \(facts.reportLine)

        \(facts.number). \(title)

        \(body.preamble)[^1] 

        \(body.secondPreamble) 

        1. \(body.firstOperative)

        \(Self.jobNumber(facts)) (E)

        *\(Self.barcode(facts))*

        2. \(body.secondOperative)

        \(facts.meetingLine)
        \(facts.adopted)

        [^1]: A/\(facts.session)/\(100 + facts.meeting), para. \(facts.meeting % 9 + 2).
        """
    case .pdfTextLayer:
      // Margins, a title wrapped over two lines, a page break inside a paragraph with its footnote, the job number,
      // barcode, running head and page number of the next page, trailing spaces.
      let words = title.split(separator: " ")
      let half = max(1, words.count / 2)
      let titleLines = [words[..<half].joined(separator: " "), words[half...].joined(separator: " ")]
      let secondWords = body.secondPreamble.split(separator: " ")
      let cut = max(1, secondWords.count / 2)
      return """
         United Nations                                                        \(facts.symbol)
                       \(facts.bodyName)                                      Distr.: General
                                                                             \(facts.distributed)
        \(facts.sessionWords)
        Agenda item \(facts.agendaItem)

                      Resolution adopted by the \(facts.bodyName)
                                on \(facts.adopted)
                        \(facts.reportLine)

                      \(facts.number). \(titleLines[0])
                              \(titleLines[1])

                           The \(facts.bodyName),   
                           \(body.preamble.dropFirst(body.formula.count + 1))1   
                           \(secondWords[..<cut].joined(separator: " "))
         
                      __________________
                      1 A/\(facts.session)/\(100 + facts.meeting).

        \(Self.jobNumber(facts)) (E)    \(Self.printStamp(facts))
        *\(Self.barcode(facts))*
        \(facts.symbol)                              \(title)
        2/2

                      \(secondWords[cut...].joined(separator: " "))   
                           1. \(body.firstOperative)   
                           2. \(body.secondOperative)

                                                                   \(facts.meetingLine)
                                                                    \(facts.adopted)
        2/2                                                                        \(Self.jobNumber(facts))
        """
    case .flattened:
      return """
        United Nations \(facts.symbol) \(facts.bodyName) Distr.: General \(facts.distributed) \(facts.sessionWords) Agenda item \(facts.agendaItem) Resolution adopted by the \(facts.bodyName) \(facts.reportLine) \(facts.number). \(title)
        \(body.preamble)
        \(body.secondPreamble)
        1. \(body.firstOperative)
        2. \(body.secondOperative)
        \(facts.meetingLine)
        \(facts.adopted)
        """
    case .oldWebCopy:
      return """
        UNITED NATIONS

        \(facts.symbol)

        \(facts.bodyName.uppercased())
        Distr. GENERAL

        \(facts.distributed)

        ORIGINAL: ENGLISH

        \(facts.sessionWords.uppercased())
        Agenda item \(facts.agendaItem)

        RESOLUTION ADOPTED BY THE \(facts.bodyName.uppercased())

        \(facts.reportLine)

        \(facts.number). \(title)

        \(body.preamble)

        \(body.secondPreamble)

        1. \(body.firstOperative)

        2. \(body.secondOperative)

        \(facts.meetingLine)
        \(facts.adopted)
        """
    case .citationHeaderInTitle:
      return """
        \(title), G.A. res. \(facts.number), \(facts.session) U.N. GAOR Supp. (No. 49) at \(100 + facts.meeting), U.N. Doc. A/\(facts.session)/49 (\(facts.adopted.year)).

        \(body.preamble)

        1. \(body.firstOperative)

        2. \(body.secondOperative)

        \(facts.meetingLine)
        \(facts.adopted)
        """
    case .markdownTable:
      // A PDF converter's table for the top block, then the rest as paragraphs.
      return """
        | United Nations | \(facts.symbol) |
        |---|---|
        | \(facts.bodyName) | Distr.: General \(facts.distributed) |

        \(facts.sessionWords)
        Agenda item \(facts.agendaItem)

        Resolution adopted by the \(facts.bodyName) on \(facts.adopted)

        \(facts.reportLine)

        **\(facts.number).** **\(title)**

        \(body.preamble)

        \(body.secondPreamble)

        1. \(body.firstOperative)

        2. \(body.secondOperative)
        """
    case .numberOnItsOwnLine:
      // An old copy where every header item wrapped onto lines of its own.
      return """
        UNITED NATIONS
        \(facts.bodyName.uppercased())
        Distr.
        GENERAL
        \(facts.symbol)
        \(facts.distributed)
        ORIGINAL:
        ENGLISH

        \(facts.number).

        \(title)

        \(body.preamble)

        1. \(body.firstOperative)

        2. \(body.secondOperative)

        \(facts.meetingLine)
        \(facts.adopted)
        """
    case .libraryPage:
      // A law library's page: its name, then the title with its citation header, then the text.
      return """
        University of Minnesota, Human Rights Library

        \(title), G.A. res. \(facts.number), \(facts.session) U.N. GAOR Supp. (No. 49) at \(facts.meeting), U.N. Doc. A/\(facts.session)/49 (\(facts.adopted.year)).

        \(body.preamble)

        1. \(body.firstOperative)

        2. \(body.secondOperative)

        \(facts.meetingLine)
        \(facts.adopted)
        """
    case .webPage:
      return """
        Skip to main content
        Human Rights Library
        Search this site:
        Home > Documents > \(facts.bodyName) > Session \(facts.session)
        Document Sample

        \(facts.symbol)
        \(facts.meetingLine)
        \(facts.adopted)

        \(title)

        \(body.preamble)

        1. \(body.firstOperative)
        2. \(body.secondOperative)
        """
    }
  }

  /// The text of a resolution, varied by the facts so no two instances read alike.
  static func body(_ facts: LayoutFacts) -> (
    formula: String, preamble: String, secondPreamble: String, firstOperative: String, secondOperative: String
  ) {
    let formula = "The \(facts.bodyName),"
    let earlier = "\(max(1, facts.session - 3))/\(facts.meeting + 10)"
    return (
      formula,
      "\(formula)\nRecalling its resolution \(earlier) of \(facts.adopted.day) \(CalendarDate.monthNames[facts.adopted.month - 1]) \(facts.adopted.year - 3),",
      "Noting with concern that the matters raised at its \(facts.sessionWords.lowercased()) remain open and that States \(facts.meeting % 2 == 0 ? "continue" : "have yet") to act on them,",
      "Requests the Secretary-General to report to it at its next session on item \(facts.agendaItem);",
      "Decides to remain seized of the matter."
    )
  }

  static func jobNumber(_ facts: LayoutFacts) -> String {
    "\(facts.adopted.year % 100 < 10 ? "0" : "")\(facts.adopted.year % 100)-\(20_000 + facts.meeting * 113)"
  }

  static func barcode(_ facts: LayoutFacts) -> String {
    jobNumber(facts).filter(\.isNumber)
  }

  static func printStamp(_ facts: LayoutFacts) -> String {
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return two(facts.distributed.day) + two(facts.distributed.month) + two(facts.distributed.year % 100)
  }
}
