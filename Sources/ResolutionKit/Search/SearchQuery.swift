/// A corpus-wide search, as typed: words (each must occur; `wor*` matches a prefix), `"quoted phrases"`, and filters
/// `body:GA` and `year:2000` or `year:1990-2000`.
public struct SearchQuery: Hashable, Sendable {
  /// Words that must all occur in the paragraph; a trailing `*` makes one a prefix.
  public var words: [String]
  /// Phrases that must occur as written (case and accents ignored).
  public var phrases: [String]
  public var body: Body?
  /// Adoption years to keep (inclusive).
  public var years: ClosedRange<Int>?

  public init(words: [String] = [], phrases: [String] = [], body: Body? = nil, years: ClosedRange<Int>? = nil) {
    self.words = words
    self.phrases = phrases
    self.body = body
    self.years = years
  }

  /// True when there is nothing to look for (filters alone do not make a search).
  public var isEmpty: Bool { words.isEmpty && phrases.isEmpty }
}

/// One paragraph that matches a search.
public struct SearchHit: Hashable, Sendable {
  public var file: String
  public var displayID: String
  public var title: String?
  /// The paragraph: `PP3`, `IV.3(h)`, `fn2`, `title`, or `text` for a file kept as plain text.
  public var ref: String
  /// A short extract of the paragraph around the match.
  public var snippet: String
  /// The UTF-8 byte ranges of the matched words within `snippet`.
  public var highlights: [Range<Int>]

  public init(
    file: String, displayID: String, title: String?, ref: String, snippet: String, highlights: [Range<Int>]
  ) {
    self.file = file
    self.displayID = displayID
    self.title = title
    self.ref = ref
    self.snippet = snippet
    self.highlights = highlights
  }
}

/// Why a search could not run.
public enum SearchError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The query could not be understood; `reason` says what to change.
  case invalidQuery(String, reason: String)
  /// The index could not be read.
  case indexUnavailable(reason: String)

  public var description: String {
    switch self {
    case .invalidQuery(let query, let reason): "cannot search for \(query): \(reason)"
    case .indexUnavailable(let reason): "search is unavailable: \(reason)"
    }
  }
}
