// TEMPORARY: replaced by the export branch.
public enum ParagraphReference {
  public static func citation(for ref: String?, in resolution: Resolution) -> String? {
    guard let id = resolution.id else { return nil }
    guard let ref else { return "\(id.body.key) resolution \(id.number)" }
    return "\(id.body.key) resolution \(id.number), para. \(ref)"
  }
}
