import Foundation
import Testing

/// Runs the real `resolute` executable built next to this test bundle.
enum Resolute {
  /// The package root (this file is Tests/ResoluteEndToEndTests/Support/Resolute.swift).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The bundled corpus.
  static let corpus = packageRoot.appendingPathComponent("corpus")

  /// `$RESOLUTE_BINARY`, else `resolute` in the build products folder that holds this test bundle (any scratch path),
  /// else `.build/debug/resolute`.
  static let binary: URL? = {
    let manager = FileManager.default
    if let explicit = ProcessInfo.processInfo.environment["RESOLUTE_BINARY"] {
      return URL(fileURLWithPath: explicit)
    }
    var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()]
    if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath()) }
    starts.append(Bundle.main.bundleURL)
    for start in starts {
      var folder = start.deletingLastPathComponent()
      // Linux: <products>/ResolutePackageTests.xctest; macOS: <products>/X.xctest/Contents/MacOS/X.
      for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("resolute")
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
          manager.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        folder = folder.deletingLastPathComponent()
      }
    }
    let fallback = packageRoot.appendingPathComponent(".build/debug/resolute")
    return manager.isExecutableFile(atPath: fallback.path) ? fallback : nil
  }()

  /// The `XDG_CACHE_HOME` every run of the tests gets unless it sets its own, so the indexes the browser and `search`
  /// keep are the tests' own and never the user's (`~/.cache`).
  static let cacheHome: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("resolute-tests-cache-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// `XDG_STATE_HOME` and `XDG_CONFIG_HOME` for every run likewise: marks and history go to the tests' own folder,
  /// and no config of the user's changes what the tests see.
  static let stateHome: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("resolute-tests-state-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()
  static let configHome: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("resolute-tests-config-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// The environment assignments for a shell command line in tmux.
  static var shellEnvironment: String {
    "XDG_CACHE_HOME=\(shellQuoted(cacheHome.path)) XDG_STATE_HOME=\(shellQuoted(stateHome.path)) "
      + "XDG_CONFIG_HOME=\(shellQuoted(configHome.path)) "
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `resolute arguments…` in `directory` (default: a fresh empty folder, so no `./corpus` is found by accident)
  /// with `RESOLUTE_CORPUS` removed from the environment unless `environment` sets it.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let binary = try #require(binary, "resolute executable not found next to the tests; run `swift build` first", sourceLocation: sourceLocation)
    return try runProcess(binary, arguments, in: directory, environment: environment)
  }

  /// Runs any program with its output captured in files (no pipe can fill up and block it).
  static func runProcess(
    _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let scratch = try TemporaryFolder()
    let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let workingFolder = try directory ?? scratch.makeFolder("cwd")
    process.currentDirectoryURL = workingFolder
    var variables = ProcessInfo.processInfo.environment
    variables["RESOLUTE_CORPUS"] = nil
    variables["XDG_CACHE_HOME"] = cacheHome.path
    variables["XDG_STATE_HOME"] = stateHome.path
    variables["XDG_CONFIG_HOME"] = configHome.path
    for (key, value) in environment { variables[key] = value }
    process.environment = variables
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// Parses JSON output.
  static func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  }
}

/// A folder under the system's temporary folder, removed when the value is released.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("resolute-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    // Restore permissions changed by a test so the folder can be removed.
    if let items = FileManager.default.enumerator(atPath: url.path) {
      for case let item as String in items {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(item).path)
      }
    }
    try? FileManager.default.removeItem(at: url)
  }

  @discardableResult
  func makeFolder(_ name: String) throws -> URL {
    let folder = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> URL {
    try write(name, Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file
  }

  /// Copies bundled corpus files (by name) into `folder`.
  func copySeeds(_ names: [String], to folder: String) throws {
    try makeFolder(folder)
    for name in names {
      try FileManager.default.copyItem(
        at: Resolute.corpus.appendingPathComponent(name), to: url.appendingPathComponent(folder).appendingPathComponent(name))
    }
  }
}

/// The bundled seed files.
enum Seed {
  static let ccpcj = "ccpcj-5-2-technical-cooperation.txt"
  static let ecosoc1992 = "ecosoc-1992-22-operational-activities.txt"
  static let ecosoc2002 = "ecosoc-2002-17-international-cooperation.txt"
  static let ecosoc2004 = "ecosoc-2004-technical-cooperation-capacity.txt"
  static let ga = "ga-55-64-strengthening-the-programme.txt"
  static let all = [ccpcj, ecosoc1992, ecosoc2002, ecosoc2004, ga]
}
