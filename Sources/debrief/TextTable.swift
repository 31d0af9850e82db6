import DebriefCore

/// A plain-text table for listing commands: columns padded by display width, long cells cut.
struct TextTable {
    let columns: [String]
    var rows: [[String]] = []
    var maxCellWidth = 40

    init(columns: [String]) { self.columns = columns }

    mutating func add(_ row: [String]) {
        rows.append(row.map { TerminalText.singleLine($0) })
    }

    func render() -> String {
        let cut = rows.map { $0.map { truncate($0) } }
        var widths = columns.map { TerminalText.width($0) }
        for row in cut {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TerminalText.width(cell))
            }
        }
        var out = ""
        for row in [columns] + cut {
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 { line += String(repeating: " ", count: widths[index] - TerminalText.width(cell) + 2) }
            }
            out += line + "\n"
        }
        return out
    }

    private func truncate(_ cell: String) -> String {
        guard TerminalText.width(cell) > maxCellWidth else { return cell }
        var out = ""
        var used = 0
        for character in cell {
            let w = TerminalText.width(String(character))
            if used + w > maxCellWidth - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
