import Testing

@testable import ResolutionKit

/// toml++ (under TOMLKit) asserts, aborting the whole process, on a table header whose name does not start with a key
/// character; the fuzzer found `[  ` at a line's end in a catalog. Such a line is a problem on its line, and the rest of
/// the file still applies.
@Suite struct TOMLHeaderTests {
  @Test(arguments: ["[  ", "[", "[[ ", "  [=]", "[.a]", "[\t"])
  func aHeaderWithoutANameIsAProblemOnItsLine(header: String) {
    let document = TOMLDocument("\(header)\nid = \"GA 1/1\"\n[\"a.txt\"]\ntitle = \"Kept\"\n")
    #expect(document.problems.map(\.line) == [1])
    #expect(document.problems.first?.message.contains("table header needs a name") == true)
    #expect(document.entries.contains { $0.table == ["a.txt"] && $0.key == "title" && $0.line == 4 })
  }

  @Test func namedHeadersAreUntouched() {
    for line in ["[a]", "[ \"a b\" ]", "[[items]]", "['x']", "[-a_1]"] {
      #expect(!TOMLDocument.headerWithoutName(line), "\(line)")
    }
  }
}
