import ArgumentParser

/// `--json`: every command that prints a result can print it as JSON instead. One flag with one help text, shared by
/// the commands as `CorpusOptions` is; the keys each command prints are in its own discussion.
struct OutputOptions: ParsableArguments {
  @Flag(help: "Print JSON instead of text (the keys are listed above).")
  var json = false
}
