/// `=` and Ctrl-G: where the reader is, as less says it (file, resolution, paragraph, line, percentage).
extension BrowserSession {
  var whereAmI: String {
    if focus == .list, searchResults == nil {
      guard !list.rows.isEmpty else { return "The list is empty" }
      return "Row \(list.selected + 1) of \(list.rows.count)" + (list.filter.isEmpty ? "" : " matching “\(list.filter)”")
    }
    guard let location = viewer.document.location else { return "Nothing is shown" }
    var parts = [label(of: location)]
    if let ref = Self.keptRef(viewer.cursorRef, on: location) { parts[0] += "#\(ref)" }
    let total = viewer.wrapped.lines.count
    let height = viewerGeometry.height
    let bottom = min(total, viewer.scroll + height)
    parts.append("line \(viewer.cursorLine + 1) of \(total)")
    parts.append(viewer.scroll == 0 && bottom >= total ? "all" : "\(total == 0 ? 100 : bottom * 100 / total)%")
    if case .resolution(let file) = location {
      parts.append(String(file.split(separator: "/").last ?? Substring(file)))
    }
    return parts.joined(separator: " · ")
  }
}
