/// The closest ASCII for a character, for terminals without a UTF-8 locale: `é` -> `e`, `“` -> `"`, `–` -> `-`.
/// Characters with no sensible ASCII form become `?`.
enum AsciiFold {
  static func fold(_ scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x80 { return String(scalar) }
    switch value {
    case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4: return "'"
    case 0x201C...0x201F, 0x2033, 0x00A8: return "\""
    case 0x2010...0x2015, 0x2212, 0x2043: return "-"
    case 0x2026: return "..."
    case 0x2022, 0x00B7, 0x2027, 0x2219: return "*"
    case 0x00AB: return "<<"
    case 0x00BB: return ">>"
    case 0x2039: return "<"
    case 0x203A: return ">"
    case 0x2190: return "<-"
    case 0x2192: return "->"
    case 0x00A9: return "(c)"
    case 0x00AE: return "(R)"
    case 0x2122: return "TM"
    case 0x00A7: return "S"
    case 0x00B6: return "P"
    case 0x20AC: return "EUR"
    case 0x00A3: return "GBP"
    case 0x00A5: return "JPY"
    case 0x00B0: return "o"
    case 0x00D7: return "x"
    case 0x00F7: return "/"
    case 0x00BC: return "1/4"
    case 0x00BD: return "1/2"
    case 0x00BE: return "3/4"
    case 0x00B9: return "1"
    case 0x00B2: return "2"
    case 0x00B3: return "3"
    case 0x2070: return "0"
    case 0x2074...0x2079: return String(value - 0x2070)
    case 0x2080...0x2089: return String(value - 0x2080)
    case 0x00DF: return "ss"
    case 0x00C6: return "AE"
    case 0x00E6: return "ae"
    case 0x0152: return "OE"
    case 0x0153: return "oe"
    case 0x00D8: return "O"
    case 0x00F8: return "o"
    case 0x0141: return "L"
    case 0x0142: return "l"
    case 0x00D0, 0x0110: return "D"
    case 0x00F0, 0x0111: return "d"
    case 0x00DE: return "TH"
    case 0x00FE: return "th"
    case 0x0131: return "i"
    case 0x2500...0x257F:
      switch value {
      case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550: return "-"
      case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return "|"
      default: return "+"
      }
    default:
      break
    }
    // Accented Latin letters: `LATIN SMALL LETTER E WITH ACUTE` -> `e`.
    if let name = scalar.properties.name {
      for (prefix, lower) in [("LATIN SMALL LETTER ", true), ("LATIN CAPITAL LETTER ", false)]
      where name.hasPrefix(prefix) {
        let rest = name.dropFirst(prefix.count)
        let letter = rest.prefix { $0 != " " }
        if letter.count == 1, let character = letter.first, character.isASCII, character.isLetter {
          return lower ? character.lowercased() : String(character)
        }
      }
    }
    return "?"
  }
}
