import ResolutionKit
import Testing

/// FNV-1a 64 against the published test vectors (Fowler, Noll, Vo: the reference code's test suite): the index's
/// folder names and the hashes it stores depend on it, so it must never change.
@Suite struct FNV1aTests {
  @Test("the published vectors", arguments: [
    ("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8),
  ])
  func vectors(_ text: String, _ expected: UInt64) {
    #expect(FNV1a.hash(text.utf8) == expected)
    #expect(text.utf8.reduce(FNV1a.offsetBasis, FNV1a.step) == expected, "step by step")
  }
}
