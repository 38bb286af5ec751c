/// The organ that adopted a resolution.
public enum Body: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
  case ga = "GA"
  case sc = "SC"
  case ecosoc = "ECOSOC"
  case hrc = "HRC"
  case ccpcj = "CCPCJ"
  case cnd = "CND"
  case chr = "CHR"
  case csw = "CSW"
  case csocd = "CSocD"

  /// The canonical short key used in ids (`GA`, `ECOSOC`, …).
  public var key: String { rawValue }

  /// The name as the texts write it, used for display and as the primary alias.
  public var fullName: String {
    switch self {
    case .ga: "General Assembly"
    case .sc: "Security Council"
    case .ecosoc: "Economic and Social Council"
    case .hrc: "Human Rights Council"
    case .ccpcj: "Commission on Crime Prevention and Criminal Justice"
    case .cnd: "Commission on Narcotic Drugs"
    case .chr: "Commission on Human Rights"
    case .csw: "Commission on the Status of Women"
    case .csocd: "Commission for Social Development"
    }
  }

  /// Every spelling that names this body in running text, longest first within a body.
  public var aliases: [String] {
    switch self {
    case .ga: ["General Assembly", "G.A.", "GA"]
    case .sc: ["Security Council", "S.C.", "SC"]
    case .ecosoc: ["Economic and Social Council", "ECOSOC", "E.S.C."]
    case .hrc: ["Human Rights Council", "HRC"]
    case .ccpcj: ["Commission on Crime Prevention and Criminal Justice", "CCPCJ"]
    case .cnd: ["Commission on Narcotic Drugs", "CND"]
    case .chr: ["Commission on Human Rights", "CHR"]
    case .csw: ["Commission on the Status of Women", "CSW"]
    case .csocd: ["Commission for Social Development", "CSocD"]
    }
  }

  /// Parses a key (`GA`, `ecosoc`) or a full name.
  public init?(key: String) {
    let lowered = key.lowercased()
    for body in Body.allCases where body.rawValue.lowercased() == lowered || body.aliases.contains(where: { $0.lowercased() == lowered }) {
      self = body
      return
    }
    return nil
  }

  /// How the official symbols of this body's resolutions begin (`A/RES/`), when the UN numbers them that way.
  public var symbolPrefix: String? {
    switch self {
    case .ga: "A/RES/"
    case .sc: "S/RES/"
    case .ecosoc: "E/RES/"
    case .hrc: "A/HRC/RES/"
    case .chr: "E/CN.4/RES/"
    case .ccpcj, .cnd, .csw, .csocd: nil
    }
  }

  /// The official document symbol of resolution `number` of this body: the only place symbols are made
  /// (`A/RES/55/64`, `A/RES/ES-10/2`, `A/RES/49/75E`, `S/RES/1325 (2000)`).
  public func symbol(for number: String) -> String? {
    guard let prefix = symbolPrefix, let form = ResolutionID.form(ofNumber: number) else { return nil }
    switch form {
    // Old-style numbers such as `155 C (VII)` have symbols of another shape; leave them out rather than guess.
    case .romanSession: return nil
    case .securityCouncil: return self == .sc ? prefix + number : nil
    case .serial: return prefix + number.filter { $0 != " " }
    }
  }

  private var order: Int { Body.allCases.firstIndex(of: self)! }
  public static func < (lhs: Body, rhs: Body) -> Bool { lhs.order < rhs.order }
}

extension Body {
  /// The organ a bare serial number (`resolution 55/25`, no body named) belongs to when the citing text's own organ
  /// does not number that way. The Economic and Social Council has numbered by year since 1978 (`1992/22`), the
  /// Assembly by session (`55/25`): a session number in a Council text is the Assembly's, a year number in an
  /// Assembly text the Council's. Nil when the adopting organ numbers that way, or for any other organ.
  public static func owner(ofBareSerial number: String, citedIn adopting: Body) -> Body? {
    let bytes = Array(number.utf8)
    let leadingDigits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
    guard leadingDigits > 0, bytes.count > leadingDigits, bytes[leadingDigits] == UInt8(ascii: "/") else { return nil }
    let isYear = leadingDigits == 4 && Int(String(decoding: bytes.prefix(4), as: UTF8.self)).map { $0 >= 1946 } == true
    switch adopting {
    case .ecosoc where !isYear: return .ga
    case .ga where isYear: return .ecosoc
    default: return nil
    }
  }
}
