import Foundation
import ResolutionKit
import Testing

@testable import CorpusIndex

@Suite("Full-text search through FTS5")
struct SearchTests {
  let workspace: Workspace
  let index: IndexedCorpus

  init() throws {
    workspace = try Workspace()
    index = try workspace.open()
    try index.update()
  }

  func search(_ text: String, limit: Int = 50) throws -> [SearchHit] {
    try index.search(SearchQuery(parsing: text), limit: limit)
  }

  /// The paragraph a hit names, from the resolution as opened.
  func paragraph(_ hit: SearchHit) -> String? {
    guard let resolution = index.resolution(file: hit.file) else { return nil }
    return resolution.searchableParagraphs.first { $0.ref == hit.ref }?.text
  }

  /// The text's words, lower-cased, separated by single spaces.
  func words(_ text: String) -> String {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
  }

  func highlighted(_ hit: SearchHit) -> [String] {
    let bytes = Array(hit.snippet.utf8)
    return hit.highlights.map { String(decoding: bytes[$0.clamped(to: 0..<bytes.count)], as: UTF8.self) }
  }

  @Test("a word: every hit's ref names a paragraph that holds it, and the highlight is the word")
  func word() throws {
    let hits = try search("trafficking")
    #expect(!hits.isEmpty)
    for hit in hits {
      let text = try #require(paragraph(hit), "\(hit.file) has no paragraph \(hit.ref)")
      #expect(text.lowercased().contains("trafficking"))
      #expect(highlighted(hit).contains { $0.lowercased() == "trafficking" }, "\(hit.snippet) \(hit.highlights)")
    }
    #expect(Set(hits.map(\.file)) == [workspace.file(Seed.ecosoc2002), workspace.file(Seed.ecosoc2004), workspace.file(Seed.ga)])
  }

  @Test("a phrase matches the words in order, one highlight over the whole phrase")
  func phrase() throws {
    // Phrases match words in order, whatever stands between them: `money-laundering` and `money laundering`.
    let hits = try search("\"money-laundering\"")
    #expect(Set(hits.map(\.file)).count == 4)
    for hit in hits {
      #expect(words(try #require(paragraph(hit))).contains("money laundering"))
    }
    let ordered = try search("\"criminal justice programme\"")
    #expect(!ordered.isEmpty)
    #expect(ordered.allSatisfy { highlighted($0).contains { $0.lowercased() == "criminal justice programme" } })
    #expect(try search("\"programme justice criminal\"").isEmpty)
  }

  @Test("a prefix matches longer words")
  func prefix() throws {
    let hits = try search("launder*")
    #expect(!hits.isEmpty)
    #expect(try search("launder").isEmpty, "whole words only without *")
    for hit in hits { #expect(try #require(paragraph(hit)).lowercased().contains("launder")) }
  }

  @Test("words are AND-ed; case and accents are ignored")
  func andAndFolding() throws {
    let both = try search("TRAFFICKING méasures")
    for hit in both {
      let text = try #require(paragraph(hit)).lowercased()
      #expect(text.contains("trafficking") && text.contains("measures"))
    }
    #expect(try search("trafficking zyzzyvaword").isEmpty)
  }

  /// Highlights fold a token as the tokenizer does: ASCII tokens byte by byte, others through Unicode case mapping and
  /// decomposition; both must find the same word.
  @Test("highlights find a word in any case, with or without accents")
  func highlightFolding() {
    let text = "Further MEASURES, Méasures and measures; measured MÉASURES."
    let expected = ["MEASURES", "Méasures", "measures", "MÉASURES"]
    for query in ["measures", "MEASURES", "méasures", "MÉASURES"] {
      let ranges = QueryTerms(SearchQuery(words: [query])).ranges(in: text)
      let bytes = Array(text.utf8)
      #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == expected, "\(query)")
    }
    let prefix = QueryTerms(SearchQuery(words: ["MEASUR*"])).ranges(in: text)
    #expect(prefix.count == 5, "a prefix matches measured too")
  }

  /// ASCII text is split on its bytes, other text scalar by scalar: the two must make the same tokens. The same text
  /// with one accented word after it goes the scalar way; its tokens, but the last, must be those of the text alone.
  @Test("ASCII text is tokenized as the Unicode path tokenizes it", arguments: [
    "Further MEASURES, and measures; measured.", "resolution 46/152 of 18 December 1991, paras. 3(a)-(c)",
    "money-laundering_and ANTI_corruption", "  leading and trailing  ", "", "x", "tab\there\u{7}bell\u{1B}[31m",
    "A1b2C3 9Z z9 ~`!@#$%^&*()+=[]{}|\\:;\"'<>,.?/",
  ])
  func asciiTokens(_ text: String) {
    let ascii = QueryTerms.tokens(in: text)
    let unicode = QueryTerms.tokens(in: text + " é")
    #expect(unicode.last?.folded == "e")
    #expect(ascii.map(\.folded) == unicode.dropLast().map(\.folded))
    #expect(ascii.map(\.range) == unicode.dropLast().map(\.range))
    #expect(ascii.allSatisfy { $0.folded == $0.folded.lowercased() && !$0.folded.isEmpty })
  }

  @Test("body and year filters")
  func filters() throws {
    let all = try search("cooperation")
    let ga = try search("cooperation body:GA")
    #expect(!ga.isEmpty && ga.count < all.count)
    #expect(ga.allSatisfy { $0.file == workspace.file(Seed.ga) })
    let early = try search("cooperation year:1990-1995")
    #expect(!early.isEmpty)
    #expect(early.allSatisfy { $0.file == workspace.file(Seed.ecosoc1992) })
    #expect(try search("cooperation year:1800").isEmpty)
    #expect(try search("cooperation", limit: 3).count == 3)
  }

  @Test("hostile input never makes SQLite fail", arguments: [
    "\"", "*", "NEAR(", "NEAR(a b)", "AND OR", "'", "a AND", "OR", "\"unbalanced", "col:value", "-", "^start",
    "x\"y", "(", ")", "{a b}", "a:b", "+", "NOT", "\u{0}", "'; DROP TABLE files; --", "**", "é*",
  ])
  func hostile(_ text: String) throws {
    let query: SearchQuery
    do {
      query = try SearchQuery(parsing: text)
    } catch {
      return  // rejected before the index sees it, with a message
    }
    #expect(throws: Never.self) { _ = try index.search(query, limit: 10) }
    #expect(index.summaries.count == 5, "the index is intact")
  }
}
