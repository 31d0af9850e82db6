import DebriefCore
import Foundation
import Testing

/// Ids, paths and record text that carry escape sequences, C1 controls or bidi overrides reach
/// the terminal inert: in error lines as placeholders, in `--json` as \\u escapes (the same JSON).
@Suite struct HostileOutputTests {
    static let hostile = "a\u{1B}[2Jb\u{9B}31m\u{202E}c"

    @Test func anErrorNeverEchoesAnEscapeSequenceOrABidiOverride() throws {
        let scratch = ScratchDirectory()
        try RecordStore(root: scratch.url).save(Deal(id: "d1", account: "A", name: "N", amount: Money(1, "EUR"), outcome: .won,
                                                     closeDate: Day(iso: "2026-10-01")!, owner: "O"))
        let result = try DebriefProcess.run(["show", Self.hostile, "--data-dir", scratch.url.path])
        #expect(result.status != 0)
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
        #expect(result.stderr.contains("␛[2J"))
    }

    @Test func aConfigWarningNeverPassesABidiOverride() throws {
        let scratch = ScratchDirectory()
        let config = scratch.file("config", "debrief")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[sync]\nauto_minutes = 5\n[x\u{202E}\n".utf8).write(to: config.appendingPathComponent("config.toml"))
        let result = try DebriefProcess.run(["themes"], environment: ["XDG_CONFIG_HOME": scratch.file("config").path])
        #expect(result.stderr.contains("config.toml"))
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }

    @Test func jsonOutputEscapesC1AndBidiAndReadsBackTheSame() throws {
        let scratch = ScratchDirectory()
        let deal = Deal(id: "d1", account: Self.hostile, name: "N", amount: Money(1, "EUR"), outcome: .won,
                        closeDate: Day(iso: "2026-10-01")!, owner: "O")
        try RecordStore(root: scratch.url).save(deal)
        let result = try DebriefProcess.run(["show", "d1", "--json", "--data-dir", scratch.url.path])
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
        #expect(result.stdout.contains("\\u202E"))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["account"] as? String == Self.hostile)

        // A list goes through the same escaping, accents and emoji around the escaped marks kept as they are.
        var second = deal
        second.id = "d2"
        second.account = "Tomás 👍 \u{7F}" + Self.hostile + "日本"
        try RecordStore(root: scratch.url).save(second)
        let list = try DebriefProcess.run(["deals", "--json", "--data-dir", scratch.url.path])
        #expect(list.status == 0)
        #expect(!list.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" || $0 == "\u{7F}" })
        #expect(list.stdout.contains("Tomás 👍 \\u007F"))
        let objects = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(Set(objects?.compactMap { $0["account"] as? String } ?? []) == [Self.hostile, second.account])
    }
}

extension HostileOutputTests {
    /// `show` prints a note over the lines it was written on (not one long line with ⏎), each later
    /// line indented under the first, and still nothing in it reaches the terminal as a control.
    @Test func showPrintsNotesWithTheirLineBreaks() throws {
        let scratch = ScratchDirectory()
        let demo = try DebriefProcess.run(["demo", "--dir", scratch.path, "--deals", "6", "--reviews", "2", "--as-of", "2026-11-28"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let store = RecordStore(root: scratch.url)
        var review = try #require(store.loadAll(Review.self).records.first)
        review.answers[0].notes = "Budget was set in March.\nChampion: the CFO\u{1B}[2J.\n\nSecond paragraph."
        review.summary = "Won on the pilot.\nKeep doing pilots."
        try store.save(review)
        let shown = try DebriefProcess.run(["show", review.id, "--data-dir", scratch.path])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("   notes: Budget was set in March.\n          Champion: the CFO␛[2J.\n\n          Second paragraph.\n"), "\(shown.stdout)")
        #expect(shown.stdout.contains("- Won on the pilot.\n  Keep doing pilots.\n"), "\(shown.stdout)")
        #expect(!shown.stdout.contains("⏎"))
        #expect(!shown.stdout.unicodeScalars.contains("\u{1B}"))
    }
}

extension HostileOutputTests {
    /// The argument parser's own messages and the snapshot's checks quote what was typed: an
    /// unknown option, a bad view or size, all reach the terminal inert.
    @Test(arguments: [
        ["--x" + HostileOutputTests.hostile],
        ["snapshot", "--demo", "--view", HostileOutputTests.hostile],
        ["snapshot", "--demo", "--size", HostileOutputTests.hostile],
        ["queue", "--limit", HostileOutputTests.hostile],
    ])
    func parserAndSnapshotMessagesNeverEchoControls(arguments: [String]) throws {
        let result = try DebriefProcess.run(arguments)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        #expect(!(result.stderr + result.stdout).unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" },
                "\(arguments): \(result.stderr.debugDescription)")
        #expect(result.stderr.contains("␛[2J"), "\(result.stderr)")
    }

    @Test func helpStillPrintsToStandardOutputAndSucceeds() throws {
        let result = try DebriefProcess.run(["snapshot", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: debrief snapshot"))
    }
}
