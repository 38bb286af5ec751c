import Foundation
import ResolutionKit

/// A query's terms as FTS5's `unicode61 remove_diacritics 2` tokenizer sees them, to find them again in a paragraph:
/// the full-text table is contentless (it keeps no text to highlight), so the hits' highlights are found here, in
/// the paragraph texts the index stores (`ParagraphStore`). A term is a run of tokens that must follow one another
/// (a word is a run of one; `money-laundering` of two); the last may be a prefix (`juven*`).
struct QueryTerms {
  struct Term: Equatable {
    var tokens: [String]
    var isPrefix: Bool
  }

  let terms: [Term]

  init(_ query: SearchQuery) {
    var terms: [Term] = []
    for phrase in query.phrases {
      let tokens = Self.tokens(in: phrase).map(\.folded)
      if !tokens.isEmpty { terms.append(Term(tokens: tokens, isPrefix: false)) }
    }
    for word in query.words {
      var stem = Substring(word)
      let isPrefix = stem.hasSuffix("*")
      while stem.hasSuffix("*") { stem = stem.dropLast() }
      let tokens = Self.tokens(in: stem).map(\.folded)
      if !tokens.isEmpty { terms.append(Term(tokens: tokens, isPrefix: isPrefix)) }
    }
    self.terms = terms
  }

  /// The UTF-8 ranges of every occurrence of every term in `text`, in order, overlapping ones merged (as FTS5's
  /// `highlight` marks them).
  func ranges(in text: String) -> [Range<Int>] {
    let tokens = Self.tokens(in: text)
    var found: [Range<Int>] = []
    for start in tokens.indices {
      for term in terms where start + term.tokens.count <= tokens.count {
        let last = term.tokens.count - 1
        let matches = term.tokens.indices.allSatisfy { offset in
          let token = tokens[start + offset].folded
          return offset == last && term.isPrefix ? token.hasPrefix(term.tokens[offset]) : token == term.tokens[offset]
        }
        if matches { found.append(tokens[start].range.lowerBound..<tokens[start + last].range.upperBound) }
      }
    }
    found.sort { $0.lowerBound < $1.lowerBound }
    var merged: [Range<Int>] = []
    for range in found {
      if let previous = merged.last, range.lowerBound < previous.upperBound {
        merged[merged.count - 1] = previous.lowerBound..<max(previous.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// The tokens of `text` with their UTF-8 ranges: runs of letters, numbers, private-use characters and combining
  /// marks (unicode61's token characters), folded to lower case without diacritics.
  static func tokens(in text: some StringProtocol) -> [(folded: String, range: Range<Int>)] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(in: text.utf8) }
    var tokens: [(folded: String, range: Range<Int>)] = []
    var offset = 0
    var start: Int?
    var current = String.UnicodeScalarView()
    func finish() {
      if let lower = start { tokens.append((fold(String(current)), lower..<offset)) }
      start = nil
      current = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      if isTokenCharacter(scalar) {
        if start == nil { start = offset }
        current.append(scalar)
      } else {
        finish()
      }
      offset += UTF8.width(scalar)
    }
    finish()
    return tokens
  }

  /// `tokens(in:)` for ASCII text (most paragraphs), on the bytes: a token is a run of letters and digits, the ASCII
  /// characters of unicode61's categories, lowered as they are read.
  private static func asciiTokens(in bytes: some Collection<UInt8>) -> [(folded: String, range: Range<Int>)] {
    var tokens: [(folded: String, range: Range<Int>)] = []
    var word: [UInt8] = []
    var start = -1
    var offset = 0
    for byte in bytes {
      let lowered = byte &- 65 < 26 ? byte | 0x20 : byte
      if lowered &- 97 < 26 || byte &- 48 < 10 {
        if start < 0 { start = offset }
        word.append(lowered)
      } else if start >= 0 {
        tokens.append((String(decoding: word, as: UTF8.self), start..<offset))
        word.removeAll(keepingCapacity: true)
        start = -1
      }
      offset += 1
    }
    if start >= 0 { tokens.append((String(decoding: word, as: UTF8.self), start..<offset)) }
    return tokens
  }

  private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
      .letterNumber, .otherNumber, .privateUse, .nonspacingMark:
      true
    default: false
    }
  }

  /// Lower case, diacritics removed (`Méasures` → `measures`). An ASCII token (most of them) is lowered byte by byte:
  /// the same result without Foundation's case mapping and decomposition, which cost a search a fifth of its CPU.
  private static func fold(_ token: String) -> String {
    if token.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(decoding: token.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
    var scalars = String.UnicodeScalarView()
    for scalar in token.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    where scalar.properties.generalCategory != .nonspacingMark {
      scalars.append(scalar)
    }
    return String(scalars)
  }
}
