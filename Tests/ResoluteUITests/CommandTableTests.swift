import ResoluteUI
import Testing

/// One command table (issue 12): the keymap, the config names, the help and the status-line hints come from it.
@Suite struct CommandTableTests {
  @Test func theStatusLineShowsTheQuitKeyAsBound() throws {
    let config = ReaderConfig(text: "[keys]\nquit = \"Q\"\n", file: "/home/r/.config/resolute/config.toml")
    let session = Fixture.session(config: config)
    #expect(session.statusLine.contains("Q quit"), "\(session.statusLine)")
    #expect(!session.statusLine.contains("q quit"), "\(session.statusLine)")
    var viewer = Fixture.session(open: "GA 55/64", config: ReaderConfig(text: "[keys]\nback = \"u\"\n", file: "c.toml"))
    #expect(viewer.statusLine.contains("u back"), "\(viewer.statusLine)")
    viewer.press(.character("u"))
    #expect(viewer.message == "Nothing to go back to")
  }

  @Test func aHintWhoseCommandHasNoKeyIsLeftOut() {
    let config = ReaderConfig(text: "[keys]\nsort = \"none\"\n", file: "c.toml")
    let session = Fixture.session(config: config)
    #expect(!session.statusLine.contains("sort"), "\(session.statusLine)")
    #expect(Fixture.session().statusLine.contains("s sort"))
  }

  @Test func theHelpListsTheKeysAsBoundAndSaysMarksTakeDigits() {
    let config = ReaderConfig(text: "[keys]\nfollow = \"o\"\nseries = \"none\"\n", file: "/tmp/x/config.toml")
    var session = Fixture.session(width: 100, height: 80, config: config)
    session.press(.character("?"))
    let screen = session.screenText
    #expect(screen.contains("o Enter"), "\(screen)")
    #expect(screen.contains("(none)"), "the unbound series command says so:\n\(screen)")
    #expect(screen.contains("letter or digit"), "\(screen)")
    #expect(!screen.contains("a-z"), "\(screen)")
    #expect(screen.contains("/tmp/x/config.toml"))
  }

  @Test func theHelpNamesTheConfigFileOnItsFirstScreenAt80x24AndScrolls() {
    var session = Fixture.session(config: ReaderConfig(text: "", file: "/home/r/.config/resolute/config.toml"))
    session.press(.character("?"))
    let first = session.screenText
    #expect(first.contains("/home/r/.config/resolute/config.toml"), "\(first)")
    #expect(!first.contains("quit (also :q)"), "the last line is further down:\n\(first)")
    session.press(.character("G"))
    #expect(session.screenText.contains("quit (also :q)"), "\(session.screenText)")
    session.press(.character("g"))
    #expect(session.screenText == first)
    session.press(.pageDown)
    #expect(session.screenText != first)
    session.press(.character("q"))
    #expect(!session.isHelpVisible)
  }

  @Test func everyConfigNameIsKnownAndEveryStandardKeyWorks() {
    // A config binding each command by its name to a fresh key is read without problems.
    var text = "[keys]\n"
    let names = ["quit", "help", "follow", "back", "find", "goto", "down", "half-page-down", "percent", "where",
                 "focus-list", "focus-notes", "mark", "go-to-mark", "copy-reference", "series", "redraw"]
    for name in names { text += "\(name) = \"Alt-x\"\n" }
    let config = ReaderConfig(text: text, file: "c.toml")
    #expect(config.problems.isEmpty, "\(config.problems)")
    let bogus = ReaderConfig(text: "[keys]\nbogus = \"x\"\n", file: "c.toml")
    #expect(bogus.problems.first?.message.contains("half-page-down") == true)
  }
}
