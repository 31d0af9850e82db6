import DebriefCore
import Foundation

/// The one program loop (Elm style): it owns the app state, feeds every message to
/// `DebriefApp.update`, hands the effects to a performer, renders, and presents what changed
/// since the last frame. It runs the same over ncurses and over a headless key script.
public final class Program {
    /// How long a read waits for input before the loop looks at signals, ticks and finished work.
    public var pollMilliseconds: Int32 = 200
    /// How often the clock sends `.tick` (backends with `ticksFromClock`).
    public var tickInterval: TimeInterval = 1
    /// Keys already waiting are applied together, up to this many, before the next frame: a paste
    /// or fast typing costs one frame, not one per character.
    public var drainLimit = 512

    public private(set) var state: AppState
    private let backend: any Backend
    private let performer: any EffectPerformer
    private var queue: [Msg] = []
    /// Journal edits held while a batch of messages is applied: only each field's latest text is
    /// journaled, before any other effect and before the frame, so a paste journals once per batch,
    /// not once per character, and nothing typed is ever left unjournaled when the next key is read.
    private var heldJournal: [JournalEdit] = []
    /// An event read while draining keys that is not input (a resize, a click): handled next, in order.
    private var pendingEvent: BackendEvent?
    /// The frame on the output now; nil when the backend must be drawn whole.
    private var presented: Screen?
    private var frame = Screen(width: 0, height: 0)

    public struct Outcome: Sendable {
        /// The state the app ended in.
        public var state: AppState
        /// The signal that ended the program, if one did.
        public var signal: Int32?
        /// Whether the app asked to quit (rather than the input running out).
        public var quit: Bool
    }

    public init(state: AppState, backend: any Backend, performer: any EffectPerformer) {
        self.state = state
        self.backend = backend
        self.performer = performer
        // The output may show fewer colours than the environment claims.
        if self.state.theme.depth > backend.colorLimit { self.state.theme = self.state.theme.degraded(to: backend.colorLimit) }
    }

    /// Runs until the app quits, a termination signal arrives, or the input ends.
    public func run() -> Outcome {
        let size = backend.size
        queue.append(.resize(width: size.width, height: size.height))
        var lastTick = Date()
        var signal: Int32?
        while true {
            if let received = backend.takeSignal() {
                signal = received
                queue.append(.key(.ctrl("c")))  // the same "save and quit" as Ctrl-C
            }
            if backend.settlesEffects { performer.waitUntilIdle() }
            queue.append(contentsOf: performer.takeFinished())
            if processQueue() { return finish(signal: signal, quit: true) }
            let event = pendingEvent ?? backend.nextEvent(timeoutMilliseconds: max(1, pollMilliseconds))
            pendingEvent = nil
            switch event {
            case .key(let key)?:
                // What background work finished while the read waited came first.
                queue.append(contentsOf: performer.takeFinished())
                queue.append(.key(key))
                drainInput()
            case .paste(let text)?:
                queue.append(contentsOf: performer.takeFinished())
                queue.append(.paste(text))
                drainInput()
            case .mouse(let event)?:
                queue.append(contentsOf: performer.takeFinished())
                queue.append(.mouse(event))
            case .pasteCut(let kept, let dropped)?:
                queue.append(.pasteCut(keptBytes: kept, droppedBytes: dropped))
            case .resize(let width, let height)?:
                presented = nil
                queue.append(.resize(width: width, height: height))
            case .tick(let date)?:
                queue.append(.tick(date))
            case .end?:
                // Settle: answers may start more work, whose answers come before the end too.
                while true {
                    performer.waitUntilIdle()
                    queue.append(contentsOf: performer.takeFinished())
                    if queue.isEmpty { return finish(signal: signal, quit: false) }
                    if processQueue() { return finish(signal: signal, quit: true) }
                }
            case nil:
                break
            }
            if backend.ticksFromClock {
                let now = Date()
                if now.timeIntervalSince(lastTick) >= tickInterval {
                    lastTick = now
                    queue.append(.tick(now))
                }
            }
        }
    }

    /// Queues the keys and pastes already waiting, up to `drainLimit`: they are applied before the next frame.
    private func drainInput() {
        var drained = 0
        while drained < drainLimit {
            switch backend.nextEvent(timeoutMilliseconds: 0) {
            case .key(let key)?: queue.append(.key(key))
            case .paste(let text)?: queue.append(.paste(text))
            case let other?:
                // Anything else waits its turn after the keys read before it.
                pendingEvent = other
                return
            case nil: return
            }
            drained += 1
        }
    }

    /// Updates with every queued message, performs the effects, then presents the frame if any
    /// cell changed. True when the app asked to quit.
    private func processQueue() -> Bool {
        guard !queue.isEmpty else { return false }
        while !queue.isEmpty {
            let msg = takeTextRun() ?? queue.removeFirst()
            for effect in DebriefApp.update(&state, msg) {
                if case .journal(let journalEdit) = effect {
                    hold(journalEdit)
                    continue
                }
                writeHeldJournal()
                if effect == .quit { return true }
                queue.append(contentsOf: performer.perform(effect, editor: edit))
            }
        }
        writeHeldJournal()
        // Drawn over the last frame's buffer: render fills every cell, and the cursor starts hidden.
        frame.cursor = nil
        DebriefApp.render(state, into: &frame)
        frame.narrowGlyphs(to: backend.boxDrawing)
        let diff = Screen.diff(from: presented, to: frame)
        if !diff.isEmpty {
            backend.present(frame, diff: diff)
            presented = frame
        }
        return false
    }

    /// Printable keys at the head of the queue that a note being typed would only insert, joined
    /// into one run (`Msg.paste`): a paste without bracketed paste, or fast typing, then costs one
    /// edit. Stops at the first key that is anything else, so commands keep their order and meaning.
    private func takeTextRun() -> Msg? {
        guard queue.count > 1, case .key(.char(let first)) = queue[0], case .key(.char) = queue[1],
              DebriefApp.takesTypedText(first, state) else { return nil }
        var run = String(first)
        var taken = 1
        while taken < queue.count, case .key(.char(let next)) = queue[taken], DebriefApp.takesTypedText(next, state) {
            run.append(next)
            taken += 1
        }
        guard taken > 1 else { return nil }
        queue.removeFirst(taken)
        return .paste(run)
    }

    private func hold(_ journalEdit: JournalEdit) {
        if let index = heldJournal.firstIndex(where: { $0.reviewID == journalEdit.reviewID && $0.field == journalEdit.field }) {
            heldJournal[index] = journalEdit
        } else {
            heldJournal.append(journalEdit)
        }
    }

    private func writeHeldJournal() {
        guard !heldJournal.isEmpty else { return }
        let edits = heldJournal
        heldJournal.removeAll(keepingCapacity: true)
        for journalEdit in edits { queue.append(contentsOf: performer.perform(.journal(journalEdit), editor: edit)) }
    }

    private func edit(_ text: String) -> Result<String, EditorFailure> {
        defer { presented = nil }
        return backend.edit(text)
    }

    private func finish(signal: Int32?, quit: Bool) -> Outcome {
        performer.finish()
        return Outcome(state: state, signal: signal, quit: quit)
    }
}
