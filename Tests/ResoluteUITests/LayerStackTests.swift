import ResolutionKit
import Testing

@testable import ResoluteUI

/// The modal layers over the panes are a stack: keys go to the top layer first and reach the panes only when every
/// layer lets them pass; Esc closes the top layer only; the screen is drawn from the panes up, so what is on top shows
/// where layers share the status line. Real sessions on the bundled corpus; orders the keys cannot stack today (help
/// over a prompt) are pushed as a future key would.
@Suite struct LayerStackTests {
  /// GA 55/64 open in the viewer, the cursor on its first paragraph.
  static func reading() -> BrowserSession { Fixture.session(open: "GA 55/64") }

  /// The help box's title row, as drawn at 80x24.
  static func showsHelpBox(_ session: BrowserSession) -> Bool {
    session.screen.lines.dropLast().contains { $0.contains("Keys") && $0.contains("┌") }
  }

  @Test func keysTheHelpConsumesNeverReachThePanes() {
    var session = Self.reading()
    let cursor = session.cursorParagraph
    let selected = session.selectedListID
    session.press(.character("?"))
    #expect(session.layers.kinds == [.help])
    session.press(.character("j"), .character("j"), .character("G"), .character("x"))
    #expect(session.layers.help?.scroll ?? 0 > 0, "j and G scroll the help")
    #expect(session.cursorParagraph == cursor)
    #expect(session.selectedListID == selected)
    session.press(.escape)
    #expect(session.layers.isEmpty)
    session.press(.character("j"))
    #expect(session.cursorParagraph != cursor, "with the help closed, j reaches the viewer")
  }

  @Test func keysThePromptConsumesNeverReachThePanes() {
    var session = Self.reading()
    let cursor = session.cursorParagraph
    session.press(.character(":"))
    #expect(session.layers.kinds == [.prompt])
    session.type("jGq")
    #expect(session.promptText == ":jGq")
    #expect(session.cursorParagraph == cursor)
    #expect(session.press(.alt("1")) == .none, "a key the prompt has no use for is still not the panes'")
    #expect(session.focus == .viewer)
    #expect(session.cursorParagraph == cursor)
    #expect(session.layers.kinds == [.prompt])
  }

  @Test func theMarkKeyLayerTakesOneKeyThenLetsThemThrough() {
    var session = Self.reading()
    let cursor = session.cursorParagraph
    session.press(.character("m"))
    #expect(session.layers.kinds == [.markKey])
    #expect(session.statusLine.contains("Mark: type a letter or digit"))
    session.press(.character("j"))
    #expect(session.layers.isEmpty)
    #expect(session.readerState.marks["j"] != nil, "j named the mark")
    #expect(session.cursorParagraph == cursor, "and did not move the cursor")
    session.press(.character("j"))
    #expect(session.cursorParagraph != cursor)
  }

  @Test func escClosesTheTopLayerOnly() {
    var session = Self.reading()
    let location = session.location
    session.press(.character(":"))
    session.type("GA 5")
    session.layers.push(.help(HelpOverlay()))
    #expect(session.layers.kinds == [.prompt, .help])
    session.press(.character("j"))
    #expect(session.promptText == ":GA 5", "the help on top took j")
    session.press(.escape)
    #expect(session.layers.kinds == [.prompt])
    #expect(session.promptText == ":GA 5")
    session.type("5/64")
    #expect(session.promptText == ":GA 55/64")
    session.press(.escape)
    #expect(session.layers.isEmpty)
    #expect(session.promptText == nil)
    #expect(session.location == location)
  }

  @Test func theOrderOfTheStackIsTheOrderKeysTake() {
    // The help under a prompt: keys go to the prompt, the help stays drawn beneath.
    var session = Self.reading()
    session.press(.character("?"))
    session.layers.push(.prompt(Prompt(kind: .goto, text: "GA 5")))
    #expect(session.layers.kinds == [.help, .prompt])
    session.type("5")
    #expect(session.promptText == ":GA 55")
    #expect(session.layers.help?.scroll == 0)
    #expect(Self.showsHelpBox(session))
    #expect(session.statusLine.hasPrefix(":GA 55"))
    session.press(.escape)
    #expect(session.layers.kinds == [.help])
    // The help over a prompt: both drawn, the help box over the panes and the prompt on the status line.
    var over = Self.reading()
    over.press(.character(":"))
    over.type("GA 55")
    over.press(.character("j"))
    over.layers.push(.help(HelpOverlay()))
    #expect(Self.showsHelpBox(over))
    #expect(over.statusLine.hasPrefix(":GA 55j"))
  }

  @Test func whatIsOnTopShowsOnTheStatusLine() {
    // A mark key over a prompt says what it waits for; the prompt shows again once it has its key.
    var session = Self.reading()
    session.press(.character(":"))
    session.type("GA 5")
    session.layers.push(.markKey(MarkKeyLayer(kind: .mark)))
    #expect(session.statusLine.contains("Mark: type a letter or digit"))
    #expect(!session.statusLine.hasPrefix(":GA 5"))
    session.press(.character("a"))
    #expect(session.readerState.marks["a"] != nil)
    #expect(session.layers.kinds == [.prompt])
    #expect(session.statusLine.hasPrefix(":GA 5"))
    // The same two the other way up: the prompt is shown and takes the key.
    var under = Self.reading()
    under.press(.character("m"))
    under.layers.push(.prompt(Prompt(kind: .goto, text: "GA 5")))
    #expect(under.statusLine.hasPrefix(":GA 5"))
    under.press(.character("a"))
    #expect(under.promptText == ":GA 5a")
    #expect(under.readerState.marks["a"] == nil)
    #expect(under.layers.kinds == [.markKey, .prompt])
  }

  @Test func longWorkSitsOverThePromptItCameFromAndEscClosesBoth() throws {
    var session = Fixture.session()
    session.defersLongWork = true
    session.press(.character(":"))
    session.type("GA 55/64")
    session.press(.enter)
    #expect(session.layers.kinds == [.prompt, .longWork])
    #expect(session.statusLine.contains("opening GA 55/64… (Esc cancels)"))
    #expect(!session.statusLine.hasPrefix(":GA 55/64"), "the work's line is drawn over the prompt's")
    session.press(.character("j"))
    #expect(session.layers.longWork?.queued == [.character("j")], "a key waits for the work, not for the prompt")
    #expect(session.promptText == ":GA 55/64")
    session.press(.escape)
    #expect(session.layers.isEmpty)
    #expect(session.statusLine.contains("Cancelled opening GA 55/64"))
  }

  @Test func theTerminalsEventsPassThroughEveryLayer() {
    var session = Self.reading()
    session.press(.character(":"))
    session.layers.push(.help(HelpOverlay()))
    #expect(session.press(.resize(width: 100, height: 30)) == .redraw)
    #expect(session.width == 100 && session.height == 30)
    #expect(session.press(.redraw) == .redraw)
    #expect(session.layers.kinds == [.prompt, .help])
  }

  @Test func openingALayerAgainBringsItToTheTop() {
    var stack = LayerStack()
    stack.push(.help(HelpOverlay(scroll: 4)))
    stack.push(.prompt(Prompt(kind: .find)))
    stack.push(.help(HelpOverlay()))
    #expect(stack.kinds == [.prompt, .help])
    #expect(stack.help?.scroll == 0)
    stack.remove(.prompt)
    #expect(stack.kinds == [.help])
  }
}
