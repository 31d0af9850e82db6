import Foundation
import Testing

/// `debrief keys --json` and a rebinding in config.toml, through the real binary: `snapshot`
/// plays a key script with the user's keys, and reports what it cannot use by file and line.
@Suite struct KeysCommandTests {
    struct Entry: Decodable, Equatable {
        var context: String
        var action: String
        var keys: [String]
        var description: String
    }

    /// A config directory holding `config.toml` with `text`, as XDG_CONFIG_HOME.
    func configHome(_ text: String, in scratch: ScratchDirectory) throws -> [String: String] {
        let folder = scratch.url.appendingPathComponent("debrief", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        return ["XDG_CONFIG_HOME": scratch.path, "DEBRIEF_TODAY": "2026-11-28"]
    }

    func rows(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    @Test func jsonListsEveryBindingWithTheNamesConfigTakes() throws {
        let scratch = ScratchDirectory()
        let plain = try JSONDecoder().decode([Entry].self, from: Data(DebriefProcess.run(["keys", "--json"], environment: configHome("", in: scratch)).stdout.utf8))
        #expect(plain.contains(Entry(context: "board", action: "next", keys: ["j", "Down"], description: "next deal")))
        #expect(plain.contains(Entry(context: "session", action: "skip", keys: ["M-s"], description: "skip this question (again to unskip)")))
        #expect(plain.contains(Entry(context: "global", action: "quit", keys: ["C-c"], description: "save and quit from anywhere")))

        let environment = try configHome("[keys.board]\nnext = [\"J\", \"Down\"]\n", in: scratch)
        let mine = try JSONDecoder().decode([Entry].self, from: Data(DebriefProcess.run(["keys", "--json"], environment: environment).stdout.utf8))
        #expect(mine.first { $0.context == "board" && $0.action == "next" }?.keys == ["J", "Down"])
        #expect(mine.count == plain.count)
    }

    @Test func snapshotPlaysTheScriptWithTheUsersKeys() throws {
        let scratch = ScratchDirectory()
        let defaults = try DebriefProcess.run(["snapshot", "--demo", "--size", "100x30", "--keys", "j j"], environment: configHome("", in: scratch))
        let environment = try configHome("[keys.board]\nnext = [\"J\", \"Down\"]\n", in: scratch)
        let rebound = try DebriefProcess.run(["snapshot", "--demo", "--size", "100x30", "--keys", "J J"], environment: environment)
        let untouched = try DebriefProcess.run(["snapshot", "--demo", "--size", "100x30", "--keys", "j j"], environment: environment)
        #expect(rebound.status == 0 && rebound.stderr.isEmpty, "\(rebound.stderr)")
        // The same two moves; only the status bar's hint differs.
        #expect(rows(rebound.stdout).prefix(29) == rows(defaults.stdout).prefix(29))
        #expect(rows(untouched.stdout).prefix(29) != rows(defaults.stdout).prefix(29), "j no longer moves")
        #expect(rows(rebound.stdout)[29].contains("J/↓ move"))
        let help = try DebriefProcess.run(["snapshot", "--demo", "--size", "100x30", "--keys", "?"], environment: environment)
        #expect(help.stdout.contains("J/↓         next deal"))
    }

    @Test func aRebindingThatCannotBeUsedIsReportedWithFileAndLine() throws {
        let scratch = ScratchDirectory()
        let environment = try configHome("[keys.board]\nnext = [\"J\"]\nlast = [\"J\"]\nfrist = [\"x\"]\n", in: scratch)
        let result = try DebriefProcess.run(["snapshot", "--demo", "--size", "100x30", "--keys", "J"], environment: environment)
        let file = scratch.url.appendingPathComponent("debrief/config.toml").path
        #expect(result.stderr.contains("config \(file) line 3: J is bound to both board.last and board.next"), "\(result.stderr)")
        #expect(result.stderr.contains("config \(file) line 4: unknown action 'frist' in [keys.board]"), "\(result.stderr)")
        #expect(result.stdout.contains("J/↓ move") == false && result.stdout.contains("J move"), "the good rebinding applies")
    }
}
