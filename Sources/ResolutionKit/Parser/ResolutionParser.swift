/// Turns the bytes of a plain-text resolution into a `Resolution`. Never fails: what it cannot structure stays as plain text.
public struct ResolutionParser: Sendable {
  public init() {}

  public func parse(_ bytes: [UInt8], file: String) -> Resolution {
    // TEMPORARY: replaced by the real parser in this same change.
    let decoded = TextDecoding.decode(bytes, file: file)
    var resolution = Resolution(file: file, plainText: decoded.text)
    resolution.warnings = decoded.warnings
    return resolution
  }
}
