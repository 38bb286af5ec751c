import ResolutionKit

/// A JSON document built explicitly, so keys keep their order, absent values are written as `null`, and every
/// character that could disturb a terminal is escaped.
indirect enum JSONValue {
  case null
  case bool(Bool)
  case int(Int)
  /// A number in 0...1, written with four decimals (`0.8312`): no float formatting that depends on the platform.
  case fraction(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// `.string(value)` or `.null`.
  static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
  static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

  /// Pretty-printed with two-space indentation, ending in a newline.
  var rendered: String {
    var out = ""
    write(to: &out, indent: 0)
    out += "\n"
    return out
  }

  /// Appends the value as it appears at `indent` (its first line unindented, as after a key), without a newline.
  func write(to out: inout String, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .fraction(let value):
      let tenThousandths = Int((min(1, max(0, value.isNaN ? 0 : value)) * 10_000).rounded())
      let decimals = String(tenThousandths % 10_000)
      out += "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - decimals.count) + decimals
    case .string(let value): Self.writeString(value, to: &out)
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        item.write(to: &out, indent: indent + 2)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, (key, value)) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        Self.writeString(key, to: &out)
        out += ": "
        value.write(to: &out, indent: indent + 2)
        out += index == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  static func writeString(_ value: String, to out: inout String) {
    out += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        // Control characters, DEL, C1 and bidi controls are escaped so the JSON is safe to print anywhere.
        // Under a non-UTF-8 locale every non-ASCII character is escaped too (`Output.asciiOnly`).
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029
          || VisibleText.replacement(for: scalar) != nil || (Output.asciiOnly && scalar.value > 0x7E)
        {
          for unit in String(scalar).utf16 {
            let hex = String(unit, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
