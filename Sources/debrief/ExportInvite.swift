import ArgumentParser
import DebriefCore
import Foundation

/// `debrief export review ID --format ics`: the review as a calendar invite with the brief in its
/// description, written like every export (0600 with --out, never over a file without --force).
struct InviteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("For --format ics: the day of the meeting (default: the review's scheduled date).", valueName: "YYYY-MM-DD"))
    var on: String?

    @Option(help: ArgumentHelp("For --format ics: the local time it starts (default 10:00).", valueName: "HH:MM"))
    var at: String = "10:00"

    /// Whether the export asks for an invite: `--format ics`, or an `--out` file ending in .ics.
    static func wanted(_ target: ExportTarget) -> Bool {
        if let format = target.format { return format.lowercased() == "ics" }
        return target.out.map { URL(fileURLWithPath: $0).pathExtension.lowercased() == "ics" } ?? false
    }

    func slot(for review: Review) throws -> CalendarInvite.Slot {
        let parts = at.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute) else {
            throw UserFacingError("--at takes a time as HH:MM, e.g. 09:30; got '\(terminalSafe(at))'")
        }
        if let on { return CalendarInvite.Slot(day: try parseDay(on, option: "--on"), hour: hour, minute: minute) }
        guard let day = review.scheduledFor else {
            throw UserFacingError("review '\(terminalSafe(review.id))' has no date yet; pass --on YYYY-MM-DD, or schedule it from the app's queue (w on the board, then s)")
        }
        return CalendarInvite.Slot(day: day, hour: hour, minute: minute)
    }

    /// The invite's bytes for a review.
    func invite(for review: Review, globals: GlobalOptions) throws -> Data {
        let slot = try slot(for: review)
        let load = try CoachLoad(globals: globals)
        let deal = load.desk.deal(id: review.dealId)
        let brief = deal.flatMap { load.desk.brief(dealID: $0.id, playbook: load.playbook()) }
        let text = CalendarInvite.render(review: review, deal: deal, brief: brief, slot: slot, stamp: review.updatedAt ?? review.createdAt)
        return Data(text.utf8)
    }
}

extension ExportTarget {
    /// Writes an invite to --out (0600, never over a file without --force), or to standard output:
    /// sanitised for a terminal, as it is for a pipe.
    func emitInvite(_ data: Data) throws {
        if let out {
            let url = URL(fileURLWithPath: out).standardizedFileURL
            try ExportFile.write(data, to: url, force: force)
            print("Wrote \(terminalSafe(url.path)).")
        } else if isatty(STDOUT_FILENO) == 1 {
            FileHandle.standardOutput.write(Data(DisplaySanitizer.multiLine.sanitize(String(decoding: data, as: UTF8.self)).utf8))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
