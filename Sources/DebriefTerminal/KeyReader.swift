import CNCurses
import DebriefUI

/// Reads one input event with `get_wch`, waiting at most the given time; `InputParser` makes
/// Alt-keys and bracketed pastes of what it reads.
struct KeyReader {
    private var parser = InputParser()

    let decoder = KeyDecoder(codes: KeyDecoder.Codes(
        resize: debrief_key_resize(), up: debrief_key_up(), down: debrief_key_down(), left: debrief_key_left(),
        right: debrief_key_right(), home: debrief_key_home(), end: debrief_key_end(), pageUp: debrief_key_ppage(),
        pageDown: debrief_key_npage(), backspace: debrief_key_backspace(), delete: debrief_key_dc(),
        insert: debrief_key_ic(), backTab: debrief_key_btab(), enter: debrief_key_enter(), f0: debrief_key_f0(),
        mouse: debrief_key_mouse()
    ))

    /// nil when nothing arrived in time.
    mutating func read(window: UnsafeMutablePointer<WINDOW>?, timeoutMilliseconds: Int32) -> InputEvent? {
        let decoder = decoder
        return parser.next(timeout: timeoutMilliseconds) { timeout in Self.readOnce(window, timeout: timeout, decoder: decoder) }
    }

    private static func readOnce(_ window: UnsafeMutablePointer<WINDOW>?, timeout: Int32, decoder: KeyDecoder) -> RawInput? {
        wtimeout(window, timeout)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR { return nil }
        if status == debrief_key_code_yes() {
            let event = decoder.decodeFunctionKey(Int32(bitPattern: value))
            guard event == .mouseReport else { return .event(event) }
            var x: Int32 = 0, y: Int32 = 0
            let kind = debrief_read_mouse(&x, &y)
            return .event(KeyDecoder.mouse(kind: kind, x: x, y: y))
        }
        return .character(UInt32(value))
    }
}
