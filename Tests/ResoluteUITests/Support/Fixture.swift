import ResoluteUI
import ResolutionKit

/// The bundled corpus, loaded once through the real loader (parser, citations and all), and helpers to drive a session.
enum Fixture {
  /// The package root, found from this file's path (tests run from anywhere).
  static let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)  // Support/Fixture.swift, ResoluteUITests, Tests
    return parts.joined(separator: "/")
  }()

  static let corpusPath = packageRoot + "/corpus"

  static let corpus: Corpus = {
    do {
      return try CorpusLoader.load(path: corpusPath)
    } catch {
      fatalError("the bundled corpus must load: \(error)")
    }
  }()

  static let color = TerminalCapabilities(unicode: true, colors: true, mouse: true)
  static let monochrome = TerminalCapabilities(unicode: true, colors: false)
  static let ascii = TerminalCapabilities(unicode: false, colors: false)

  static func session(
    width: Int = 80, height: Int = 24, capabilities: TerminalCapabilities = color, open: String? = nil,
    corpus: Corpus = Fixture.corpus, config: ReaderConfig = .standard, state: ReaderState = ReaderState()
  ) -> BrowserSession {
    BrowserSession(
      corpus: corpus, capabilities: capabilities, width: width, height: height, open: open, config: config,
      state: state)
  }

  /// True when some file of the corpus has citations: the citation-dependent tests need the citations work.
  static var hasCitations: Bool { corpus.resolutions.contains { !$0.citations.isEmpty } }
}

extension BrowserSession {
  /// The screen as the backend would draw it.
  var screen: ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    render(into: &buffer)
    return buffer
  }

  var screenText: String { screen.lines.joined(separator: "\n") }

  @discardableResult
  mutating func press(_ keys: Key...) -> ApplicationResponse {
    var last = ApplicationResponse.none
    for key in keys { last = handle(key) }
    return last
  }

  mutating func type(_ text: String) {
    for character in text { _ = handle(.character(character)) }
  }
}
