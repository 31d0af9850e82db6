import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation
import Testing

/// A rebinding in config.toml, in the app as it starts (#15 item 4): `[keys.board] next = ["J",
/// "Down"]` moves with J, and a rebinding that cannot be used is said on screen with its file and
/// line while the default keys stay in force.
@Suite struct KeyRebindingHeadlessTests {
    static func app(config: String, width: Int = 100) throws -> HeadlessApp {
        try HeadlessApp(width: width, height: 30, deals: 40) { _, scratch in
            let file = HeadlessApp.configFile(scratch: scratch)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try config.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    /// The board without its first row (it names the scratch folder) and its last (the status bar,
    /// whose hints name the keys).
    static func view(_ screen: String) -> [Substring] {
        Array(screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast(2))
    }

    @Test func aRebindingMovesTheBoardAndTheOldKeyNoLonger() throws {
        let plain = try HeadlessApp(width: 100, height: 30, deals: 40)
        let start = plain.type("")
        let moved = plain.type("j j")
        #expect(Self.view(moved) != Self.view(start), "j j moves on the board:\n\(moved)")
        let rebound = try Self.app(config: "[keys.board]\nnext = [\"J\", \"Down\"]\n")
        #expect(!rebound.screen.contains("config"), "no problem reported:\n\(rebound.screen)")
        #expect(Self.view(rebound.type("j")) == Self.view(start), "j no longer moves")
        #expect(Self.view(rebound.type("J J")) == Self.view(moved), "J moves as j did")
        #expect(rebound.screen.contains("J/↓ move"), "the status bar names the new key:\n\(rebound.screen)")
        #expect(rebound.type("?").contains("J/↓") && rebound.screen.contains("next deal"))
    }

    @Test func aRebindingThatCannotBeUsedIsSaidOnScreenWithFileAndLineAndTheDefaultsStay() throws {
        let app = try Self.app(config: "[keys.board]\nnext = [\"J\"]\nlast = [\"J\"]\nfrist = [\"x\"]\n", width: 140)
        let file = HeadlessApp.configFile(scratch: app.scratch).path
        let screen = app.type("")
        #expect(screen.contains("config \(file) line 3: J is bound to both board.last and board.next"), "\(screen)")
        let plain = try HeadlessApp(width: 140, height: 30, deals: 40)
        // `last` keeps its default key; `next` takes the rebinding that could be used.
        let last = plain.type("G")
        #expect(Self.view(last) != Self.view(plain.type("g")), "G moves on the board")
        #expect(Self.view(app.type("G")) == Self.view(last))
        #expect(Self.view(app.type("g J")) == Self.view(plain.type("g j")))
    }
}
