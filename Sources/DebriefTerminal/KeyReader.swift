import CNCurses
import DebriefUI
import Glibc

/// Reads one input event with `get_wch`, waiting at most the given time; `InputParser` makes
/// Alt-keys and bracketed pastes of what it reads. Once a paste has begun, its text is read from
/// the terminal (fd 0, in the mode ncurses set) in large blocks rather than a byte per `get_wch`.
struct KeyReader {
    private var parser = InputParser()
    /// Bytes read past a paste's end that ncurses can take back whole (its own queue holds ~137);
    /// more than that go to the parser as characters.
    static let pushBackLimit = 100

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
        let event = parser.next(timeout: timeoutMilliseconds, read: { timeout in Self.readOnce(window, timeout: timeout, decoder: decoder) },
                                readBlock: Self.readBlock)
        // Keys typed right after a paste came with its last block: back to ncurses (which still
        // knows an arrow's escape sequence), in order, before anything it reads next.
        let extra = parser.takeBytesReadPastPaste()
        if extra.count <= Self.pushBackLimit {
            for byte in extra.reversed() { _ = ungetch(Int32(byte)) }
        } else {
            parser.giveBack(extra)
        }
        return event
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

    /// Up to 64 KB the terminal has sent, waiting at most `timeout` ms for the first byte; nil when
    /// nothing came. ncurses has nothing of a paste queued once its start marker is read: the
    /// marker is no key it knows, so it read no further than the marker.
    private static func readBlock(timeout: Int32) -> [UInt8]? {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        var ready = poll(&descriptor, 1, timeout)
        // A signal (a resize) interrupts the wait, not the paste.
        while ready < 0, errno == EINTR { ready = poll(&descriptor, 1, timeout) }
        guard ready > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
        while count < 0, errno == EINTR { count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) } }
        guard count > 0 else { return nil }
        return Array(buffer.prefix(count))
    }
}
