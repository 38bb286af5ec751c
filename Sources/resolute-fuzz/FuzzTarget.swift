import Foundation
import ResolutionKit

/// One fuzz input through everything that reads untrusted text: the parser (which runs the citation extractor), the
/// extractor on the raw text, the catalog parser, the search-query reader and the sanitizer. A broken invariant the
/// browser relies on is a crash here, so the fuzzer reports it instead of a wrong screen later.
enum FuzzTarget {
  static func run(_ bytes: [UInt8]) {
    let resolution = ResolutionParser().parse(bytes, file: "fuzz.txt")
    let problems = ResolutionInvariants.violations(in: resolution)
    require(problems.isEmpty, problems.joined(separator: "; "))
    let text = String(decoding: bytes, as: UTF8.self)
    let extractor = CitationExtractor(adoptingBody: resolution.body, ownNumber: resolution.number)
    for citation in extractor.citations(in: text, ref: "PP1", line: 1) {
      require(citation.range.upperBound <= text.utf8.count, "extracted range past the end of the text")
    }
    _ = CatalogParser().parse(text, file: "catalog.toml")
    _ = try? SearchQuery(parsing: text)
    let visible = VisibleText.sanitize(text)
    require(VisibleText.isSafe(visible), "sanitized text still holds a control character")
  }

  /// A release build drops `precondition`'s message, so the broken invariant is written out before the trap.
  private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if condition { return }
    FileHandle.standardError.write(Data("fuzz: invariant broken: \(message())\n".utf8))
    fatalError()
  }
}
