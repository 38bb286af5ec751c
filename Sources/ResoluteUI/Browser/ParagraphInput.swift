import ResolutionKit

/// A paragraph as people type or paste it (`7`, `iv.3 (h)`, `para. 7`, `PP3`, `preambular para. 3`, `annex, para. 35`),
/// reduced to one key compared with the refs of a document. The one place the browser reads a typed paragraph: it goes
/// through ResolutionKit's `ParagraphRef`, the one ref grammar; refs outside it (`L12` on a plain-text page) compare by
/// name in any case.
enum ParagraphInput {
  /// `para. 7` → `7`, `iv.3 (h)` → `iv.3(h)`, `PP3` → `pp3`, `preambular para. 3` → `pp3`, `sect. IV, para. 3 (h)` →
  /// `iv.3(h)`, `annex, para. 35` → `annex.35`.
  static func key(_ typed: String) -> String {
    var text = Substring(typed)
    while text.first == "#" || text.first?.isWhitespace == true { text.removeFirst() }
    if let ref = ParagraphRef(String(text)) { return ref.description.lowercased() }
    return text.lowercased().filter { !$0.isWhitespace }
  }
}
