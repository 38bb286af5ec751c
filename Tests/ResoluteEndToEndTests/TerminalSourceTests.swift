import Foundation
import ResolutionKit
import Testing

/// `\`: the raw source of the file at the paragraph, as a page of the browser (lynx's "view source"), in the real
/// binary in tmux (issue 14).
extension TerminalTests {
  @Test("\\ shows the file's raw lines, numbered, at the paragraph, escapes made visible; Backspace returns")
  func viewSourceIsAPageOfTheTrail() throws {
    let terminal = try TerminalTmux()
    let corpus = terminal.folder.appendingPathComponent("source-corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    // GA 55/64 with an escape sequence, a tab and a carriage return put into paragraph 6.
    let original = try String(contentsOf: Resolute.corpus.appendingPathComponent(Seed.ga), encoding: .utf8)
    let hostile = original.replacingOccurrences(
      of: "field of juvenile justice", with: "field of \u{1B}[31mjuvenile\u{1B}[0m\tjustice\r")
    #expect(hostile != original, "the seed must hold the words the test alters")
    try hostile.write(to: corpus.appendingPathComponent(Seed.ga), atomically: true, encoding: .utf8)
    let lines = hostile.split(separator: "\n", omittingEmptySubsequences: false)
    let alteredLine = try #require(lines.firstIndex { $0.contains("\u{1B}[31m") }) + 1
    let paragraphLine = try #require(lines.firstIndex { $0.hasPrefix("6. ") }) + 1

    try terminal.command(Self.browserCommand("--open 'GA 55/64#6'", corpus: corpus))
    try terminal.waitFor("GA 55/64 · A/RES/55/64")
    try terminal.startLoggingOutput()
    try terminal.press("\\")
    let screen = try terminal.waitFor("Source: GA 55/64")
    // Opened at the paragraph's line, numbered; the escape, the tab and the CR shown, never sent.
    #expect(Self.trail(screen) == "GA 55/64#6 › Source: GA 55/64", "\(screen)")
    #expect(screen.contains(" \(paragraphLine) 6. "), "\(screen)")
    #expect(screen.contains(" \(alteredLine) field of ^[[31mjuvenile^[[0m"), "\(screen)")
    #expect(screen.contains("justice^M"), "\(screen)")
    let written = try terminal.waitForLoggedBytes(containing: "juvenile")
    #expect(!written.containsBytes(Array("\u{1B}[31mjuvenile".utf8)), "the file's escape sequence reached the terminal")
    // Backspace comes back to the paragraph.
    try terminal.press("BSpace")
    try terminal.waitForScreen("back at the paragraph") { Self.trail($0) == "GA 55/64#6" }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}

extension TerminalTests {
  @Test("On the source page v edits at the line under the cursor, | pipes the file's text, \\ goes back to the paragraph")
  func editorPipeAndToggleFromTheSourcePage() throws {
    let browser = try RecordingEditorBrowser(open: "GA 55/64#7", heading: "GA 55/64 · A/RES/55/64")
    let terminal = browser.terminal
    try terminal.press("\\")
    try terminal.waitFor("Source: GA 55/64")
    let corpus = try CorpusLoader.load(path: Resolute.corpus.path)
    let resolution = try #require(corpus.resolutions.first { $0.displayID == "GA 55/64" })
    let line = try #require(resolution.operative.first { $0.ref == "7" }?.line)
    // One line down: the editor opens at that line of the file, not at the paragraph's first.
    try terminal.press("j")
    let given = try browser.edit(thenSee: "Source: GA 55/64")
    #expect(given == "+\(line + 1) \(resolution.file)", "\(given)")

    let text = try browser.pipe(thenSee: "Source: GA 55/64")
    let file = try String(contentsOfFile: resolution.file, encoding: .utf8)
    #expect(text.trimmingCharacters(in: .newlines) == file.trimmingCharacters(in: .newlines))

    // `\` again: the structured page, at the paragraph that line belongs to.
    try terminal.press("\\")
    try terminal.waitForScreen("back on the paragraph") { Self.trail($0).hasSuffix("› GA 55/64#7") }
    try terminal.press("q")
    try terminal.waitFor("EXITED:0")
  }
}
