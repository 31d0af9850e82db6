import CNCurses
import DebriefUI
import Foundation

/// The program loop's backend on a real terminal: keys from `get_wch`, frames drawn by the diff,
/// `$EDITOR` with curses suspended, termination signals from `SignalTrap`. Start it before the
/// program runs; `stop` (or deinit) restores the terminal on every way out.
public final class CursesBackend: Backend {
    private let session = CursesSession()
    private var reader = KeyReader()
    private var painter: ScreenPainter?
    public let settlesEffects = false
    public let ticksFromClock = true

    private let mouse: Bool

    /// `mouse`: report clicks and the wheel (config.toml's `mouse = false` turns it off).
    public init(mouse: Bool = true) {
        self.mouse = mouse
    }

    /// Puts the terminal in raw mode on the alternate screen.
    public func start() throws {
        try session.start(mouse: mouse)
        painter = ScreenPainter(colorsEnabled: session.colorCount > 0, colorCount: session.colorCount)
    }

    /// Restores the terminal; safe to call more than once.
    public func stop() { session.stop() }

    public var size: (width: Int, height: Int) { session.size }

    public var boxDrawing: BoxDrawing { session.boxDrawing }

    public var colorLimit: ColorDepth {
        session.colorCount > 0 ? ColorDepth.fitting(colors: session.colorCount) : .none
    }

    public func nextEvent(timeoutMilliseconds: Int32) -> BackendEvent? {
        switch reader.read(window: session.window, timeoutMilliseconds: timeoutMilliseconds) {
        case .key(let key)?: return .key(key)
        case .paste(let text)?: return .paste(text)
        case .pasteCut(let kept, let dropped)?: return .pasteCut(keptBytes: kept, droppedBytes: dropped)
        case .mouse(let event)?: return .mouse(event)
        case .resize?:
            let size = session.size
            return .resize(width: size.width, height: size.height)
        case .ignored?, .mouseReport?, nil: return nil
        }
    }

    public func present(_ frame: Screen, diff: ScreenDiff) {
        painter?.draw(frame, diff: diff, on: session.window)
    }

    public func edit(_ text: String) -> Result<String, EditorFailure> {
        session.suspend()
        defer { session.resume() }
        return ExternalEditor.edit(text)
    }

    public func takeSignal() -> Int32? { SignalTrap.take() }

    deinit { session.stop() }
}
