import Foundation
import ResoluteUI
import ResolutionKit
import Testing

/// `\`: the raw source as a page of the browser; a file larger than the viewer's limit shows its first part (issue 14).
@Suite struct SourcePageTests {
  @Test func aFileLargerThanTheLimitShowsItsFirstPartAndSaysSo() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(
      contentsOfFile: Fixture.corpusPath + "/ga-55-64-strengthening-the-programme.txt", encoding: .utf8)
    // The resolution, then numbered lines past 2 MB.
    var text = original + "\n"
    var number = 0
    while text.utf8.count < 2_300_000 {
      number += 1
      text += "Filler line \(number) of a very long file kept to test the view-source limit.\n"
    }
    try text.write(to: folder.appendingPathComponent("ga-55-64.txt"), atomically: true, encoding: .utf8)
    let corpus = try CorpusLoader.load(path: folder.path)
    var session = Fixture.session(open: "GA 55/64#6", corpus: corpus)
    session.press(.character("\\"))
    #expect(session.trail == ["GA 55/64#6", "Source: GA 55/64"])
    let lines = session.documentLines
    #expect(lines.contains { $0.contains("Filler line 1 of") })
    #expect(!lines.contains { $0.contains("Filler line \(number) of") }, "the end of the file is past the limit")
    // The notice, wrapped, ends the page.
    let end = lines.suffix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    #expect(end.contains("The viewer stops after 2 MB of text"), "\(lines.suffix(4))")
    session.press(.backspace)
    #expect(session.trail == ["GA 55/64#6"])
    #expect(session.cursorParagraph == "6")
  }

  @Test func aFileGoneSinceItWasOpenedSaysWhyAndTheViewStays() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("source-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("ga-55-64.txt")
    try FileManager.default.copyItem(
      atPath: Fixture.corpusPath + "/ga-55-64-strengthening-the-programme.txt", toPath: file.path)
    let corpus = try CorpusLoader.load(path: folder.path)
    var session = Fixture.session(open: "GA 55/64#6", corpus: corpus)
    try FileManager.default.removeItem(at: file)
    session.press(.character("\\"))
    #expect(session.trail == ["GA 55/64#6"])
    #expect(session.message?.contains("cannot read it") == true, "\(session.message ?? "no message")")
  }

  /// `\` on a paragraph opens the source at its line, and `\` there goes back to the paragraph that line belongs to:
  /// the source page's stops are lines (`RowKey.sourceLine`), read as numbers, not names re-parsed.
  @Test func backslashTogglesBetweenAParagraphAndItsSourceLine() {
    var session = Fixture.session(open: "GA 55/64#6")
    session.press(.character("\\"))
    #expect(session.trail == ["GA 55/64#6", "Source: GA 55/64"])
    let line = session.cursorParagraph
    #expect(line?.hasPrefix("line ") == true, "\(line ?? "no stop")")
    session.press(.character("\\"))
    #expect(session.cursorParagraph == "6", "from \(line ?? "no stop")")
  }

  /// A file the parser cannot structure is shown as blocks; the notes pane names the block under the cursor.
  @Test func theNotesOfAPlainTextBlockNameIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "Some words with no structure at all\n\nand a second block of words\n".write(
      to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let corpus = try CorpusLoader.load(path: folder.path)
    var session = Fixture.session(width: 120, height: 40, corpus: corpus)
    session.press(.enter)
    #expect(session.cursorParagraph == "L1", "\(session.screenText)")
    #expect(session.notesLines.first?.contains("Notes · block 1") == true || session.screenText.contains("Notes · block 1"),
      "\(session.screenText)")
  }
}
