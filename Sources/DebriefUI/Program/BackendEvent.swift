import Foundation

/// What a backend hands the program loop: input, a new size, a tick, or the end of its input.
public enum BackendEvent: Equatable, Sendable {
    case key(Key)
    /// Text pasted as one run (a terminal's bracketed paste): line breaks and tabs as they came.
    case paste(String)
    /// The paste before was cut at the most a note may hold: the bytes kept and those dropped.
    case pasteCut(keptBytes: Int, droppedBytes: Int)
    /// A click or a wheel step (terminals with mouse reporting on).
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// A timer tick at this time (a headless script asks for one; the terminal's come from the clock).
    case tick(Date)
    /// No more input will come (a key script is done): the program stops after settling.
    case end
}
