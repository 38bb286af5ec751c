// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Resolute",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "resolute", targets: ["resolute"]),
    .library(name: "ResolutionKit", targets: ["ResolutionKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // Model, parser, citations, corpus graph, search: pure Swift, no terminal.
    // TOMLKit only behind TOMLDocument: its extensions on standard types (`[UInt8].string`) must not be seen by the
    // parser, so member lookup follows each file's own imports and the import is internal.
    .target(
      name: "ResolutionKit",
      dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "TOMLKit", package: "TOMLKit")],
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
    // The persistent corpus index (SQLite with FTS5 through GRDB): a CorpusSource for large folders.
    .target(
      name: "CorpusIndex",
      dependencies: ["ResolutionKit", "CZstd", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // zstd, for the paragraph texts the index keeps compressed (one blob per file).
    .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
    // State + key -> state, state -> grid of cells. No I/O, no ncurses.
    .target(name: "ResoluteUI", dependencies: ["ResolutionKit"]),
    // The reader's own files: config.toml, and marks and history saved atomically. Never inside a corpus.
    .target(name: "ReaderFiles", dependencies: ["ResoluteUI"]),
    // The C library, wide-character build, with shims for its macros and globals.
    .systemLibrary(name: "CNCursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
    // The only code that talks to ncurses.
    .target(name: "TerminalBackend", dependencies: ["CNCursesw", "ResoluteUI"]),
    .executableTarget(
      name: "resolute",
      dependencies: [
        "ResolutionKit", "CorpusIndex", "ResoluteUI", "ReaderFiles", "TerminalBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The parser and citation extractor under libFuzzer (scripts/fuzz.sh); without the fuzzer it replays inputs.
    .executableTarget(
      name: "resolute-fuzz",
      dependencies: ["ResolutionKit"],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ),
    // In-process measurements for scripts/bench.sh (parse throughput, index build, search, following a citation,
    // reused language).
    .executableTarget(
      name: "resolute-bench",
      dependencies: [
        "ResolutionKit", "CorpusIndex", "ResoluteUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // Only to read the index's size by table (dbstat) for the reuse figures.
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "ResolutionKitTests",
      dependencies: ["ResolutionKit", .product(name: "PropertyBased", package: "swift-property-based")],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "CorpusIndexTests", dependencies: ["CorpusIndex", "ResolutionKit", "ResoluteUI"]),
    .testTarget(name: "ReaderFilesTests", dependencies: ["ReaderFiles", "ResoluteUI"]),
    .testTarget(name: "ResoluteUITests", dependencies: ["ResoluteUI", "ResolutionKit"], resources: [.copy("Snapshots")]),
    // Snapshots: expected outputs read from the package root (`cites --json` as it was before it streamed).
    .testTarget(name: "ResoluteEndToEndTests", dependencies: ["ResolutionKit"], exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
