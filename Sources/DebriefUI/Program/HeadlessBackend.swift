/// A backend without a terminal: it plays a script of events (keys in tmux's spelling, see
/// `KeyScript`) and records every frame the program presents. `debrief snapshot` and the in-process
/// integration tests run the real program loop through it, as ratatui's `TestBackend` and Bubble
/// Tea's teatest do. Every slow effect answers before the next event, so a script always gives the
/// same frames.
public final class HeadlessBackend: Backend {
    public private(set) var size: (width: Int, height: Int)
    public let colorLimit: ColorDepth
    public let settlesEffects = true
    public let ticksFromClock = false
    private var events: [BackendEvent]
    private var next = 0
    /// Answers `$EDITOR` requests: gets the text handed to the editor, returns the edited text (nil:
    /// the editor failed, as one exiting with status 1). Without one every edit fails.
    public var editor: ((String) -> String?)?
    /// Every frame presented, oldest first.
    public private(set) var frames: [Screen] = []
    /// The texts handed to the editor, oldest first.
    public private(set) var edits: [String] = []
    /// Whether keys and pastes are typed ahead: already waiting when the loop reads, so it drains
    /// them into one batch (one frame), as it does fast typing or a paste a terminal sends as keys.
    /// Off, each key gets its own frame.
    public var typesAhead = false

    public let boxDrawing: BoxDrawing

    public init(width: Int, height: Int, events: [BackendEvent], colorLimit: ColorDepth = .truecolor, boxDrawing: BoxDrawing = .full) {
        size = (width, height)
        self.events = events
        self.colorLimit = colorLimit
        self.boxDrawing = boxDrawing
    }

    /// A backend that types `script` (`KeyScript` spelling) and then ends.
    public convenience init(width: Int, height: Int, keys script: String, colorLimit: ColorDepth = .truecolor) {
        self.init(width: width, height: height, events: KeyScript.parse(script).map(BackendEvent.key), colorLimit: colorLimit)
    }

    /// The last frame presented, or nil before the first.
    public var lastFrame: Screen? { frames.last }

    /// Adds events after those not played yet (a test driving the program step by step).
    public func append(_ more: [BackendEvent]) { events += more }

    public func nextEvent(timeoutMilliseconds: Int32) -> BackendEvent? {
        // Keys come one by one, so each gets its own frame: a read that would not wait (the loop
        // draining a paste) finds nothing, unless they are typed ahead.
        if timeoutMilliseconds <= 0 {
            guard typesAhead, next < events.count else { return nil }
            switch events[next] {
            case .key, .paste: break
            default: return nil
            }
        }
        guard next < events.count else { return .end }
        let event = events[next]
        next += 1
        if case .resize(let width, let height) = event { size = (width, height) }
        return event
    }

    public func present(_ frame: Screen, diff: ScreenDiff) {
        frames.append(frame)
    }

    public func edit(_ text: String) -> Result<String, EditorFailure> {
        edits.append(text)
        guard let edited = editor?(text) else { return .failure(EditorFailure("the editor exited with status 1. The note is unchanged.")) }
        return .success(edited)
    }

    public func takeSignal() -> Int32? { nil }
}
