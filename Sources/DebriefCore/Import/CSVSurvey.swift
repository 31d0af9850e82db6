/// What the first pass over an import file learns before any row is read as a deal: the header, where
/// the data ends (a CRM's footer), how many rows there are, a few ids (which tell Salesforce's own from
/// others) and, for every column, what its slashed dates say about their order. It keeps only those,
/// and the blank and one-cell rows at the end of what it has read, which may turn out to be a footer.
struct CSVSurvey: Sendable {
    var delimiter: Unicode.Scalar = ","
    var header: [String] = []
    var headerLine = 0
    /// Records after the header that are data, blank ones included: the ones before the footer.
    var bodyRecords = 0
    var footerLines = 0
    /// Data rows, blank ones left out.
    var rows = 0
    var idSample: [String] = []
    /// One-cell lines before the header: a board or report title, a group name (monday.com, printable reports).
    var titleLines = 0
    /// One-cell lines (group titles) and repeated header rows between the data rows; the first few line numbers.
    var sectionLines = 0
    var sectionLineNumbers: [Int] = []
    /// Title lines taken before the header at most: a file of one-cell lines still gets its first as header.
    static let maxTitleLines = 10
    /// By column index (only columns with slashed dates).
    var dates: [Int: DateOrderEvidence] = [:]

    static let idSampleSize = 20

    /// A blank or one-cell row at the end of what has been read: footer or data, which the end tells.
    private struct TrailingRow {
        var line: Int
        var shape: FooterDetector.Line
        /// Its first cell, when that is a slashed date (the others are empty).
        var date: (text: String, shape: DateText.Shape)?
    }

    static func read(_ source: ImportByteSource, encoding: SourceEncoding, pieceSize: Int) throws(ImportRefusal) -> CSVSurvey {
        var survey = CSVSurvey()
        var hasHeader = false
        var idColumn: Int?
        var sample: [(index: Int, id: String?)] = []
        var trailing: [TrailingRow] = []
        var trailingStart = 0
        var records = 0

        func keepTrailing(upTo end: Int) {
            for (offset, row) in trailing[..<end].enumerated() {
                // Inside the data, a one-cell line is a group title (monday.com groups, grouped reports), not a deal.
                if !row.shape.isBlank && survey.header.count > 1 {
                    survey.addSection(line: row.line)
                } else if !row.shape.isBlank {
                    survey.rows += 1
                }
                if let date = row.date { survey.dates[0, default: DateOrderEvidence()].add(date.text, shape: date.shape, at: trailingStart + offset) }
            }
        }

        survey.delimiter = try CSVRecordStream.read(source, encoding: encoding, pieceSize: pieceSize) { row, line in
            if !hasHeader {
                if row.isBlank { return }
                if row.isSingleCell && survey.titleLines < maxTitleLines {
                    survey.titleLines += 1
                    return
                }
                survey.header = row.strings.map(\.importTrimmed)
                survey.headerLine = line
                idColumn = survey.header.firstIndex { ColumnName.key($0) == "id" }
                    ?? survey.header.firstIndex { ColumnName.key($0) == "recordid" }
                    ?? survey.header.firstIndex { ColumnMap.match(ColumnName.key($0))?.0 == .crmId }
                hasHeader = true
                return
            }
            let index = records
            records += 1
            let isBlank = row.isBlank
            if !isBlank, sample.count < idSampleSize, let column = idColumn {
                sample.append((index, column < row.count ? row.string(column).importTrimmed : nil))
            }
            if isBlank || row.isSingleCell {
                if trailing.isEmpty { trailingStart = index }
                let first = row.cell(0)
                let shape = DateText.shape(bytes: first)
                trailing.append(TrailingRow(
                    line: line,
                    shape: FooterDetector.Line(isBlank: isBlank, isSingleCell: row.isSingleCell,
                                               isKnownText: !isBlank && FooterDetector.isKnownFooterText(row.string(0))),
                    date: isSlashed(shape) ? (row.string(0), shape) : nil))
                return
            }
            keepTrailing(upTo: trailing.count)
            trailing.removeAll()
            if Self.repeatsHeader(row, survey.header) {
                survey.addSection(line: line)
                return
            }
            survey.rows += 1
            for column in 0..<min(row.count, survey.header.count) {
                let shape = DateText.shape(bytes: row.cell(column))
                if isSlashed(shape) { survey.dates[column, default: DateOrderEvidence()].add(row.string(column), shape: shape, at: index) }
            }
        }
        guard hasHeader else { throw .empty }
        // A footer is made of blank and one-cell rows only: the ones still held are all it can be.
        let footerStart = FooterDetector.footerStart(trailing.map(\.shape), columnCount: survey.header.count)
        keepTrailing(upTo: footerStart)
        survey.footerLines = trailing.count - footerStart
        survey.bodyRecords = records - survey.footerLines
        // Ids that turned out to be footer lines were never data; the ones before them are the sample.
        let bodyRecords = survey.bodyRecords
        if idColumn != nil {
            survey.idSample = sample.filter { $0.index < bodyRecords }.compactMap(\.id)
        }
        return survey
    }

    mutating func addSection(line: Int) {
        sectionLines += 1
        if sectionLineNumbers.count < 5 { sectionLineNumbers.append(line) }
    }

    /// A row that is the header again (each group of a monday.com board export repeats it).
    static func repeatsHeader(_ row: CSVRawRow, _ header: [String]) -> Bool {
        // Bytes first: this runs for every row, and a repeated header is written as the header was.
        guard header.count > 1, row.count >= header.count, row.cell(0).elementsEqual(header[0].utf8) else { return false }
        return header.indices.allSatisfy { row.string($0).importTrimmed == header[$0] }
    }

    private static func isSlashed(_ shape: DateText.Shape) -> Bool {
        if case .slashed = shape { return true }
        return false
    }
}
