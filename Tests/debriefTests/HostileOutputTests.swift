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
    }
}
