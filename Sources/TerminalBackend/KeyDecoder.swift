import CNCursesw
import ResoluteUI

/// Turns what `wget_wch` returned into a `Key`, or nil for input the UI has no use for.
struct KeyDecoder {
  let window: CursesWindow

  func decode(status: Int32, code: wint_t) -> Key? {
    if status == resolute_key_code_yes() { return decodeFunctionKey(Int32(bitPattern: code)) }
    guard status == OK else { return nil }
    return decodeCharacter(code)
  }

  private func decodeCharacter(_ code: wint_t) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 12: return .redraw  // Ctrl-L: repaint everything, as in less and vi
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
    case 0...31, 0x80...0x9F: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  private func decodeFunctionKey(_ code: Int32) -> Key? {
    switch code {
    case resolute_key_resize():
      return .resize(width: Int(resolute_window_width(window)), height: Int(resolute_window_height(window)))
    case resolute_key_mouse(): return decodeMouse()
    case resolute_key_enter(): return .enter
    case resolute_key_btab(): return .backTab
    case resolute_key_backspace(): return .backspace
    case resolute_key_dc(): return .delete
    case resolute_key_up(): return .up
    case resolute_key_down(): return .down
    case resolute_key_left(): return .left
    case resolute_key_right(): return .right
    case resolute_key_ppage(), resolute_key_a3(): return .pageUp
    case resolute_key_npage(), resolute_key_c3(): return .pageDown
    case resolute_key_home(), resolute_key_a1(): return .home
    case resolute_key_end(), resolute_key_c1(): return .end
    default: return nil
    }
  }

  private func decodeMouse() -> Key? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let x = Int(event.x)
    let y = Int(event.y)
    if resolute_mouse_is_wheel_up(event.bstate) != 0 { return .mouseWheelUp(x: x, y: y) }
    if resolute_mouse_is_wheel_down(event.bstate) != 0 { return .mouseWheelDown(x: x, y: y) }
    if resolute_mouse_is_click(event.bstate) != 0 { return .mouseClick(x: x, y: y) }
    return nil
  }
}
