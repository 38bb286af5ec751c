import ResoluteUI
import ResolutionKit
import Testing

/// Golden screens of the real corpus at 80x24, 120x40 and 50x20, in colour and monochrome (and ASCII, and tiny).
/// Re-record with `RESOLUTE_UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests` and review the diff like code.
@Suite(.serialized) struct SnapshotTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var width: Int
    var height: Int
    var capabilities: TerminalCapabilities
    var open: String?
    var keys: [Key]
    var needsCitations = false
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "start-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: nil, keys: []),
    Case(
      name: "main-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: nil,
      keys: [.character("j"), .enter]),
    Case(
      name: "main-80x24-monochrome", width: 80, height: 24, capabilities: Fixture.monochrome, open: nil,
      keys: [.character("j"), .enter]),
    Case(
      name: "link-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: "GA 55/64", keys: [.tab],
      needsCitations: true),
    Case(
      name: "absent-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: "GA 55/64",
      keys: [.tab, .enter], needsCitations: true),
    Case(
      name: "absent-80x24-monochrome", width: 80, height: 24, capabilities: Fixture.monochrome, open: "GA 55/64",
      keys: [.tab, .enter], needsCitations: true),
    Case(
      name: "followed-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: "GA 55/64",
      keys: [.tab, .enter, .tab, .enter], needsCitations: true),
    Case(
      name: "footnote-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: "GA 55/64#PP5",
      keys: [.tab, .enter]),
    Case(
      name: "help-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: "GA 55/64",
      keys: [.character("?")]),
    Case(
      name: "reading-120x40-colour", width: 120, height: 40, capabilities: Fixture.color,
      open: "ECOSOC 1992/22#IV.3", keys: []),
    Case(
      name: "reading-120x40-monochrome", width: 120, height: 40, capabilities: Fixture.monochrome,
      open: "ECOSOC 1992/22#IV.3", keys: []),
    Case(
      name: "find-120x40-colour", width: 120, height: 40, capabilities: Fixture.color, open: "GA 55/64",
      keys: [.character("/")] + "juvenile".map { Key.character($0) } + [.enter]),
    Case(name: "narrow-50x20-colour", width: 50, height: 20, capabilities: Fixture.color, open: "GA 55/64#7", keys: []),
    Case(
      name: "narrow-50x20-monochrome", width: 50, height: 20, capabilities: Fixture.monochrome, open: "GA 55/64#7",
      keys: []),
    Case(name: "narrow-list-50x20-colour", width: 50, height: 20, capabilities: Fixture.color, open: nil, keys: []),
    Case(
      name: "narrow-notes-50x20-colour", width: 50, height: 20, capabilities: Fixture.color, open: "GA 55/64#PP1",
      keys: [.alt("3")]),
    Case(
      name: "ascii-80x24", width: 80, height: 24, capabilities: Fixture.ascii,
      open: "ECOSOC [ecosoc-2004-technical-cooperation-capacity.txt]",
      keys: [.tab]),
    Case(name: "tiny-20x6", width: 20, height: 6, capabilities: Fixture.color, open: "GA 55/64#7", keys: []),
    // New screens: reading mode, corpus-wide search results, a result opened at its paragraph.
    Case(
      name: "fullwidth-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: "GA 55/64#7",
      keys: [.character("z")]),
    Case(
      name: "search-results-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: nil,
      keys: [.character("F")] + "trafficking".map { Key.character($0) } + [.enter]),
    Case(
      name: "search-opened-80x24-colour", width: 80, height: 24, capabilities: Fixture.color, open: nil,
      keys: [.character("F")] + "trafficking".map { Key.character($0) } + [.enter, .character("j"), .enter]),
  ]

  @Test(arguments: cases)
  func screen(_ snapshot: Case) {
    if snapshot.needsCitations && !Fixture.hasCitations { return }
    var session = Fixture.session(
      width: snapshot.width, height: snapshot.height, capabilities: snapshot.capabilities,
      open: snapshot.open)
    for key in snapshot.keys { session.press(key) }
    #expect(session.screen.isTerminalSafe)
    Snapshot.assertMatches(session, named: snapshot.name)
  }

  /// The style map is part of the golden file, so a change of style alone fails the comparison.
  @Test func stylesArePartOfTheSnapshot() {
    let session = Fixture.session(open: "GA 55/64")
    let colour = Snapshot.encode(session.screen, title: "x")
    let mono = Snapshot.encode(Fixture.session(capabilities: Fixture.monochrome, open: "GA 55/64").screen, title: "x")
    let textOf = { (encoded: String) in encoded.components(separatedBy: "--- styles ---")[0] }
    #expect(textOf(colour) == textOf(mono))
    #expect(colour != mono)
  }
}
