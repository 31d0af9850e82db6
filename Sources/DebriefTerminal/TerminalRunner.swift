import CNCurses
import DebriefUI
import Foundation

/// The interactive run loop: read a key → message → update → perform effects → render → draw the
/// diff. Effects that need the terminal (quit, `$EDITOR`) are handled here; the rest (load, save)
/// go to `perform`, supplied by the command that knows the store.
public struct TerminalRunner {
    /// How long a key read waits before the loop ticks (timers, signals).
    public var pollMilliseconds: Int32 = 200
    /// How often a `.tick` message is sent.
    public var tickInterval: TimeInterval = 1

    public init() {}

    public struct Outcome: Sendable {
        /// The state the app quit in.
        public var state: AppState
        /// The signal that ended the session, if one did.
        public var signal: Int32?
    }

    /// Runs until the app emits `.quit` or a termination signal arrives; the terminal is restored
    /// on every way out of this function.
    /// `incoming` hands over messages from work running off the UI thread (a team sync); it is
    /// asked on every turn of the loop and must not block.
    public func run(_ initial: AppState, incoming: () -> [Msg] = { [] }, perform: (Effect) -> [Msg]) throws -> Outcome {
        let session = CursesSession()
        try session.start()
        defer { session.stop() }

        var state = initial
        // The terminal may show fewer colours than the environment claims.
        let cap = ColorDepth.fitting(colors: session.colorCount)
        if state.theme.depth > cap { state.theme = state.theme.degraded(to: cap) }
        var painter = ScreenPainter(colorsEnabled: session.colorCount > 0 && state.theme.depth > .none, colorCount: session.colorCount)
        let reader = KeyReader()
        var screen = Screen(width: 0, height: 0)
        var queue: [Msg] = []
        let size = session.size
        queue.append(.resize(width: size.width, height: size.height))
        var lastTick = Date()
        var drawn: AppState?
        var signal: Int32?

        loop: while true {
            if let received = SignalTrap.take() {
                signal = received
                queue.append(.key(.ctrl("c")))  // the same "save and quit" as Ctrl-C
            }
            queue.append(contentsOf: incoming())
            while !queue.isEmpty {
                let msg = queue.removeFirst()
                for effect in DebriefApp.update(&state, msg) {
                    switch effect {
                    case .quit:
                        break loop
                    case .openEditor(let text):
                        session.suspend()
                        let edited = ExternalEditor.edit(text)
                        session.resume()
                        painter.invalidate()
                        drawn = nil
                        queue.append(.editorFinished(edited))
                    case .load, .save, .saveReview, .journal, .exportMarkdown, .discardJournal, .savePlaybook, .sync, .resolveConflict, .foldSearchText:
                        queue.append(contentsOf: perform(effect))
                    }
                }
            }
            if drawn != state {
                DebriefApp.render(state, into: &screen)
                painter.draw(screen, on: session.window)
                drawn = state
            }
            switch reader.read(window: session.window, timeoutMilliseconds: pollMilliseconds) {
            case .key(let key)?:
                // What background work finished while the loop waited goes first: it came before the key.
                queue.append(contentsOf: incoming())
                queue.append(.key(key))
                // Take every key already waiting before drawing again: a paste or fast typing is
                // applied in one go instead of one frame per character.
                var drained = 0
                while drained < 512, case .key(let more)? = reader.read(window: session.window, timeoutMilliseconds: 0) {
                    queue.append(.key(more))
                    drained += 1
                }
            case .resize?:
                let size = session.size
                painter.invalidate()
                drawn = nil
                queue.append(.resize(width: size.width, height: size.height))
            case .ignored?, nil:
                break
            }
            let now = Date()
            if now.timeIntervalSince(lastTick) >= tickInterval {
                lastTick = now
                queue.append(.tick(now))
            }
        }
        return Outcome(state: state, signal: signal)
    }
}
