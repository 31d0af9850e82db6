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
    /// The end marker as the terminal sends it, for reads in blocks.
    static let endBytes: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    /// Read ahead and not handed out yet, oldest first.
    private var pending: [RawInput] = []
    /// Events that arrived in the middle of a paste (a resize), handed out after it.
    private var deferred: [InputEvent] = []
    /// Bytes a block read took past a paste's end marker (keys typed right after it): they are the
    /// terminal's input still, to be read again before anything newer (`takeBytesReadPastPaste`).
    private var readPastPaste: [UInt8] = []
    /// Bytes of the last paste dropped past `pasteLimit` (0 when it came whole).
    public private(set) var lastPasteDroppedBytes = 0
    /// Whether the last paste was longer than `pasteLimit` and was cut.
    public var lastPasteWasCut: Bool { lastPasteDroppedBytes > 0 }

    public init() {}

    /// The next event, or nil when nothing came within `timeout` milliseconds. Once a paste has
    /// begun, `readBlock` (when given) reads the rest of it straight from the terminal in large
    /// blocks, not a character per call: a megabyte is a few dozen reads instead of a million.
    public mutating func next(timeout: Int32, read: (Int32) -> RawInput?, readBlock: ((Int32) -> [UInt8]?)? = nil) -> InputEvent? {
        if !deferred.isEmpty { return deferred.removeFirst() }
        guard let first = take(timeout, read) else { return nil }
        guard first == .character(Self.escape) else { return Self.decode(first) }
        // ncurses has already waited its escape delay: what follows now was sent with the Escape.
        guard let second = take(0, read) else { return .key(.escape) }
        if second == .character(Self.start[0]), matchRest(of: Self.start, read) {
            // Block reads only when nothing read ahead is waiting here: it would come after them.
            if let readBlock, pending.isEmpty { return readPasteInBlocks(readBlock) }
            return readPaste(read)
        }
        return KeyDecoder.combineEscape(with: Self.decode(second))
    }

    /// The bytes a block read took past the last paste's end marker, once: whoever reads the
    /// terminal must hand them out before anything it reads next.
    public mutating func takeBytesReadPastPaste() -> [UInt8] {
        defer { readPastPaste = [] }
        return readPastPaste
    }

    /// Input to hand out before anything read next, as characters (what `takeBytesReadPastPaste`
    /// gave, when the terminal cannot take it back).
    public mutating func giveBack(_ bytes: [UInt8]) {
        pending += String(decoding: bytes, as: UTF8.self).unicodeScalars.map { .character($0.value) }
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
        var text = PasteText(limit: pasteLimit)
        while let raw = take(pasteIdleWait, read) {
            switch raw {
            case .character(Self.escape):
                // The end marker, or an Escape that is part of the text.
                if let next = take(markerWait, read) {
                    if next == .character(Self.end[0]), matchRest(of: Self.end, read) {
                        return finish(text)
                    }
                    pending.insert(next, at: 0)
                }
                text.append(scalar: Self.escape)
            case .character(let value):
                text.append(scalar: value)
            case .event(let event):
                // A key ncurses recognised inside the text (an escape sequence that looks like one)
                // is not text; a resize or a click still counts once the paste is in.
                if case .key = event { continue }
                deferred.append(event)
            }
        }
        return finish(text)
    }

    /// The same, from blocks of bytes: the text is whatever comes before the end marker, which
    /// may be split between two blocks; what comes after it is kept for the next reads.
    private mutating func readPasteInBlocks(_ readBlock: (Int32) -> [UInt8]?) -> InputEvent {
        var text = PasteText(limit: pasteLimit)
        // The start of an end marker at the end of a block, until the next block tells.
        var held: [UInt8] = []
        while let block = readBlock(pasteIdleWait) {
            let data = held.isEmpty ? block : held + block
            held = []
            if let at = Self.firstIndex(of: Self.endBytes, in: data) {
                text.append(bytes: data[..<at])
                readPastPaste += data[(at + Self.endBytes.count)...]
                return finish(text)
            }
            let keep = Self.markerStartLength(atEndOf: data)
            text.append(bytes: data[..<(data.count - keep)])
            held = Array(data.suffix(keep))
        }
        text.append(bytes: held[...])
        return finish(text)
    }

    private mutating func finish(_ text: PasteText) -> InputEvent {
        lastPasteDroppedBytes = text.dropped
        // Said after the paste (before anything that waited during it): a cut must never be silent.
        if text.dropped > 0 { deferred.insert(.pasteCut(keptBytes: text.bytes.count, droppedBytes: text.dropped), at: 0) }
        return .paste(String(decoding: text.bytes, as: UTF8.self))
    }

    static func firstIndex(of marker: [UInt8], in data: [UInt8]) -> Int? {
        var from = data.startIndex
        while let at = data[from...].firstIndex(of: marker[0]) {
            if data.count - at < marker.count { return nil }
            if data[at..<(at + marker.count)].elementsEqual(marker) { return at }
            from = at + 1
        }
        return nil
    }

    /// How many bytes at the end of `data` are the first bytes of an end marker.
    static func markerStartLength(atEndOf data: [UInt8]) -> Int {
        for length in stride(from: min(endBytes.count - 1, data.count), through: 1, by: -1)
        where data.suffix(length).elementsEqual(endBytes.prefix(length)) {
            return length
        }
        return 0
    }
}

/// A paste's UTF-8 as it is read, kept up to a limit: past it, whole characters are dropped and
/// counted.
struct PasteText {
    let limit: Int
    private(set) var bytes: [UInt8] = []
    private(set) var dropped = 0

    init(limit: Int) { self.limit = limit }

    mutating func append(scalar value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else { return }
        append(bytes: Array(scalar.utf8)[...])
    }

    mutating func append(bytes more: ArraySlice<UInt8>) {
        guard dropped == 0 else { dropped += more.count; return }
        let room = limit - bytes.count
        guard more.count > room else { bytes += more; return }
        // Cut before the character the limit falls in: continuation bytes are 10xxxxxx.
        var cut = more.startIndex + max(0, room)
        while cut > more.startIndex, cut < more.endIndex, more[cut] & 0xC0 == 0x80 { cut -= 1 }
        bytes += more[..<cut]
        dropped += more.endIndex - cut
    }
}
