/// UTF-8 bytes cut into pieces anywhere: each call gives the whole characters received so far
/// (validated) and keeps an unfinished character for the next piece.
struct UTF8Pieces {
    private var carry: [UInt8] = []

    /// Nil when the bytes are not valid UTF-8.
    mutating func decode(_ piece: [UInt8]) -> [UInt8]? {
        var bytes = carry
        bytes.append(contentsOf: piece)
        let end = Self.lastCharacterEnd(bytes)
        carry = Array(bytes[end...])
        bytes.removeSubrange(end...)
        // Splitting before a lead byte cannot make invalid text valid: two valid halves join into valid text.
        guard bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) != nil else { return nil }
        return bytes
    }

    /// Whether the text ended on a whole character.
    var isComplete: Bool { carry.isEmpty }

    /// Where the last character that is not yet whole begins (the end when the last one is whole).
    private static func lastCharacterEnd(_ bytes: [UInt8]) -> Int {
        var start = bytes.count
        // A character is at most four bytes: look back at most three continuation bytes for its lead byte.
        while start > 0, bytes.count - start < 4 {
            start -= 1
            let byte = bytes[start]
            if byte & 0xC0 == 0x80 { continue }
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return bytes.count - start < length ? start : bytes.count
        }
        return bytes.count
    }
}

/// Windows-1252 bytes to UTF-8: every byte is a character, so no piece leaves anything over.
enum Windows1252Pieces {
    static func decode(_ piece: [UInt8]) -> [UInt8] {
        Array(Windows1252.decode(piece).utf8)
    }
}

/// UTF-16 bytes (after the byte-order mark) cut into pieces anywhere, to UTF-8: an odd byte and a
/// high surrogate wait for the next piece. As Foundation does with a whole file, an odd last byte is
/// dropped and an unpaired surrogate makes the text invalid.
struct UTF16Pieces {
    let littleEndian: Bool
    private var carry: [UInt8] = []

    init(littleEndian: Bool) {
        self.littleEndian = littleEndian
    }

    /// Nil when the text is not valid UTF-16.
    mutating func decode(_ piece: [UInt8]) -> [UInt8]? {
        var bytes = carry
        bytes.append(contentsOf: piece)
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        carry = Array(bytes[index...])
        if let last = units.last, UTF16.isLeadSurrogate(last) {
            units.removeLast()
            carry = (littleEndian ? [UInt8(last & 0xFF), UInt8(last >> 8)] : [UInt8(last >> 8), UInt8(last & 0xFF)]) + carry
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 3)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { output.append($0) }
        return failed ? nil : output
    }

    /// The end of the text: nil when it ended inside a surrogate pair.
    mutating func finish() -> [UInt8]? {
        defer { carry = [] }
        // An odd byte alone is dropped; a lead surrogate (two or three bytes left) is unpaired.
        return carry.count >= 2 ? nil : []
    }
}

/// The text of an import file as whole UTF-8 characters, a piece at a time, from the first byte
/// after any byte-order mark, whatever the file's encoding.
struct UTF8Chunks {
    private let source: ImportByteSource
    private let encoding: SourceEncoding
    private let pieceSize: Int
    private var started = false
    private var ended = false
    private var utf8 = UTF8Pieces()
    private var utf16: UTF16Pieces
    private var shiftJIS = ShiftJISPieces()

    init(source: ImportByteSource, encoding: SourceEncoding, pieceSize: Int) throws(ImportRefusal) {
        try source.rewind()
        self.source = source
        self.encoding = encoding
        self.pieceSize = pieceSize
        utf16 = UTF16Pieces(littleEndian: encoding == .utf16LittleEndian)
    }

    /// The next piece of text (possibly empty when a piece held only part of a character); nil at the end.
    mutating func next() throws(ImportRefusal) -> [UInt8]? {
        if ended { return nil }
        var raw: [UInt8]
        if !started {
            started = true
            let mark = encoding == .utf8WithBOM ? 3 : encoding == .utf16LittleEndian || encoding == .utf16BigEndian ? 2 : 0
            // The first piece holds the whole mark unless the file is shorter than it.
            raw = try source.read(upTo: max(pieceSize, 4))
            raw.removeFirst(min(mark, raw.count))
            if raw.isEmpty { raw = try source.read(upTo: pieceSize) }
        } else {
            raw = try source.read(upTo: pieceSize)
        }
        if raw.isEmpty {
            ended = true
            if encoding == .shiftJIS && shiftJIS.finish() == nil {
                throw .notText(reason: "it changed while it was being imported; import it again when it is saved")
            }
            return nil
        }
        let text: [UInt8]?
        switch encoding {
        case .utf8, .utf8WithBOM: text = utf8.decode(raw)
        case .windows1252: text = Windows1252Pieces.decode(raw)
        case .shiftJIS: text = shiftJIS.decode(raw)
        case .utf16LittleEndian, .utf16BigEndian: text = utf16.decode(raw)
        }
        // The probe read every byte already; text that fails now changed since.
        guard let text else { throw .notText(reason: "it changed while it was being imported; import it again when it is saved") }
        return text
    }
}
