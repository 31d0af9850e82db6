import DebriefCore
import DebriefUI
import Foundation

/// Well-formed files of every kind, the starting points that mutations damage.
enum ValidInputs {
    /// A small demo team as the files Debrief writes, read once per test run.
    static let team: (deals: [Data], reviews: [Data]) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-fuzz-team-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try? DemoTeam(.init(deals: 6, reviews: 4, seed: 11, asOf: Day(iso: "2026-10-01") ?? Day.today())).write(to: folder)
        return (files(in: folder.appendingPathComponent("deals")), files(in: folder.appendingPathComponent("reviews")))
    }()

    static var deals: [Data] { team.deals }
    static var reviews: [Data] { team.reviews }

    static let questionSets: [Data] = BuiltInQuestions.sets.compactMap { try? RecordCoding.encode($0) }

    /// Pending conflict files as a teammate's sync commits them.
    static let pendingConflicts: [Data] = {
        let when = Date(timeIntervalSince1970: 1_790_000_000)
        let files = [
            PendingConflicts(recordPath: "deals/acme.json", record: "deal “Acme — Pilot”", fields: [
                FieldConflict(field: "amount", label: "amount", kept: ConflictSide(text: "45000", value: .number(45000), by: "Dana", commit: "1a2b3c4"),
                              other: ConflictSide(text: "47 500,50", value: .number(Decimal(string: "47500.5") ?? 0), by: "Kenji", commit: nil), foundAt: when),
            ]),
            PendingConflicts(recordPath: "reviews/acme-r1.json", record: "review of “Acme”", fields: [
                FieldConflict(field: "plannedMinutes", label: "planned length", kept: ConflictSide(text: "30", value: .number(30), by: "Dana", commit: "9f"),
                              other: ConflictSide(text: "(none)", value: .null, by: "Søren", commit: "8e"), foundAt: when),
                FieldConflict(field: "manager", label: "manager", kept: ConflictSide(text: "Dana", value: .string("Dana"), by: "Dana", commit: nil),
                              other: ConflictSide(text: "[\"x\"]", value: .array([.string("x"), .bool(true), .object(["k": .null])]), by: "Ana", commit: "7d"),
                              foundAt: when),
            ]),
        ]
        return files.compactMap { try? PendingConflictStore.encode($0) }
    }()

    static let themes: [Data] = BundledThemes.all.map { Data($0.toml.utf8) }

    static let configs: [Data] = [Data("theme = \"debrief-light\"\n".utf8), Data("# no settings\n".utf8)]

    static let mappings: [Data] = [Data("""
        source = "acme"
        currency = "EUR"
        date_format = "day-first"
        [columns]
        name = ["Deal", "Opportunity"]
        [stages]
        "Signed" = "won"
        """.utf8)]

    /// The CRM exports the import tests use.
    static let csvFiles: [Data] = {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DebriefCoreTests/Fixtures", isDirectory: true)
        return files(in: fixtures)
    }()

    /// A journal of three edits to one field, for the data directory `dataDirectory`.
    static func journal(dataDirectory: URL, texts: [String]) -> [UInt8] {
        var bytes = JournalRecord.magic
        bytes += JournalRecord.header(dataDirectory: JournalFileName.canonicalPath(dataDirectory), reviewID: "acme-r1", dealID: "acme").framed()
        for (index, text) in texts.enumerated() {
            let edit = JournalEdit(reviewID: "acme-r1", field: .notes(questionID: "q1"), text: text, baseRevision: 1,
                                   time: Date(timeIntervalSince1970: 1_790_000_000 + Double(index)))
            bytes += JournalRecord.edit(edit).framed()
        }
        return bytes
    }

    private static func files(in folder: URL) -> [Data] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return names.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
    }
}
