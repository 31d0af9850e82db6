import CSV
import Foundation

/// One data row of a CSV file, with the physical line it starts on (1-based, counting the
/// line breaks inside quoted cells, so a message can send the user to the right line).
public struct CSVRow: Sendable, Equatable {
    public var line: Int
    public var cells: [String]
}

/// A CSV file split into its header and rows by CSV.swift, with the Salesforce footer removed.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var headerLine: Int
    public var rows: [CSVRow]
    public var delimiter: Unicode.Scalar
    /// Trailer lines a CRM appends after the data (Salesforce's "Confidential Information…").
    public var footerLines: Int

    public static func parse(_ text: String) throws(ImportRefusal) -> CSVTable {
        var body = Substring(text)
        var lineOffset = 0
        var delimiter = DelimiterGuess.guess(from: body)
        // Excel writes a "sep=;" line first when the user's locale uses another separator.
        if let sepLine = DelimiterGuess.excelSeparatorLine(body) {
            delimiter = sepLine.delimiter
            body = body[sepLine.rest...]
            lineOffset = 1
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: String(body), hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw .noHeader
        }
        var line = 1 + lineOffset
        var header: [String]?
        var headerLine = 0
        var rows: [CSVRow] = []
        while let cells = reader.next() {
            let start = line
            line += 1 + cells.reduce(0) { $0 + LineBreaks.count(in: $1) }
            if header == nil {
                if isBlank(cells) { continue }
                header = cells.map { $0.importTrimmed }
                headerLine = start
                continue
            }
            rows.append(CSVRow(line: start, cells: cells))
        }
        guard let header else { throw .empty }
        let footer = FooterDetector.footerStart(rows, columnCount: header.count)
        let footerLines = rows.count - footer
        rows.removeSubrange(footer...)
        return CSVTable(header: header, headerLine: headerLine, rows: rows.filter { !isBlank($0.cells) },
                        delimiter: delimiter, footerLines: footerLines)
    }

    static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { $0.importTrimmed.isEmpty }
    }
}

/// Counts line breaks the way a text editor numbers lines: CRLF, LF and a lone CR each end one line.
enum LineBreaks {
    static func count(in text: String) -> Int {
        var count = 0
        var previousCR = false
        for unit in text.utf8 {
            if unit == 0x0D { count += 1; previousCR = true; continue }
            if unit == 0x0A && !previousCR { count += 1 }
            previousCR = false
        }
        return count
    }
}
