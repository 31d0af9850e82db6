/// The character encoding a CSV file turned out to be in.
public enum SourceEncoding: String, Sendable, Codable, Equatable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
    /// Excel's "CSV" on a Japanese Windows.
    case shiftJIS = "Shift_JIS"

    /// Reads the whole file once, a piece at a time, and says what it is in, or why it is not a text
    /// file we can import. Valid UTF-8 is taken as UTF-8; Japanese text in Shift_JIS (see `ShiftJISEvidence`)
    /// as Shift_JIS; anything else is Windows-1252, which is what Excel writes in Western locales, and which
    /// can decode any byte, so a "Café" saved by Excel never comes out mangled.
    /// One stray byte anywhere decides, so this is a pass of its own before any text is read.
    static func probe(_ source: ImportByteSource, pieceSize: Int) throws(ImportRefusal) -> SourceEncoding {
        try source.rewind()
        let first = try source.read(upTo: max(pieceSize, 4))
        if first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF]) {
            let encoding: SourceEncoding = first[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            var decoder = UTF16Pieces(littleEndian: encoding == .utf16LittleEndian)
            var piece = Array(first.dropFirst(2))
            while !piece.isEmpty {
                guard decoder.decode(piece) != nil else { throw invalidUTF16 }
                piece = try source.read(upTo: pieceSize)
            }
            guard decoder.finish() != nil else { throw invalidUTF16 }
            return encoding
        }
        if let kind = BinarySignature.match(first) {
            throw .notText(reason: "it is \(kind), not a CSV file")
        }
        let hasBOM = first.starts(with: [0xEF, 0xBB, 0xBF])
        var validator = UTF8Pieces()
        var japanese = ShiftJISEvidence()
        var isUTF8 = true
        var piece = hasBOM ? Array(first.dropFirst(3)) : first
        while !piece.isEmpty {
            if piece.contains(0) {
                throw .notText(reason: "it contains NUL bytes, so it is a binary file, not a CSV file")
            }
            if isUTF8 && validator.decode(piece) == nil { isUTF8 = false }
            japanese.add(piece)
            piece = try source.read(upTo: pieceSize)
        }
        if isUTF8 && !validator.isComplete { isUTF8 = false }
        if !isUTF8 {
            if japanese.looksJapanese, try decodesAsShiftJIS(source, pieceSize: pieceSize) { return .shiftJIS }
            return .windows1252
        }
        return hasBOM ? .utf8WithBOM : .utf8
    }

    /// A second pass, only for files that look Japanese: Foundation must decode every piece.
    private static func decodesAsShiftJIS(_ source: ImportByteSource, pieceSize: Int) throws(ImportRefusal) -> Bool {
        try source.rewind()
        var decoder = ShiftJISPieces()
        var piece = try source.read(upTo: pieceSize)
        while !piece.isEmpty {
            guard decoder.decode(piece) != nil else { return false }
            piece = try source.read(upTo: pieceSize)
        }
        return decoder.finish() != nil
    }

    private static let invalidUTF16 = ImportRefusal.notText(reason: "it starts with a UTF-16 byte-order mark but is not valid UTF-16")
}

/// Magic numbers of files people pick by mistake instead of the CSV export.
enum BinarySignature {
    static func match(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "a ZIP archive (an Excel .xlsx workbook is one: save it as CSV first)"
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Excel .xls workbook (save it as CSV first)" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF document" }
        if bytes.starts(with: [0x1F, 0x8B]) { return "a gzip archive (unpack it first)" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        return nil
    }
}
