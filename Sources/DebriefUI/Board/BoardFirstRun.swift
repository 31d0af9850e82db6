import DebriefCore

/// The board with no deals at all: how to bring deals in (the import command for the data
/// directory in use, so it lands where this app reads), how to add one by hand, and the demo.
/// The command is never cut: when it does not fit in the box it is drawn under it, from the
/// first column, broken into shell lines that can be selected and pasted together.
enum BoardFirstRun {
    static func lines(command: String?) -> [(String, ThemeRole)] {
        let bringIn: [(String, ThemeRole)] = command.map {
            [("Bring in your closed deals from the CRM:", .text), ("  " + $0, .statusOK)]
        } ?? [("Bring in your closed deals from the CRM with the command under this box:", .text)]
        return [
            ("No deals yet.", .title),
            ("", .text),
        ] + bringIn + [
            ("  (Salesforce, HubSpot, Pipedrive, Dynamics, Bitrix24 or any spreadsheet)", .textMuted),
            ("", .text),
            ("Or press a to add a deal by hand; or look around with a demo team:", .text),
            ("  debrief --demo", .statusOK),
            ("", .text),
            ("Press ? for keys, q to quit.", .textMuted),
        ]
    }

    /// The import command for `dataDirectory` in lines at most `width` columns wide: one line when
    /// it fits, else broken with shell line continuations (a `\` ending the line), in the middle of
    /// the path when it must be, each continued piece quoted on its own and starting its line, so
    /// the lines pasted together into a shell are the one command.
    static func commandLines(dataDirectory: String?, width: Int) -> [String] {
        let command = "debrief import deals.csv"
        guard let dataDirectory else { return [command] }
        let whole = command + " --data-dir " + shellQuoted(dataDirectory)
        if DisplayWidth.of(whole) <= width { return [whole] }
        var lines = [command + " \\"]
        let room = max(12, width - 1)  // a column for the backslash
        var line = "--data-dir "
        var piece = ""
        for character in dataDirectory {
            let longer = piece + String(character)
            if !piece.isEmpty, DisplayWidth.of(line + shellQuoted(longer)) > room {
                lines.append(line + shellQuoted(piece) + "\\")
                line = ""
                piece = String(character)
            } else {
                piece = longer
            }
        }
        lines.append(line + shellQuoted(piece))
        return lines
    }

    /// A path as a shell word: as it is when it is plain, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789/._-~+,:@".unicodeScalars.contains($0)) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func render(dataDirectory: String?, theme: Theme, into screen: inout Screen, area: Rect) {
        let boxWidth = min(area.width, 90)
        // In the box: two columns of border and padding each side, and the command's indent.
        let inBox = commandLines(dataDirectory: dataDirectory, width: boxWidth - 6)
        let under = inBox.count == 1 ? [] : commandLines(dataDirectory: dataDirectory, width: area.width)
        let lines = lines(command: inBox.count == 1 ? inBox[0] : nil)
        let boxHeight = min(area.height, lines.count + 2)
        let height = boxHeight + (under.isEmpty ? 0 : 1 + under.count)
        let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + max(0, (area.height - height) / 2), width: boxWidth, height: boxHeight)
        let inner = Block(title: "Welcome to Debrief", focused: true, styles: theme.widgetStyles).render(into: &screen, area: box)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            screen.putTruncated(line.0, x: inner.x + 1, y: inner.y + offset, style: theme.style(line.1), maxWidth: inner.width - 2)
        }
        for (offset, line) in under.enumerated() where box.maxY + 1 + offset < area.maxY {
            screen.put(line, x: area.x, y: box.maxY + 1 + offset, style: theme.style(.statusOK), maxWidth: area.width)
        }
    }
}
