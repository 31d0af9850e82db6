import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// Rebinding keys in config.toml: `[keys.CONTEXT] ACTION = ["KEY", …]`, with the names
/// `debrief keys --json` prints; what cannot be used is reported by line and keeps its defaults.
@Suite("Key rebinding from config.toml")
struct KeyConfigTests {
    typealias F = ArchiveFixtures

    func app(keymap: Keymap) -> AppState {
        var state = AppState(width: 100, height: 30, theme: F.theme, dataLabel: "/data", today: F.asOf)
        state.keymap = keymap
        _ = DebriefApp.update(&state, .loaded(AppData(deals: F.team.deals, reviews: F.teamWithVariant, curation: .empty)))
        return state
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    func rebound(_ toml: String) -> (keymap: Keymap, problems: [KeyConfigProblem]) {
        KeyConfig.apply(toml, path: "/cfg/config.toml", to: .standard)
    }

    @Test func aRebindingWorksAndTheStatusBarAndHelpShowIt() {
        let (keymap, problems) = rebound("""
        theme = "debrief-dark"

        [keys.board]
        next = ["J", "Down"]
        """)
        #expect(problems.isEmpty)
        var state = app(keymap: keymap)
        let first = state.board.selectedDeal?.id
        _ = send("j", to: &state)
        #expect(state.board.selectedDeal?.id == first, "j is no longer bound on the board")
        _ = send("J", to: &state)
        #expect(state.board.selectedDeal?.id != first)
        let screen = DebriefApp.render(state)
        #expect(screen.text(ofRow: 29).contains("J/↓ move"))
        _ = send("?", to: &state)
        #expect(HelpPanel.lines(for: state).contains(.entry(keys: "J/↓", description: "next deal")))
    }

    @Test func aRebindingWorksInTheSessionAndItsStatusBar() {
        let (keymap, problems) = rebound("""
        [keys.session]
        skip = "C-k"
        finish = ["F10"]
        """)
        #expect(problems.isEmpty)
        var state = app(keymap: keymap)
        _ = send("Enter", to: &state)
        let bar = DebriefApp.render(state).text(ofRow: 29)
        #expect(bar.contains("[Ctrl-K] skip") && bar.contains("[F10] finish"), "\(bar)")
        _ = send("C-k", to: &state)
        #expect(state.session?.review.answers.first?.skipped == true)
        _ = send("F10", to: &state)
        #expect(state.session?.overlay == .confirmFinish)
    }

    @Test func everyBindingKeysJSONListsCanBeWrittenBackAsIs() {
        // The names and key spellings `debrief keys --json` prints are the ones config.toml takes.
        var toml = ""
        for context in KeyContext.allCases {
            let entries = KeyTable.entries().filter { $0.context == context.rawValue && !($0.context == "global" && $0.action == "quit") }
            guard !entries.isEmpty else { continue }
            toml += "[keys.\(context.rawValue)]\n"
            for entry in entries {
                let keys = entry.keys.map { "'\($0)'" }.joined(separator: ", ")
                toml += "\(entry.action) = [\(keys)]\n"
            }
        }
        let (keymap, problems) = rebound(toml)
        #expect(problems.isEmpty, "\(problems)")
        #expect(keymap == .standard)
    }

    @Test func whatCannotBeUsedIsReportedByLineAndKeepsItsDefaults() {
        let (keymap, problems) = rebound("""
        [keys.board]
        next = ["J"]
        lst = ["x"]
        first = ["Dwn"]
        last = ["J"]

        [keys.boards]
        next = "j"

        [keys.global]
        quit = ["C-q"]

        [keys.note]
        stop = ["q"]

        [keys.session]
        skip = 3
        """)
        let byLine = Dictionary(problems.map { ($0.line ?? 0, $0.description) }, uniquingKeysWith: { $0 + " | " + $1 })
        #expect(byLine[3]?.contains("unknown action 'lst' in [keys.board]") == true)
        #expect(byLine[4]?.contains("'Dwn' in board.first is not a key name") == true)
        #expect(byLine[5]?.contains("J is bound to both board.last and board.next") == true, "\(byLine)")
        #expect(byLine[7]?.contains("unknown key context 'boards'") == true)
        #expect(byLine[11]?.contains("global.quit cannot be rebound") == true)
        #expect(byLine[14]?.contains("would stop that character being typed") == true)
        #expect(byLine[17]?.contains("takes a list of key names in quotes") == true)
        #expect(problems.allSatisfy { $0.description.hasPrefix("config /cfg/config.toml line ") && $0.description.hasSuffix("the default keys stay in force for it") })
        #expect(problems.count == 7)
        // The entry at fault keeps its defaults; the good one applies.
        #expect(keymap.binding("next", in: .board)?.keys == [.char("J")])
        #expect(keymap.binding("last", in: .board)?.keys == [.char("G"), .end])
        #expect(keymap.binding("first", in: .board)?.keys == [.char("g"), .home])
        #expect(keymap.binding("quit", in: .global)?.keys == [.ctrl("c")])
        #expect(keymap.binding("stop", in: .note)?.keys == [.escape])
    }

    @Test func aClashWithAnotherActionsDefaultKeyIsReported() {
        let (keymap, problems) = rebound("""
        [keys.session]
        skip = ["M-f"]
        """)
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.problem.contains("M-f is bound to both session.skip and session.add-factor") == true)
        #expect(keymap == .standard)
    }

    @Test func movingAKeyBetweenTwoActionsIsNoClash() {
        let (keymap, problems) = rebound("""
        [keys.board]
        next = ["g", "Down"]
        first = ["Home"]
        """)
        #expect(problems.isEmpty)
        #expect(keymap.binding(for: .char("g"), in: .board)?.action == "next")
    }

    @Test func ctrlCStillQuitsWhateverIsBound() {
        let (keymap, _) = rebound("""
        [keys.board]
        review = ["C-c"]
        """)
        var state = app(keymap: keymap)
        #expect(send("C-c", to: &state).last == .quit)
    }

    @Test func noKeysTableOrBrokenTomlLeavesTheDefaults() {
        #expect(rebound("theme = \"x\"").keymap == .standard)
        #expect(rebound("[keys.board\nnext = 1").keymap == .standard)
        #expect(rebound("keys = 3").problems.count == 1)
    }
}

@Suite("Config: mouse")
struct MouseConfigTests {
    func load(_ text: String) throws -> AppConfig {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-mouse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = AppConfig.file(in: directory)
        try Data(text.utf8).write(to: file)
        return try AppConfig.load(from: file)
    }

    @Test func theMouseIsOnUnlessTheConfigTurnsItOff() throws {
        #expect(try load("").mouse)
        #expect(try load("mouse = true\n").mouse)
        #expect(try !load("mouse = false\n").mouse)
        #expect(throws: ConfigError.self) { try load("mouse = \"off\"\n") }
    }
}
