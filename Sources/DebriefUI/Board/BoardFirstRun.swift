import DebriefCore

/// The board with no deals at all: how to bring deals in (the import command for the data
/// directory in use, so it lands where this app reads), how to add one by hand, and the demo.
enum BoardFirstRun {
    static func lines(dataDirectory: String?, width: Int) -> [(String, ThemeRole)] {
        var command = ["  debrief import deals.csv"]
        if let dataDirectory {
            let option = "--data-dir " + shellQuoted(dataDirectory)
            // The option on a line of its own when the two do not fit together.
            if DisplayWidth.of(command[0] + " " + option) <= width { command[0] += " " + option } else { command.append("    " + option) }
        }
        return [
            ("No deals yet.", .title),
            ("", .text),
            ("Bring in your closed deals from the CRM:", .text),
        ] + command.map { ($0, ThemeRole.statusOK) } + [
            ("  (Salesforce, HubSpot, Pipedrive, Dynamics, Bitrix24 or any spreadsheet)", .textMuted),
            ("", .text),
            ("Or press a to add a deal by hand; or look around with a demo team:", .text),
            ("  debrief --demo", .statusOK),
            ("", .text),
            ("Press ? for keys, q to quit.", .textMuted),
        ]
    }

    /// A path as a shell word: as it is when it is plain, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789/._-~+,:@".unicodeScalars.contains($0)) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func render(dataDirectory: String?, theme: Theme, into screen: inout Screen, area: Rect) {
        let boxWidth = min(area.width, 90)
        let lines = lines(dataDirectory: dataDirectory, width: boxWidth - 4)
        let box = area.centered(width: boxWidth, height: min(area.height, lines.count + 2))
        let inner = Block(title: "Welcome to Debrief", focused: true, styles: theme.widgetStyles).render(into: &screen, area: box)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            screen.putTruncated(line.0, x: inner.x + 1, y: inner.y + offset, style: theme.style(line.1), maxWidth: inner.width - 2)
        }
    }
}
