/// The drawing characters for the terminal at hand: box drawing, `›` and superscripts with a UTF-8 locale,
/// plain ASCII without one.
struct Glyphs: Sendable {
  var unicode: Bool

  var vertical: String { unicode ? "│" : "|" }
  var horizontal: String { unicode ? "─" : "-" }
  var corner: String { unicode ? "┼" : "+" }
  var topLeft: String { unicode ? "┌" : "+" }
  var topRight: String { unicode ? "┐" : "+" }
  var bottomLeft: String { unicode ? "└" : "+" }
  var bottomRight: String { unicode ? "┘" : "+" }
  /// Between the items of the history trail.
  var trailSeparator: String { unicode ? " › " : " > " }
  var ellipsis: String { unicode ? "…" : "..." }
  /// Marks the paragraph under the cursor in the viewer's gutter.
  var cursorBar: String { unicode ? "▌" : ">" }
  var arrow: String { unicode ? "→" : "->" }
  var dot: String { unicode ? "·" : "-" }

  /// A footnote marker as drawn in running text: `⁵³` with UTF-8, `[53]` without (and for markers such as `*`).
  func footnoteMarker(_ marker: String) -> String {
    let superscripts: [Character: Character] = [
      "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
    guard unicode, !marker.isEmpty, marker.allSatisfy({ superscripts[$0] != nil }) else { return "[\(marker)]" }
    return String(marker.map { superscripts[$0]! })
  }
}
