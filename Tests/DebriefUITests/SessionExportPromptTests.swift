import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// `e` in the summary asks where the Markdown goes (pre-filled with a file in the home directory),
/// and the "Exported to …" notice clears on the next key like other notices.
@Suite("Session summary: export prompt")
struct SessionExportPromptTests {
    let t0 = SessionUIFixtures.t0

    func summary() -> SessionState {
        var state = SessionUIFixtures.session(width: 80, height: 24, selected: 0)
        _ = state.handle(.alt("S"), at: t0)
        return state
    }

    func type(_ keys: String, into state: inout SessionState) -> [SessionRequest] {
        KeyScript.parse(keys).flatMap { state.handle($0, at: t0) }
    }

    @Test func eAsksForTheFileWithADefaultInTheHomeDirectory() {
        var state = summary()
        #expect(type("e", into: &state).isEmpty)
        guard case .exportPath(let form)? = state.overlay else { Issue.record("expected the prompt"); return }
        let path = "~/debrief-\(state.review.id).md"
        #expect(form.value("file") == path)
        let screen = SessionUIFixtures.draw(state, width: 80, height: 24).plainText
        #expect(screen.contains("Export as Markdown") && screen.contains(path))
        #expect(type("Enter", into: &state) == [.exportMarkdown(reviewID: state.review.id, path: path)])
        #expect(state.overlay == nil)
    }

    @Test func typingReplacesTheDefaultAndEscCancels() {
        var state = summary()
        #expect(type("e / t m p / r . m d Enter", into: &state) == [.exportMarkdown(reviewID: state.review.id, path: "/tmp/r.md")])
        #expect(type("e Escape", into: &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(type("e Backspace Enter", into: &state).isEmpty, "an empty path is refused")
        guard case .exportPath(let form)? = state.overlay else { Issue.record("the prompt stays"); return }
        #expect(form.fields[0].error != nil)
    }

    @Test func theExportedNoticeClearsOnTheNextKey() {
        var state = summary()
        _ = type("e Enter", into: &state)
        state.notice = .init(.info, "Exported to /home/lena/debrief-x.md")
        #expect(SessionUIFixtures.draw(state, width: 80, height: 24).plainText.contains("Exported to"))
        _ = type("Escape", into: &state)
        #expect(state.notice == nil)
        #expect(!SessionUIFixtures.draw(state, width: 80, height: 24).plainText.contains("Exported to"))
    }

    @Test func theAppPassesThePathOn() {
        var app = AppState(width: 80, height: 24, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data")
        app.session = summary()
        let id = app.session?.review.id ?? ""
        let effects = KeyScript.parse("e Enter").flatMap { DebriefApp.update(&app, .key($0)) }
        #expect(effects.contains(.exportMarkdown(reviewID: id, path: "~/debrief-\(id).md")))
        _ = DebriefApp.update(&app, .info("Exported to /home/lena/debrief-\(id).md"))
        #expect(app.notice?.text == "Exported to /home/lena/debrief-\(id).md")
        #expect(DebriefApp.render(app).plainText.contains("Exported to"), "the session shows the app's notice")
        _ = DebriefApp.update(&app, .key(.char("j")))
        #expect(app.notice == nil)
    }
}
