/// One CSV record as the parser hands it over: its cells as byte ranges of a buffer the parser reuses,
/// so a caller that needs only a few cells (the first pass of an import) makes no string of the rest.
/// Valid only during the callback that receives it.
struct CSVRawRow {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where each cell ends in `bytes`; cell n starts where cell n-1 ends.
    let ends: UnsafeBufferPointer<Int>

    var count: Int { ends.count }

    func cell(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let start = index == 0 ? 0 : ends[index - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[index]])
    }

    func string(_ index: Int) -> String { String(decoding: cell(index), as: UTF8.self) }

    var strings: [String] { (0..<count).map(string) }

    func isEmpty(_ index: Int) -> Bool { cell(index).isEmpty }

    /// Whether every cell is empty or Unicode white space (trimmed empty), without making strings of ASCII cells.
    var isBlank: Bool {
        (0..<count).allSatisfy { index in
            let cell = cell(index)
            var asciiOnly = true
            for byte in cell {
                if byte >= 0x80 { asciiOnly = false; continue }
                if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) { return false }
            }
            return asciiOnly || string(index).importTrimmed.isEmpty
        }
    }

    /// Whether only the first cell may hold anything (a footer line's shape).
    var isSingleCell: Bool { count == 1 || (1..<count).allSatisfy(isEmpty) }

    /// Line breaks inside the cells, as a text editor numbers lines: CRLF, LF and a lone CR each end one.
    var lineBreaks: Int {
        var total = 0
        for index in 0..<count {
            var previousCR = false
            for unit in cell(index) {
                if unit == 0x0D { total += 1; previousCR = true; continue }
                if unit == 0x0A && !previousCR { total += 1 }
                previousCR = false
            }
        }
        return total
    }
}

/// A CSV parser fed UTF-8 text in pieces of any size, that splits it into records exactly as
/// CSV.swift's `CSVReader` (the reader the importer used on whole files) does:
/// - a cell that starts with a quote is quoted until a quote followed by the delimiter, a line break or
///   the end; `""` inside it is one quote; a quote followed by anything else keeps the quote and drops
///   the character after it;
/// - any other cell runs to the delimiter or a line break, quotes and all;
/// - CR, LF and CRLF each end a record; an empty line is a record of one empty cell.
/// Pieces must end on a character boundary (`UTF8Chunks` gives such pieces); a record may span any
/// number of pieces, and only the record in progress is kept.
struct CSVStreamParser {
    private enum State {
        case cellStart, unquoted, quoted, quoteInQuoted
        /// After a stray quote in a quoted cell: the rest of the dropped character's bytes.
        case droppingCharacter
        /// A record ended with CR; an LF right after it belongs to the same line end.
        case afterCR
    }

    private let delimiter: [UInt8]
    private var state = State.cellStart
    /// Whether anything of the current record has been read (so the end of the text ends it).
    private var inRecord = false
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    init(delimiter: Unicode.Scalar) {
        self.delimiter = Array(String(delimiter).utf8)
    }

    /// Parses `piece`, calling `record` for each record that ends in it.
    mutating func feed(_ piece: UnsafeBufferPointer<UInt8>, record: (CSVRawRow) throws -> Void) rethrows {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let first = delimiter[0]
        var index = 0
        let count = piece.count
        // Whether the delimiter starts at `index` (its bytes are all in this piece: pieces end on characters).
        func isDelimiter(_ index: Int) -> Bool {
            guard piece[index] == first else { return false }
            if delimiter.count == 1 { return true }
            guard index + delimiter.count <= count else { return false }
            for offset in 1..<delimiter.count where piece[index + offset] != delimiter[offset] { return false }
            return true
        }
        while index < count {
            let byte = piece[index]
            switch state {
            case .afterCR:
                state = .cellStart
                if byte == lf { index += 1 }
                continue
            case .cellStart:
                inRecord = true
                if byte == quote {
                    state = .quoted
                    index += 1
                    continue
                }
                state = .unquoted
                continue
            case .unquoted:
                if byte == cr || byte == lf {
                    try endRecord(record)
                    state = byte == cr ? .afterCR : .cellStart
                    index += 1
                } else if isDelimiter(index) {
                    ends.append(bytes.count)
                    state = .cellStart
                    index += delimiter.count
                } else {
                    // Copy the run up to the next byte that could end the cell in one go.
                    var end = index + 1
                    while end < count, piece[end] != cr, piece[end] != lf, piece[end] != first { end += 1 }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[index..<end]))
                    index = end
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                    index += 1
                } else {
                    var end = index + 1
                    while end < count, piece[end] != quote { end += 1 }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[index..<end]))
                    index = end
                }
            case .quoteInQuoted:
                if byte == cr || byte == lf {
                    try endRecord(record)
                    state = byte == cr ? .afterCR : .cellStart
                    index += 1
                } else if isDelimiter(index) {
                    ends.append(bytes.count)
                    state = .cellStart
                    index += delimiter.count
                } else if byte == quote {
                    bytes.append(quote)
                    state = .quoted
                    index += 1
                } else {
                    // CSV.swift keeps the stray quote and drops the character after it.
                    bytes.append(quote)
                    state = .droppingCharacter
                    index += 1
                }
            case .droppingCharacter:
                if byte & 0xC0 == 0x80 {
                    index += 1
                } else {
                    state = .quoted
                }
            }
        }
    }

    /// Ends the text: a record in progress (or a delimiter at the very end) makes a last record.
    mutating func finish(record: (CSVRawRow) throws -> Void) rethrows {
        if inRecord { try endRecord(record) }
        state = .cellStart
    }

    private mutating func endRecord(_ record: (CSVRawRow) throws -> Void) rethrows {
        ends.append(bytes.count)
        try bytes.withUnsafeBufferPointer { bytes in
            try ends.withUnsafeBufferPointer { ends in
                try record(CSVRawRow(bytes: bytes, ends: ends))
            }
        }
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        inRecord = false
    }
}
