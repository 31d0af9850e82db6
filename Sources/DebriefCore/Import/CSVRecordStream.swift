/// The records of an import file, read a piece at a time, each with the line it starts on: the
/// file's text checked to be CSV at all, its delimiter guessed from the first line (or taken from
/// Excel's "sep=" line, which is then skipped). Each pass of an import reads the file through one.
struct CSVRecordStream {
    /// How many bytes are read at once: what an import holds of the file, besides the record in progress.
    static let defaultPieceSize = 1 << 20
    /// The text held back while the delimiter is guessed. The guess reads up to the first line with a
    /// comma, semicolon or tab; a file with none in its first 16 MB has one column, and a comma is as
    /// good as any.
    static let guessLimit = 16 << 20

    /// Reads the whole file, calling `record` with each record and its first line; gives the delimiter.
    static func read(_ source: ImportByteSource, encoding: SourceEncoding, pieceSize: Int = defaultPieceSize,
                     record: (CSVRawRow, Int) throws(ImportRefusal) -> Void) throws(ImportRefusal) -> Unicode.Scalar {
        var chunks = try UTF8Chunks(source: source, encoding: encoding, pieceSize: pieceSize)
        var visible = VisibleStart()
        var counter = DelimiterGuess.Counter()
        var held: [UInt8] = []
        var atEnd = false
        while !atEnd && !counter.isSettled && held.count < guessLimit {
            guard let piece = try chunks.next() else { atEnd = true; break }
            try visible.check(piece)
            held.append(contentsOf: piece)
            _ = counter.read(String(decoding: piece, as: UTF8.self).unicodeScalars)
        }
        if atEnd { try visible.finish() }
        var delimiter = counter.best
        var bodyStart = 0
        var line = 1
        let start = String(decoding: held, as: UTF8.self)
        if let sepLine = DelimiterGuess.excelSeparatorLine(Substring(start)) {
            delimiter = sepLine.delimiter
            bodyStart = start.utf8.distance(from: start.startIndex, to: sepLine.rest)
            line = 2
        }
        var parser = CSVStreamParser(delimiter: delimiter)
        func take(_ row: CSVRawRow) throws(ImportRefusal) {
            let first = line
            line += 1 + row.lineBreaks
            try record(row, first)
        }
        // `take` throws only ImportRefusal; the parser rethrows what its callback throws.
        func feed(_ bytes: [UInt8]) throws(ImportRefusal) {
            do {
                try bytes.withUnsafeBufferPointer { try parser.feed($0, record: take) }
            } catch let refusal as ImportRefusal { throw refusal } catch { preconditionFailure("\(error)") }
        }
        try feed(Array(held[bodyStart...]))
        held = []
        while !atEnd, let piece = try chunks.next() {
            try visible.check(piece)
            try feed(piece)
        }
        try visible.finish()
        do { try parser.finish(record: take) } catch let refusal as ImportRefusal { throw refusal } catch { preconditionFailure("\(error)") }
        return delimiter
    }
}

/// The first character that is not white space says whether the file is CSV at all: nothing but
/// white space is an empty file; `{`, `[` and `<` start JSON, HTML or XML.
private struct VisibleStart {
    private var seen = false

    mutating func check(_ piece: [UInt8]) throws(ImportRefusal) {
        if seen { return }
        guard let first = String(decoding: piece, as: UTF8.self).unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return }
        seen = true
        if first == "{" || first == "[" {
            throw .notText(reason: "it looks like JSON, not CSV. To bring in Debrief's own JSON export, copy the records into the data directory instead")
        }
        if first == "<" {
            throw .notText(reason: "it looks like HTML or XML, not CSV")
        }
    }

    func finish() throws(ImportRefusal) {
        if !seen { throw .empty }
    }
}
