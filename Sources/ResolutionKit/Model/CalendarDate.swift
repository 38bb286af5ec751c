/// A calendar day as the texts state it (`30 July 1992`), with no time zone.
public struct CalendarDate: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  public static let monthNames = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ]

  /// Month number for an English month name (any case), or nil.
  public static func month(named name: some StringProtocol) -> Int? {
    let lowered = name.lowercased()
    return monthNames.firstIndex { $0.lowercased() == lowered }.map { $0 + 1 }
  }

  /// Parses `YYYY-MM-DD` or `30 July 1992`.
  public init?(_ text: String) {
    let trimmed = text.trimmingSpaces
    let dashed = trimmed.split(separator: "-")
    if dashed.count == 3, let y = Int(dashed[0]), let m = Int(dashed[1]), let d = Int(dashed[2]) {
      self.init(year: y, month: m, day: d)
      return
    }
    let words = trimmed.split(separator: " ")
    guard words.count == 3, let d = Int(words[0]), let m = CalendarDate.month(named: words[1]), let y = Int(words[2]) else {
      return nil
    }
    self.init(year: y, month: m, day: d)
  }

  /// `1992-07-30`.
  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// `30 July 1992`, as the resolutions write it.
  public var description: String { "\(day) \(CalendarDate.monthNames[month - 1]) \(year)" }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = CalendarDate(text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
