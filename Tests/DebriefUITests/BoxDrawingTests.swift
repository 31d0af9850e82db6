import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// A terminal without line drawing gets ASCII boxes, the Linux console light lines; the program
/// loop narrows each frame to what the backend says it can draw, so no view knows (#19 item 7).
@Suite("Box drawing fallback")
struct BoxDrawingTests {
    final class IdlePerformer: EffectPerformer {
        func perform(_ effect: Effect, editor: (String) -> Result<String, EditorFailure>) -> [Msg] { [] }
        func takeFinished() -> [Msg] { [] }
        func waitUntilIdle() {}
        func finish() {}
    }

    static let team = DemoTeam(.init(deals: 30, reviews: 4, seed: 1, asOf: Day(iso: "2026-11-28")!))

    func frame(_ drawing: BoxDrawing, width: Int = 80, height: Int = 24) -> String {
        let state = AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .ansi8), dataLabel: "/data",
                             data: AppData(deals: Self.team.deals, reviews: Self.team.reviews), today: Day(iso: "2026-11-28")!)
        let backend = HeadlessBackend(width: width, height: height, events: [], colorLimit: .ansi8, boxDrawing: drawing)
        _ = Program(state: state, backend: backend, performer: IdlePerformer()).run()
        return backend.lastFrame?.plainText ?? ""
    }

    @Test func withoutLineDrawingBoxesAreASCII() {
        let text = frame(.ascii)
        #expect(text.contains("+ WON (") && text.contains("-+"), "\(text)")
        #expect(text.contains("|>"), "the selected row's mark: \(text)")
        let drawing = CharacterSet(charactersIn: "─━│┃┌┐└┘┏┓┗┛├┤┬┴┼✓✗›○●")
        #expect(text.unicodeScalars.allSatisfy { !drawing.contains($0) }, "\(text)")
    }

    @Test func theLinuxConsoleGetsLightLines() {
        let text = frame(.lightLines)
        #expect(text.contains("┌ WON (") && text.contains("│"), "\(text)")
        #expect(!text.contains("┏") && !text.contains("━") && !text.contains("✓"), "\(text)")
    }

    @Test func aFullTerminalIsUntouched() {
        #expect(frame(.full).contains("┏ WON ("))
    }

    @Test func withEightColoursTheSelectedRowIsInReverseVideo() {
        for depth in [ColorDepth.ansi8, .ansi16] {
            let selection = Theme.fallback.degraded(to: depth).style(.selection)
            #expect(selection.attributes.contains(.reverse), "\(depth)")
            #expect(selection.background == .default && selection.foreground == .default, "\(depth)")
        }
        let light = try? ThemeCatalog.builtIn.theme(named: "debrief-light")
        #expect(light?.degraded(to: .ansi8).style(.selection).attributes.contains(.reverse) == true)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        screen = Screen(width: width, height: height)
        let text = frame(.ascii, width: width, height: height)
        // Recorded through a Screen so the golden helper can compare it.
        for (y, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).enumerated() {
            screen.put(String(line), x: 0, y: y, style: .plain)
        }
        assertGolden(screen, named: "board-ascii-\(width)x\(height)")
    }
}
