import ArgumentParser

/// The subcommands of resolute-bench.
enum BenchCommands {
  static let all: [ParsableCommand.Type] = [
    ParseBench.self, IndexBuildBench.self, OpenBench.self, SearchBench.self, FollowBench.self, SeriesBench.self,
    ReuseBench.self, FingerprintBench.self,
  ]
}
