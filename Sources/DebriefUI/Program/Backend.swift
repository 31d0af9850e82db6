/// Where the program loop gets input and shows frames: ncurses in DebriefTerminal, a key script in
/// memory for `debrief snapshot` and tests (`HeadlessBackend`). The program decides what to draw;
/// a backend only carries it out.
public protocol Backend: AnyObject {
    /// The size frames are drawn at now.
    var size: (width: Int, height: Int) { get }
    /// The most colours this output can show; themes are degraded to it.
    var colorLimit: ColorDepth { get }
    /// Whether the program must wait for every slow effect to answer before reading the next event,
    /// so that a key script gives the same frames on every machine (headless), or never waits (a terminal).
    var settlesEffects: Bool { get }
    /// Whether the program sends `.tick` from the wall clock (a terminal) or only when the input asks.
    var ticksFromClock: Bool { get }
    /// The lines and symbols this output can draw; each frame is narrowed to them before it is presented.
    var boxDrawing: BoxDrawing { get }

    /// The next event, waiting at most `timeoutMilliseconds` (0: only what is already waiting);
    /// nil when nothing came in time.
    func nextEvent(timeoutMilliseconds: Int32) -> BackendEvent?
    /// Draws `frame`; `diff` says which cells changed since the frame presented last (all of them
    /// after a resize or `edit`).
    func present(_ frame: Screen, diff: ScreenDiff)
    /// Hands `text` to an external editor with the UI suspended; the edited text, or why there is
    /// none (the editor could not start, or exited with a failure status). The next frame is presented whole.
    func edit(_ text: String) -> Result<String, EditorFailure>
    /// A termination signal (SIGTERM, SIGHUP, SIGINT) received since the last call, if any.
    func takeSignal() -> Int32?
}

extension Backend {
    public var boxDrawing: BoxDrawing { .full }
}
