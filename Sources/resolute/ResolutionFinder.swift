import ArgumentParser
import ResolutionKit

/// Finds the resolution a command names by id or file, for `show` and any other command that takes an ID-OR-FILE.
enum ResolutionFinder {
  /// Looks `query` up in the corpus (explicit or default). A path to a file that is not in that corpus is read on its
  /// own. Ambiguous ids give the first file and a note naming all of them; unknown ones fail with suggestions.
  static func find(_ query: String, corpus explicit: String?) throws -> Resolution {
    try find([query], corpus: explicit)[0]
  }

  /// Finds each of `queries` as `find(_:corpus:)` does, loading the corpus once (for `diff`, which takes two).
  static func find(_ queries: [String], corpus explicit: String?) throws -> [Resolution] {
    let located: String?
    do {
      located = try CorpusLocation.resolve(explicit: explicit)
    } catch {
      // No default corpus: file paths can still be read on their own.
      guard queries.allSatisfy(isFile) else { throw failure(error.description) }
      located = nil
    }
    var corpus: Corpus?
    if let located {
      do {
        corpus = try CorpusLoader.load(path: located)
      } catch {
        throw failure(error.description)
      }
    }
    return try queries.map { try find($0, in: corpus, located: located) }
  }

  private static func find(_ query: String, in corpus: Corpus?, located: String?) throws -> Resolution {
    var suggestions: [String] = []
    if let corpus {
      switch corpus.lookup(query) {
      case .found(let resolution, let others):
        if !others.isEmpty {
          let files = ([resolution] + others).map(\.file).joined(separator: ", ")
          Output.error("note: \(query) matches \(others.count + 1) files: \(files); showing \(resolution.file)")
        }
        return resolution
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
    var message = "no resolution '\(query)' in \(located ?? "the corpus")"
    if !suggestions.isEmpty { message += "; did you mean: " + suggestions.joined(separator: ", ") + "?" }
    message += " (`resolute list` shows every id)"
    throw failure(message)
  }

  private static func isFile(_ path: String) -> Bool {
    CorpusLoader.isRegularFile(path)
  }
}
