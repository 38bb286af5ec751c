/// The canonical key of a resolution: `"<BODY> <number>"`, e.g. `GA 55/64`, `ECOSOC 155 C (VII)`.
public struct ResolutionID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  public var body: Body
  public var number: String

  public init(body: Body, number: String) {
    self.body = body
    self.number = number
  }

  /// Parses `GA 55/64`, `ecosoc 1992/22`, `CND 11 (XXXV)`, `GA ES-10/2`, `SC 1325 (2000)` or an official symbol such as
  /// `A/RES/55/64` or `S/RES/1325 (2000)`. The number must be one (`GA foo` is not an id); it is kept canonical.
  public init?(_ text: String) {
    let trimmed = text.trimmingSpaces
    if let space = trimmed.firstIndex(of: " "), let body = Body(key: String(trimmed[..<space])) {
      guard let number = Self.canonicalNumber(String(trimmed[trimmed.index(after: space)...])) else { return nil }
      self.init(body: body, number: number)
      return
    }
    let upper = trimmed.uppercased()
    // Longest prefix first: `A/HRC/RES/` before `A/RES/`.
    for body in Body.allCases.sorted(by: { ($0.symbolPrefix?.count ?? 0) > ($1.symbolPrefix?.count ?? 0) }) {
      guard let prefix = body.symbolPrefix, upper.hasPrefix(prefix),
        let number = Self.canonicalNumber(String(upper.dropFirst(prefix.count))), body.symbol(for: number) != nil
      else { continue }
      self.init(body: body, number: number)
      return
    }
    return nil
  }

  public var description: String { "\(body.key) \(number)" }
  public var symbol: String? { body.symbol(for: number) }

  /// The year the number implies, when it carries one (`1992/22`, `1325 (2000)`) or a GA session (`55/64` → 2000).
  public var impliedYear: Int? {
    if Self.form(ofNumber: number) == .securityCouncil, let open = number.firstIndex(of: "(") {
      return Int(number[number.index(after: open)...].prefix(4))
    }
    let head = number.prefix { $0.isNumber }
    guard let value = Int(head), number.dropFirst(head.count).first == "/" else { return nil }
    if value >= 1900 { return value }
    if body == .ga, value < 100 { return 1945 + value }
    return nil
  }

  public static func < (lhs: ResolutionID, rhs: ResolutionID) -> Bool {
    if lhs.body != rhs.body { return lhs.body < rhs.body }
    return lhs.number.compare(numericallyWith: rhs.number) == .orderedAscending
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let id = ResolutionID(text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a resolution id: \(text)"))
    }
    self = id
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension String {
  /// Orders `55/9` before `55/64`: runs of digits compare as numbers.
  func compare(numericallyWith other: String) -> ComparisonOutcome {
    var left = Substring(self), right = Substring(other)
    while let l = left.first, let r = right.first {
      if l.isNumber && r.isNumber {
        let ln = left.prefix { $0.isNumber }, rn = right.prefix { $0.isNumber }
        let lv = Int(ln) ?? 0, rv = Int(rn) ?? 0
        if lv != rv { return lv < rv ? .orderedAscending : .orderedDescending }
        left = left.dropFirst(ln.count)
        right = right.dropFirst(rn.count)
      } else {
        if l != r { return l < r ? .orderedAscending : .orderedDescending }
        left = left.dropFirst()
        right = right.dropFirst()
      }
    }
    if left.isEmpty && right.isEmpty { return .orderedSame }
    return left.isEmpty ? .orderedAscending : .orderedDescending
  }

  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[start...end])
  }
}

/// Three-way comparison without Foundation.
public enum ComparisonOutcome: Sendable { case orderedAscending, orderedSame, orderedDescending }
