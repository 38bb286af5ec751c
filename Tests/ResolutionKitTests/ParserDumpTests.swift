import Testing
import ResolutionKit
#if canImport(Glibc)
  import Glibc
#endif

/// Prints the parse of every seed when RESOLUTE_DUMP is set; asserts only that parsing terminates with structure.
@Test func everySeedParsesIntoParagraphs() {
  for index in Seeds.files.indices {
    let resolution = Seeds.parse(index)
    if getenv("RESOLUTE_DUMP") != nil { print("===== \(Seeds.files[index])\n" + dump(resolution)) }
    #expect(resolution.isStructured, "\(Seeds.files[index])")
  }
}
