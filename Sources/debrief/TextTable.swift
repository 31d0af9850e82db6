import DebriefCore

/// A plain-text table for listing commands: columns padded by display width, long cells cut.
struct TextTable {
    let columns: [String]
    var rows: [[String]] = []
    var maxCellWidth = 40

    init(columns: [String]) { self.columns = columns }

    mutating func add(_ row: [String]) {
        rows.append(row.map { DisplaySanitizer.singleLine.sanitize($0) })
    }

    func render() -> String {
        let cut = rows.map { $0.map { DisplayWidth.truncate($0, toWidth: maxCellWidth) } }
        var widths = columns.map { DisplayWidth.of($0) }
        for row in cut {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        var out = ""
        for row in [columns] + cut {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 { line += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2) }
            }
            out += line + "\n"
        }
        return out
    }
}
