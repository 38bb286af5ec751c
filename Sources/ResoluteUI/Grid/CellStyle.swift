/// How a cell is drawn. Backends map roles to colours where the terminal has them and to attributes where it does not.
public struct CellStyle: Hashable, Sendable {
  public enum Role: UInt8, Hashable, Sendable, CaseIterable {
    case normal, title, heading, verbPreamble, verbOperative, link, linkSelected, footnoteMarker,
      cursorLine, dim, statusBar, statusTrail, border, highlight, warning, absent, placeholder,
      /// Words a later text adds, and words it drops (the compare view).
      inserted, deleted
  }

  public var role: Role
  public var bold: Bool
  public var italic: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool

  public init(
    _ role: Role = .normal, bold: Bool = false, italic: Bool = false, underline: Bool = false, reverse: Bool = false,
    dim: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.italic = italic
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }

  public static let plain = CellStyle()
}
