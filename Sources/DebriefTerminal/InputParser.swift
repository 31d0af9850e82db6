import DebriefCore
import DebriefUI

/// One read from the terminal, before it means anything: a character as typed (control bytes
/// included), or a key or report ncurses already recognised (an arrow, a resize, a mouse event).
public enum RawInput: Equatable, Sendable {
    case character(UInt32)
    case event(InputEvent)
}

/// Turns raw reads into input events: Escape followed at once by a character is Alt+character,
/// and a bracketed paste (`ESC [ 200 ~` … `ESC [ 201 ~`, which terminals send once the app has
/// written `ESC [ ? 2004 h`) is one `.paste` with the text exactly as it came: line breaks, tabs
/// and escapes included. Pure, so it can be tested without a terminal: `next` takes the read as
/// a function of how long it may wait (milliseconds; 0 for what is already there).
public struct InputParser: Sendable {
    /// Bytes of UTF-8 a paste may bring; the rest is read and dropped: no record may be larger
    /// (`RecordDecoding.maximumFileSize`).
    public var pasteLimit = RecordDecoding.maximumFileSize
    /// How long the rest of a paste marker may take to arrive after its Escape.
    public var markerWait: Int32 = 50
    /// A paste whose end marker has not come after this long is taken as ended (the terminal, or
    /// the link, lost it): the text so far is delivered, and nothing typed later is swallowed.
    public var pasteIdleWait: Int32 = 1_000

    static let start: [UInt32] = [0x5B, 0x32, 0x30, 0x30, 0x7E]  // "[200~"
    static let end: [UInt32] = [0x5B, 0x32, 0x30, 0x31, 0x7E]  // "[201~"
    static let escape: UInt32 = 27

    /// Read ahead and not handed out yet, oldest first.
    private var pending: [RawInput] = []
    /// Events that arrived in the middle of a paste (a resize), handed out after it.
    private var deferred: [InputEvent] = []
    /// Whether the last paste was longer than `pasteLimit` and was cut.
    public private(set) var lastPasteWasCut = false

    public init() {}

    /// The next event, or nil when nothing came within `timeout` milliseconds.
    public mutating func next(timeout: Int32, read: (Int32) -> RawInput?) -> InputEvent? {
        if !deferred.isEmpty { return deferred.removeFirst() }
        guard let first = take(timeout, read) else { return nil }
        guard first == .character(Self.escape) else { return Self.decode(first) }
        // ncurses has already waited its escape delay: what follows now was sent with the Escape.
        guard let second = take(0, read) else { return .key(.escape) }
        if second == .character(Self.start[0]), matchRest(of: Self.start, read) {
            return readPaste(read)
        }
        return KeyDecoder.combineEscape(with: Self.decode(second))
    }

    private static func decode(_ raw: RawInput) -> InputEvent {
        switch raw {
        case .character(let value): KeyDecoder.decodeCharacter(value)
        case .event(let event): event
        }
    }

    private mutating func take(_ timeout: Int32, _ read: (Int32) -> RawInput?) -> RawInput? {
        pending.isEmpty ? read(timeout) : pending.removeFirst()
    }

    /// Whether the marker's characters after its first follow; if not, what was read goes back
    /// to be handed out as typed.
    private mutating func matchRest(of marker: [UInt32], _ read: (Int32) -> RawInput?) -> Bool {
        var seen: [RawInput] = []
        for expected in marker.dropFirst() {
            guard let next = take(markerWait, read) else { break }
            seen.append(next)
            guard next == .character(expected) else { break }
            if seen.count == marker.count - 1 { return true }
        }
        pending = seen + pending
        return false
    }

    /// The paste's text, up to its end marker (or a pause of `pasteIdleWait`, or the limit).
    private mutating func readPaste(_ read: (Int32) -> RawInput?) -> InputEvent {
        var bytes: [UInt8] = []
        lastPasteWasCut = false
        func append(_ value: UInt32) {
            guard let scalar = Unicode.Scalar(value) else { return }
            if bytes.count + scalar.utf8.count > pasteLimit {
                lastPasteWasCut = true
            } else {
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        while let raw = take(pasteIdleWait, read) {
            switch raw {
            case .character(Self.escape):
                // The end marker, or an Escape that is part of the text.
                if let next = take(markerWait, read) {
                    if next == .character(Self.end[0]), matchRest(of: Self.end, read) {
                        return .paste(String(decoding: bytes, as: UTF8.self))
                    }
                    pending.insert(next, at: 0)
                }
                append(Self.escape)
            case .character(let value):
                append(value)
            case .event(let event):
                // A key ncurses recognised inside the text (an escape sequence that looks like one)
                // is not text; a resize or a click still counts once the paste is in.
                if case .key = event { continue }
                deferred.append(event)
            }
        }
        return .paste(String(decoding: bytes, as: UTF8.self))
    }
}
