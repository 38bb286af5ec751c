#if FUZZING
  /// libFuzzer's entry point (built with `-sanitize=fuzzer,address -DFUZZING`).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  /// SwiftPM links an executable's entry point under the module's name and points `main` at it; libFuzzer's own
  /// `main` would clash, so this entry hands the arguments to libFuzzer's driver instead.
  @_cdecl("resolute_fuzz_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
  }
#else
  import Foundation

  /// Without the fuzzer: replays inputs (files, or every file in a folder), so a crash the fuzzer found can be
  /// rerun under a debugger or kept as a regression case.
  @main
  struct ReplayFuzzInputs {
    static func main() throws {
      let paths = CommandLine.arguments.dropFirst()
      guard !paths.isEmpty else {
        FileHandle.standardError.write(Data("usage: resolute-fuzz FILE-OR-FOLDER...\n".utf8))
        exit(2)
      }
      var count = 0
      for path in paths {
        var isFolder: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let files =
          isFolder.boolValue
          ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { "\(path)/\($0)" } : [path]
        for file in files {
          FuzzTarget.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
          count += 1
        }
      }
      print("replayed \(count) inputs without a crash")
    }
  }
#endif
