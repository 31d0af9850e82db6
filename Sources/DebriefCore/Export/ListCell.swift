/// A list (competitors, reasons) in one CSV cell as Debrief's export writes it: items joined by "; ",
/// with a ';' or '\' inside an item escaped by a backslash, so "Price; then timing" stays one reason.
/// The importer reads it back this way only from Debrief's own export (it has the "Debrief ID"
/// column); other files' cells are split on ';' as CRMs write multi-select values.
public enum ListCell {
    public static func join(_ items: [String]) -> String {
        items.map { item in
            // ASCII has one byte per Character: escaped byte by byte, as a CSV export of 10,000
            // deals could not afford a Character walk of every competitor and reason.
            if item.utf8.allSatisfy({ $0 < 0x80 }) {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(item.utf8.count + 2)
                for byte in item.utf8 {
                    if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
                    bytes.append(byte)
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            var escaped = ""
            escaped.reserveCapacity(item.utf8.count)
            for character in item {
                if character == ";" || character == "\\" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }.joined(separator: "; ")
    }

    /// The items of a joined cell; a separator is ';' followed by one space, which is dropped.
    public static func split(_ cell: String) -> [String] {
        var items: [String] = []
        var current = ""
        var escaping = false
        var skipSpace = false
        for character in cell {
            if skipSpace {
                skipSpace = false
                if character == " " { continue }
            }
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == ";" {
                items.append(current)
                current = ""
                skipSpace = true
            } else {
                current.append(character)
            }
        }
        if escaping { current.append("\\") }
        items.append(current)
        return items.filter { !$0.isEmpty }
    }
}
