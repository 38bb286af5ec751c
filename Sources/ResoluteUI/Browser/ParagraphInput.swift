/// A paragraph as people type or paste it (`7`, `iv.3 (h)`, `para. 7`, `PP3`, `preambular para. 3`), reduced to one
/// key compared with the refs of a document. The one place the browser reads a typed paragraph: when ResolutionKit's
/// lenient `ParagraphRef` parser lands, this is the function that switches to it.
enum ParagraphInput {
  /// `para. 7` → `7`, `iv.3 (h)` → `iv.3(h)`, `PP3` → `pp3`, `preambular para. 3` → `pp3`, `sect. IV, para. 3 (h)` →
  /// `iv.3(h)`.
  static func key(_ typed: String) -> String {
    var text = typed.lowercased()
    text.removeAll { $0.isWhitespace }
    if text.hasPrefix("#") { text.removeFirst() }
    for (prefix, replacement) in [
      ("preambularparagraph", "pp"), ("preambularpara.", "pp"), ("preambularpara", "pp"),
      ("paragraph", ""), ("paras.", ""), ("para.", ""), ("para", ""), ("¶", ""),
    ] where text.hasPrefix(prefix) {
      text = replacement + text.dropFirst(prefix.count)
      break
    }
    // `sect.iv,3(h)` (from `sect. IV, para. 3 (h)`) → `iv.3(h)`.
    for prefix in ["section", "sect."] where text.hasPrefix(prefix) {
      let rest = text.dropFirst(prefix.count)
      if let comma = rest.firstIndex(of: ",") {
        var tail = String(rest[rest.index(after: comma)...])
        for word in ["paragraph", "para.", "para"] where tail.hasPrefix(word) {
          tail = String(tail.dropFirst(word.count))
          break
        }
        text = rest[..<comma] + "." + tail
      }
      break
    }
    return text
  }
}
