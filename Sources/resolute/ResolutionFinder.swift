import ArgumentParser
import ResolutionKit

/// Finds the resolution a command names by id or file, through the corpus source: the one place that says what was
/// not found and what was meant instead.
enum ResolutionFinder {
  /// The file `query` names in `source`. Ambiguous ids give the first file and a note naming all of them; unknown
  /// ones fail with "did you mean" suggestions, unless `fallback` (a file read on its own, an id cited but absent)
  /// answers, or `absent` has a better hint.
  static func file(
    _ query: String, in source: any CorpusSource, verb: String = "showing",
    hint: String? = " (`resolute list` shows every id)", absent: (() -> String?)? = nil
  ) throws -> String {
    switch source.lookup(query) {
    case .found(let file, let others):
      if !others.isEmpty {
        let files = ([file] + others).joined(separator: ", ")
        Output.error("note: \(query) matches \(others.count + 1) files: \(files); \(verb) \(file)")
      }
      return file
    case .notFound(let suggestions):
      throw notFound(query, in: source.root, suggestions: suggestions, hint: hint, absent: absent?())
    }
  }

  /// The resolution `query` names in `source`, read in full.
  static func resolution(_ query: String, in source: any CorpusSource, verb: String = "showing") throws -> Resolution {
    let file = try file(query, in: source, verb: verb)
    guard let resolution = source.resolution(file: file) else { throw failure("\(file) could not be read") }
    return resolution
  }

  /// The not-found message, one form for every command: `no resolution 'X' in ROOT; did you mean: A, B? (hint)`.
  /// `absent`, when given, replaces the suggestions (`it is cited there but absent: …`); `lead` replaces the start.
  static func notFound(
    _ query: String, in root: String, suggestions: [String], qualifier: String = "",
    hint: String? = " (`resolute list` shows every id)", absent: String? = nil, lead: String? = nil
  ) -> ExitCode {
    var message = lead ?? "no resolution '\(query)' in \(root)\(qualifier)"
    if let absent {
      message += "; " + absent
    } else if !suggestions.isEmpty {
      message += "; did you mean: " + suggestions.joined(separator: ", ") + "?"
    }
    return failure(message + (hint ?? ""))
  }

  /// Looks `query` up in the corpus (explicit or default). A path to a file that is not in that corpus is read on its
  /// own. Ambiguous ids give the first file and a note naming all of them; unknown ones fail with suggestions.
  static func find(_ query: String, corpus options: CorpusOptions) throws -> Resolution {
    try find([query], corpus: options)[0]
  }

  /// Finds each of `queries` as `find(_:corpus:)` does, opening the corpus once (for `diff`, which takes two).
  static func find(_ queries: [String], corpus options: CorpusOptions) throws -> [Resolution] {
    let source: (any CorpusSource)?
    do {
      _ = try CorpusLocation.resolve(explicit: options.corpus)
      source = try options.source()
    } catch let error as CorpusError {
      // No default corpus: file paths can still be read on their own.
      guard queries.allSatisfy(isFile) else { throw failure(error.description) }
      source = nil
    }
    return try queries.map { try find($0, in: source) }
  }

  private static func find(_ query: String, in source: (any CorpusSource)?) throws -> Resolution {
    var suggestions: [String] = []
    if let source {
      switch source.lookup(query) {
      case .found:
        return try resolution(query, in: source)
      case .notFound(let close):
        suggestions = close
      }
    }
    if isFile(query) {
      do {
        let single = try CorpusLoader.load(file: query)
        if let resolution = single.resolutions.first { return resolution }
        let reason = single.warnings.first?.message ?? "it could not be read"
        throw failure("cannot show \(query): \(reason)")
      } catch let error as CorpusError {
        throw failure(error.description)
      }
    }
    throw notFound(query, in: source?.root ?? "the corpus", suggestions: suggestions)
  }

  private static func isFile(_ path: String) -> Bool {
    CorpusLoader.isRegularFile(path)
  }
}
