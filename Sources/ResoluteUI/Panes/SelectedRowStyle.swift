/// How the list panes (resolutions, search results) draw their selected row: the selection colour over the whole
/// row, dimmer when the pane is not focused, keeping only the italic of what is drawn on it.
struct SelectedRowStyle {
  let selected: Bool
  /// The fill of the selected row.
  let fill: CellStyle

  init(selected: Bool, focused: Bool, theme: Theme) {
    self.selected = selected
    fill = focused ? theme.listSelected : theme.listSelectedUnfocused
  }

  /// `base` as drawn on this row.
  func callAsFunction(_ base: CellStyle) -> CellStyle {
    guard selected else { return base }
    var merged = fill
    merged.italic = base.italic
    return merged
  }
}
