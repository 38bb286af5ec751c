import Foundation
import Testing

@testable import ResolutionKit

/// The keyword tables the parser reads words against (`WordKeySet`) answer as a `Set<String>` of the lower-cased
/// words would: checked on every word of the layout fixtures, against tables that include those words' neighbours.
@Suite("Word keys")
struct WordKeyTests {
  private static let fixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/layouts")

  @Test func keysMatchWholeWordsIgnoringASCIICase() throws {
    let table = ["recalling", "secretary-general", "also", "calls", "implementation"]
    let set = WordKeySet(table)
    for (word, expected) in [
      ("Recalling", true), ("RECALLING", true), ("recall", false), ("recallings", false), ("Secretary-General", true),
      ("ALSO", true), ("als", false), ("call", false), ("Implementation", true), ("", false),
    ] {
      let bytes = Array(word.utf8)
      let key = try #require(WordKey(bytes, 0..<bytes.count))
      #expect(set.contains(key) == expected, "\(word)")
    }
    let long = Array("internationalisationalism".utf8)  // 25 bytes: longer than any key
    #expect(WordKey(long, 0..<long.count) == nil)
  }

  @Test func keySetAgreesWithStringSetOnFixtureWords() throws {
    let files = try FileManager.default.contentsOfDirectory(at: Self.fixtures, includingPropertiesForKeys: nil)
    #expect(!files.isEmpty)
    var words: [[UInt8]] = []
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      var index = 0
      while index < bytes.count {
        while index < bytes.count, !ASCII.isLetter(bytes[index]) { index += 1 }
        let start = index
        while index < bytes.count, ASCII.isLetter(bytes[index]) || bytes[index] == ASCII.hyphen { index += 1 }
        if index > start { words.append(Array(bytes[start..<index])) }
      }
    }
    // Every third word in the table: the rest, often one letter away from a table word, must not be found.
    let lowered = words.map { String(decoding: $0.map(ASCII.lower), as: UTF8.self) }
    let table = Set(lowered.enumerated().filter { $0.offset % 3 == 0 && $0.element.utf8.count <= WordKey.capacity }
      .map(\.element))
    let keys = WordKeySet(Array(table))
    var checked = 0
    for (word, lower) in zip(words, lowered) {
      guard let key = WordKey(word, 0..<word.count) else {
        #expect(word.count > WordKey.capacity)
        continue
      }
      #expect(keys.contains(key) == table.contains(lower), "\(lower)")
      checked += 1
    }
    #expect(checked > 500)
  }
}
