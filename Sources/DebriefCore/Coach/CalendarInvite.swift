import Foundation

/// A review as an iCalendar (RFC 5545) invite: one event at the review's date, the brief in its
/// description, so the manager's calendar carries the preparation. Text is escaped as TEXT values
/// require (backslash, semicolon, comma, line breaks), control characters are dropped, lines are
/// folded at 75 octets without splitting a character, and every line ends in CRLF.
public enum CalendarInvite {
    public struct Slot: Sendable, Equatable {
        public var day: Day
        /// Local ("floating") time of day: the invite is for whatever zone the calendar is in.
        public var hour: Int
        public var minute: Int

        public init(day: Day, hour: Int = 10, minute: Int = 0) {
            self.day = day
            self.hour = min(23, max(0, hour))
            self.minute = min(59, max(0, minute))
        }
    }

    /// The invite's bytes. `stamp` is DTSTAMP, when the invite's information was last changed (the
    /// review's update time keeps the output the same for the same review).
    public static func render(review: Review, deal: Deal?, brief: ReviewBrief?, slot: Slot, stamp: Date) -> String {
        let kind = ReviewKind.of(review, deal: deal)
        let subject = "\(kind.title): \(deal.map { $0.hasAccount ? $0.account : $0.name } ?? review.dealId) with \(review.rep)"
        var description = brief.map { BriefOutline($0).plainText } ?? ""
        description += "Debrief review \(review.id) (deal \(review.dealId)). Open it with: debrief, then the deal on the board."
        let start = Day.serialMinutes(slot)
        let end = start + max(1, review.plannedMinutes)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Debrief//Win-loss review//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:\(escape(review.id))@debrief",
            "DTSTAMP:\(utc(stamp))",
            "DTSTART:\(floating(start))",
            "DTEND:\(floating(end))",
            "SUMMARY:\(escape(subject))",
            "DESCRIPTION:\(escape(description))",
            "CATEGORIES:\(escape(kind.label)),Debrief",
        ]
        lines += ["END:VEVENT", "END:VCALENDAR"]
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value (RFC 5545 3.3.11): `\` `;` `,` escaped, line breaks as `\n`, other control
    /// characters (which TEXT does not allow) dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in unified.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line so no line is longer than 75 octets: continuation lines start with one
    /// space (which counts). Splits fall between Unicode scalars, never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if used + size > 75 {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out
    }

    static func floating(_ minutes: Int) -> String {
        let day = Day(serial: Int((Double(minutes) / 1440).rounded(.down)))
        let inDay = minutes - day.serial * 1440
        return String(format: "%04d%02d%02dT%02d%02d00", day.year, day.month, day.day, inDay / 60, inDay % 60)
    }

    static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(serial: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.serial * 86_400
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", day.year, day.month, day.day, inDay / 3600, inDay / 60 % 60, inDay % 60)
    }
}

extension Day {
    /// Minutes since 1970-01-01 00:00 of a slot.
    static func serialMinutes(_ slot: CalendarInvite.Slot) -> Int {
        slot.day.serial * 1440 + slot.hour * 60 + slot.minute
    }
}
