import DebriefCore

/// The keymap as a document: the README's key table and `debrief keys` come from here.
public enum KeyTable {
    /// Sections in keymap order, each with its bindings' keys and descriptions.
    static func sections() -> [(section: String, rows: [(keys: String, description: String)])] {
        var result: [(section: String, rows: [(keys: String, description: String)])] = []
        for binding in Keymap.standard.bindings {
            let row = (keys: binding.keysLabel, description: binding.description)
            if let index = result.firstIndex(where: { $0.section == binding.section }) {
                result[index].rows.append(row)
            } else {
                result.append((binding.section, [row]))
            }
        }
        for view in AppView.allCases where view != .board {
            result.append((view.title, ArchiveViews.keys(for: view).map { (keys: $0.keys, description: $0.description) }))
        }
        result.append(("Review session", SessionKeys.table.map { (keys: $0.keysLabel, description: $0.description) }))
        result.append(("Prep (debrief prep)", PrepKeys.table.map { (keys: $0.keysLabel, description: $0.description) }))
        return result
    }

    public static func markdown() -> String {
        var out = "| where | keys | what they do |\n| --- | --- | --- |\n"
        for (section, rows) in sections() {
            for row in rows {
                let keys = row.keys.replacingOccurrences(of: "|", with: "\\|")
                out += "| \(section) | `\(keys)` | \(row.description) |\n"
            }
        }
        return out
    }

    public static func plain() -> String {
        var out = ""
        for (section, rows) in sections() {
            out += section + "\n"
            for row in rows { out += "  " + DisplayWidth.pad(row.keys, toWidth: 12) + " " + row.description + "\n" }
        }
        return out
    }
}
