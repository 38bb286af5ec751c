#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ResolutionKit
import ResoluteUI

/// Hands copied text to the terminal's clipboard with OSC 52, which terminals (and tmux with `set-clipboard on`)
/// support over SSH too. The text is base64-encoded, so nothing in it can act as a control sequence.
struct TerminalClipboard {
  let tty: Int32
  private(set) var serial: Int?

  init(tty: Int32, serial: Int?) {
    self.tty = tty
    self.serial = serial
  }

  mutating func copyIfChanged(_ clipboard: Clipboard?) {
    guard let clipboard, clipboard.serial != serial else { return }
    serial = clipboard.serial
    // What lands on the clipboard is pasted later, perhaps into a shell: no control character goes into it (they
    // become visible stand-ins), whatever the text came from.
    let text = VisibleText.sanitize(clipboard.text)
    let sequence = Array("\u{1B}]52;c;".utf8) + Self.base64(Array(text.utf8)) + [0x07]
    sequence.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(tty, bytes.baseAddress! + offset, bytes.count - offset)
        if written <= 0 { break }
        offset += written
      }
    }
  }

  static func base64(_ bytes: [UInt8]) -> [UInt8] {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let chunk = bytes[index..<min(index + 3, bytes.count)]
      let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
      for position in 0..<4 {
        if position <= chunk.count {
          output.append(alphabet[Int((value >> (18 - 6 * UInt32(position))) & 0x3F)])
        } else {
          output.append(UInt8(ascii: "="))
        }
      }
      index += 3
    }
    return output
  }
}
