import DebriefCore

/// Short forms for narrow columns (the archive views, the queue, the session).
enum ShortText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "22 Sep 26": day, month and year in nine columns.
    static func shortDate(_ day: Day) -> String {
        let year = day.year % 100
        return "\(day.day < 10 ? "0" : "")\(day.day) \(months[day.month - 1]) \(year < 10 ? "0" : "")\(year)"
    }

    /// "Tomás Herrera" → "Tomás H."
    static func shortName(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard parts.count > 1, let initial = parts.last?.first else { return name }
        return "\(parts[0]) \(initial)."
    }

    /// An item's text in a notice: its first line, cut to `limit` characters so the notice fits
    /// an 80-column status bar. Drawing sanitises it.
    static func shortGist(_ text: String, limit: Int = 24) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }
}
