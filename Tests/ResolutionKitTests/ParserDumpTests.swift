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

@Test func dumpRewrapped() {
  guard let width = getenv("RESOLUTE_REWRAP").flatMap({ Int(String(cString: $0)) }) else { return }
  for index in Seeds.files.indices {
    let text = Layouts.rewrap(Seeds.text(index), width: width)
    print("===== \(Seeds.files[index])\n" + text + "\n-----\n" + dump(ResolutionParser().parse(Array(text.utf8), file: "x")))
  }
}
