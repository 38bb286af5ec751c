import Foundation

/// Any JSON value, kept as it was read: the state file is read entry by entry, and what this version does not know
/// (keys a newer version wrote, an entry it cannot decode) is written back unchanged rather than dropped.
enum StateJSON: Codable, Hashable, Sendable {
  case null
  case bool(Bool)
  case integer(Int64)
  case number(Double)
  case string(String)
  case array([StateJSON])
  case object([String: StateJSON])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .integer(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([StateJSON].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: StateJSON].self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .integer(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  var object: [String: StateJSON]? {
    if case .object(let value) = self { return value }
    return nil
  }

  var array: [StateJSON]? {
    if case .array(let value) = self { return value }
    return nil
  }

  var double: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }

  /// A value of a known type decoded from this JSON, or nil when it does not have that shape.
  func decoded<Value: Decodable>(as type: Value.Type) -> Value? {
    guard let data = try? JSONEncoder().encode(self) else { return nil }
    return try? JSONDecoder().decode(type, from: data)
  }

  /// The JSON of a known value.
  static func encoding(_ value: some Encodable) -> StateJSON? {
    guard let data = try? JSONEncoder().encode(value) else { return nil }
    return try? JSONDecoder().decode(StateJSON.self, from: data)
  }
}
