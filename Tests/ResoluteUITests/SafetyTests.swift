import ResolutionKit
import Testing

@testable import ResoluteUI

/// Text from files never reaches the screen raw: control characters, escape sequences and bidi controls are drawn as
/// visible placeholders; wide and combining characters take the cells a terminal gives them.
@Suite struct SafetyTests {
  static let hostileText = """
    1/1. Test of \u{1B}[31mred\u{1B}[0m text and a \u{202E}reversed\u{202C} title

    The General Assembly,

    Recalling the bell \u{07} and the C1 control \u{9B}2J and DEL \u{7F} in this paragraph,

    1. Decides that an OSC sequence \u{1B}]0;owned\u{07} must show, as must 日本語 and cafe\u{301};

    1st plenary meeting
    1 January 2000
    """

  static func hostileCorpus() -> Corpus {
    var bytes = Array(hostileText.utf8)
    bytes += [0x0A, 0x9B, 0x33, 0x31, 0x6D, 0x0A]  // a raw C1 byte, not valid UTF-8
    let resolution = ResolutionParser().parse(bytes, file: "hostile/escapes.txt")
    return Corpus(root: "hostile", resolutions: [resolution], warnings: [])
  }

  @Test(arguments: [Fixture.color, Fixture.monochrome, Fixture.ascii])
  func escapeSequencesInAFileAreShownAsPlaceholders(capabilities: TerminalCapabilities) {
    var session = Fixture.session(width: 100, height: 40, capabilities: capabilities, corpus: Self.hostileCorpus())
    session.press(.enter)
    var seen = ""
    // Read the whole document, screen by screen.
    for _ in 0..<20 {
      let screen = session.screen
      #expect(screen.isTerminalSafe)
      seen += session.screenText
      session.press(.pageDown)
    }
    #expect(seen.contains("^[[31m"))
    #expect(seen.contains("<U+202E>"))
    #expect(seen.contains("^G"))
    #expect(seen.contains("^?"))
    #expect(seen.contains("<U+009B>"))
    #expect(seen.contains("^[]0;owned^G"))
    let placeholders = session.screen.cells.filter { $0.style.role == .placeholder }
    #expect(!placeholders.isEmpty)
  }

  @Test func typedTextIsSanitizedInTheStatusLine() {
    var session = Fixture.session()
    session.press(.character(":"))
    session.type("\u{1B}[2J")
    #expect(session.screen.isTerminalSafe)
    session.press(.enter)
    #expect(session.statusLine.contains("^[[2J"))
    #expect(session.screen.isTerminalSafe)
  }

  @Test func wideCharactersTakeTwoCellsAndCombiningMarksJoinTheirLetter() {
    let text = TerminalText(unicode: true, placeholder: Theme.placeholder(colors: true))
    let cells = text.cells("日本 cafe\u{301}", style: .plain)
    #expect(cells.map(\.grapheme) == ["日", "本", " ", "c", "a", "f", "e\u{301}"])
    #expect(cells.map(\.width) == [2, 2, 1, 1, 1, 1, 1])
    var buffer = ScreenBuffer(width: 12, height: 1)
    buffer.draw(cells, x: 0, y: 0, limit: 12)
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[3, 0].isContinuation)
    #expect(buffer.lines[0] == "日本 cafe\u{301}   ")
    // A wide character that would straddle the edge is not half-drawn.
    var narrow = ScreenBuffer(width: 3, height: 1)
    narrow.draw(cells, x: 0, y: 0, limit: 3)
    #expect(narrow.lines[0] == "日 ")
    #expect(narrow.continuationsAreConsistent)
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    let text = TerminalText(unicode: true, placeholder: Theme.placeholder(colors: true))
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.draw(text.cells("日本", style: .plain), x: 0, y: 0, limit: 4)
    buffer.draw(text.cells("|", style: .plain), x: 1, y: 0, limit: 2)
    #expect(buffer.lines[0] == " |本")
    #expect(buffer.continuationsAreConsistent)
  }

  @Test func bidiAndFormatControlsAreNamed() {
    let text = TerminalText(unicode: true, placeholder: Theme.placeholder(colors: true))
    #expect(text.cells("a\u{2066}b\u{200B}c", style: .plain).plainText == "a<U+2066>b<U+200B>c")
    #expect(text.cells("\u{1B}\u{9B}\u{7F}\u{00}", style: .plain).plainText == "^[<U+009B>^?^@")
  }

  @Test func asciiFallbackFoldsEverything() {
    let text = TerminalText(unicode: false, placeholder: Theme.placeholder(colors: false))
    #expect(text.cells("“Café” – naïve … Œuvre ¹ 日", style: .plain).plainText == "\"Cafe\" - naive ... OEuvre 1 ?")
  }

  @Test func asciiTerminalsGetOnlyAsciiOnScreen() {
    for target in ["GA 55/64", "ECOSOC 1992/22#IV.3", "ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]"] {
      var session = Fixture.session(capabilities: Fixture.ascii, open: target)
      for _ in 0..<12 {
        #expect(session.screen.cells.allSatisfy { $0.grapheme.unicodeScalars.allSatisfy(\.isASCII) }, "\(target)")
        session.press(.tab)
      }
      session.press(.character("?"))
      #expect(session.screen.cells.allSatisfy { $0.grapheme.unicodeScalars.allSatisfy(\.isASCII) })
    }
  }

  @Test func footnoteMarkersAreSuperscriptsOrBracketed() {
    #expect(Glyphs(unicode: true).footnoteMarker("53") == "⁵³")
    #expect(Glyphs(unicode: false).footnoteMarker("53") == "[53]")
    #expect(Glyphs(unicode: true).footnoteMarker("*") == "[*]")
    // On the real corpus: GA 55/64's first footnote follows "Organized Crime" in PP5.
    let unicode = Fixture.session(width: 120, height: 40, open: "GA 55/64#PP5")
    #expect(unicode.documentLines.joined(separator: " ").contains("Crime¹"))
    let ascii = Fixture.session(width: 120, height: 40, capabilities: Fixture.ascii, open: "GA 55/64#PP5")
    #expect(ascii.documentLines.joined(separator: " ").contains("Crime[1]"))
  }
}
