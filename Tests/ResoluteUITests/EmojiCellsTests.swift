import Testing

@testable import ResoluteUI

/// Emoji ZWJ sequences left fragments in tmux and shifted list rows: terminals disagree on their width. Their parts
/// are drawn as separate wide glyphs, which every terminal draws alike.
@Suite("Emoji sequences on screen")
struct EmojiCellsTests {
  @Test func zwjSequencesBecomeSeparateWideGlyphs() {
    let text = TerminalText(unicode: true, placeholder: Theme.placeholder(colors: true))
    let family = text.cells("a\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}b", style: .plain)
    #expect(family.map(\.grapheme) == ["a", "\u{1F468}", "\u{1F469}", "\u{1F467}", "b"])
    #expect(family.map(\.width) == [1, 2, 2, 2, 1])
    #expect(!family.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x200D } })
    var buffer = ScreenBuffer(width: 10, height: 1)
    buffer.draw(family, x: 0, y: 0, limit: 10)
    #expect(buffer.continuationsAreConsistent)
  }
}
