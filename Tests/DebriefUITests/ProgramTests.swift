import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The program loop over the headless backend, with a performer that records what it is handed.
@Suite("Program loop")
struct ProgramTests {
    final class RecordingPerformer: EffectPerformer {
        var performed: [Effect] = []
        var finished = 0
        var waiting: [Msg] = []
        var editorAnswers: [String?] = []

        func perform(_ effect: Effect, editor: (String) -> Result<String, EditorFailure>) -> [Msg] {
            performed.append(effect)
            switch effect {
            case .load: waiting.append(.loaded(.empty))
            case .openEditor(let text):
                editorAnswers.append(try? editor(text).get())
                return [.editorFinished(editorAnswers.last ?? nil)]
            default: break
            }
            return []
        }

        func takeFinished() -> [Msg] {
            defer { waiting.removeAll() }
            return waiting
        }

        func waitUntilIdle() {}
        func finish() { finished += 1 }
    }

    func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data")
    }

    @Test func theFirstFrameIsDrawnWholeAtTheBackendsSize() {
        let backend = HeadlessBackend(width: 90, height: 26, keys: "")
        let outcome = Program(state: state(), backend: backend, performer: RecordingPerformer()).run()
        #expect(backend.frames.count == 1)
        #expect(backend.lastFrame?.width == 90 && backend.lastFrame?.height == 26)
        #expect(backend.lastFrame?.text(ofRow: 0).hasPrefix(" Debrief") == true)
        #expect(!outcome.quit && outcome.signal == nil)
    }

    @Test func aKeyThatChangesNothingOnScreenPresentsNoFrame() {
        // `Z` means nothing on the board: the state may change, the cells do not, so nothing is drawn.
        let backend = HeadlessBackend(width: 80, height: 24, keys: "Z ? Z")
        _ = Program(state: state(), backend: backend, performer: RecordingPerformer()).run()
        #expect(backend.frames.count == 2)
        #expect(backend.lastFrame?.plainText.contains("the deal's facts and reviews") == true)
    }

    @Test func quitEndsAfterTheSavesBeforeItAndFinishesThePerformer() {
        var s = state()
        let deal = Deal(id: "d1", account: "Acme", name: "Renewal", amount: Money(1, "USD"), outcome: .won,
                        closeDate: Day(iso: "2026-11-01") ?? Day.today(), owner: "Rep")
        s.unsaved = [.save(.deal(deal))]
        let performer = RecordingPerformer()
        let backend = HeadlessBackend(width: 80, height: 24, keys: "q j")
        let outcome = Program(state: s, backend: backend, performer: performer).run()
        #expect(outcome.quit)
        #expect(performer.performed == [.save(.deal(deal))])
        #expect(performer.finished == 1)
        #expect(backend.frames.count == 1, "nothing drawn after the quit")
    }

    @Test func aResizeRedrawsWholeAtTheNewSize() {
        let backend = HeadlessBackend(width: 80, height: 24, events: [.resize(width: 50, height: 12), .resize(width: 100, height: 30)])
        _ = Program(state: state(), backend: backend, performer: RecordingPerformer()).run()
        #expect(backend.frames.map(\.width) == [80, 50, 100])
        #expect(backend.frames[1].plainText.contains("terminal too small"))
    }

    @Test func answersOfSlowEffectsComeBackAsMessages() {
        // Ctrl-R reloads: the performer answers `.loaded` later, and the loop feeds it to update.
        let backend = HeadlessBackend(width: 80, height: 24, keys: "C-r")
        let performer = RecordingPerformer()
        let outcome = Program(state: state(), backend: backend, performer: performer).run()
        #expect(performer.performed == [.load])
        #expect(!outcome.state.isLoading)
    }

    @Test func ticksComeFromTheScriptHeadless() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let backend = HeadlessBackend(width: 80, height: 24, events: [.tick(at)])
        let outcome = Program(state: state(), backend: backend, performer: RecordingPerformer()).run()
        #expect(outcome.state.lastTick == at)
    }
}
