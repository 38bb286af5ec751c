/// The style of every element on screen. Styles always carry a role (the backend colours by role) and, so that a
/// monochrome terminal still tells things apart, attributes; without colours some elements get stronger attributes.
struct Theme: Sendable {
  var colors: Bool

  var normal: CellStyle { CellStyle(.normal) }
  var title: CellStyle { CellStyle(.title, bold: true) }
  var heading: CellStyle { CellStyle(.heading, bold: true) }
  var bodyLine: CellStyle { CellStyle(.heading, italic: true) }
  var verbPreamble: CellStyle { CellStyle(.verbPreamble, italic: true, dim: !colors) }
  var verbOperative: CellStyle { CellStyle(.verbOperative, bold: true) }
  var paragraphNumber: CellStyle { CellStyle(.normal, bold: true) }
  var link: CellStyle { CellStyle(.link, underline: true) }
  var linkSelected: CellStyle { CellStyle(.linkSelected, bold: true, underline: true, reverse: true) }
  var footnoteMarker: CellStyle { CellStyle(.footnoteMarker, underline: !colors) }
  var cursorGutter: CellStyle { CellStyle(.cursorLine, bold: true) }
  var dim: CellStyle { CellStyle(.dim, dim: true) }
  var border: CellStyle { CellStyle(.border, dim: !colors) }
  var paneTitle: CellStyle { CellStyle(.border, bold: true) }
  var paneTitleFocused: CellStyle { CellStyle(.border, bold: true, reverse: true) }
  var statusBar: CellStyle { CellStyle(.statusBar, reverse: true) }
  var statusTrail: CellStyle { CellStyle(.statusTrail, bold: true, reverse: true) }
  var statusMessage: CellStyle { CellStyle(.warning, bold: true, reverse: true) }
  var highlight: CellStyle { CellStyle(.highlight, bold: !colors, reverse: true) }
  var warning: CellStyle { CellStyle(.warning, bold: true) }
  var absent: CellStyle { CellStyle(.absent, italic: true, dim: !colors) }
  var listSelected: CellStyle { CellStyle(.cursorLine, bold: true, reverse: true) }
  var listSelectedUnfocused: CellStyle { CellStyle(.cursorLine, underline: true) }

  /// Stand-ins for control characters: reversed so they cannot pass for text.
  static func placeholder(colors: Bool) -> @Sendable (CellStyle) -> CellStyle {
    { base in CellStyle(.placeholder, bold: colors, underline: base.underline, reverse: !base.reverse) }
  }
}
