import CNCurses
import DebriefUI
import Foundation

/// The ncurses lifetime: start puts the terminal in raw mode on the alternate screen; stop
/// restores it. Stop is safe to call more than once.
final class CursesSession {
    private(set) var isActive = false
    private(set) var colorCount = 0
    /// What the terminal draws: from terminfo's `acsc`, and TERM (the Linux console's fonts lack heavy lines).
    private(set) var boxDrawing = BoxDrawing.full
    private var screen: OpaquePointer?
    var window: UnsafeMutablePointer<WINDOW>? { debrief_stdscr() }

    struct StartError: Error, CustomStringConvertible {
        var description: String
    }

    func start(mouse: Bool = true) throws {
        // Wide characters need a UTF-8 locale; C.UTF-8 is the one every system has.
        if let locale = setlocale(LC_ALL, ""), String(cString: locale).uppercased().contains("UTF") {
            // The environment's own UTF-8 locale is fine.
        } else {
            setlocale(LC_ALL, "C.UTF-8")
        }
        // newterm instead of initscr: it returns nil for an unknown TERM instead of exiting.
        guard let created = debrief_newterm() else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw StartError(description: TerminalCheck.advice(for: "the terminal type '\(term)' is unknown here: no terminfo entry"))
        }
        screen = created
        isActive = true
        set_term(created)
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(debrief_colors())
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        boxDrawing = debrief_has_line_drawing() == 0 ? .ascii : term.hasPrefix("linux") ? .lightLines : .full
        if mouse { debrief_enable_mouse() }
        Self.bracketedPaste(true)
        SignalTrap.install()
    }

    /// Restores the terminal: leaves the alternate screen, cooked mode, visible cursor.
    func stop() {
        guard isActive else { return }
        isActive = false
        Self.bracketedPaste(false)
        curs_set(1)
        endwin()
        SignalTrap.uninstall()
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
    }

    /// Leaves curses mode for an external program ($EDITOR) without tearing the session down.
    func suspend() {
        Self.bracketedPaste(false)
        def_prog_mode()
        endwin()
    }

    func resume() {
        reset_prog_mode()
        refresh()
        Self.bracketedPaste(true)
    }

    /// Asks the terminal to mark pastes (`ESC [ 200 ~` … `ESC [ 201 ~`), so a paste arrives as
    /// one text (`InputParser`) instead of keys, some of which would be commands; off again
    /// before anything else (a shell, `$EDITOR`) gets the terminal. Terminals without it ignore it.
    private static func bracketedPaste(_ on: Bool) {
        let sequence = Array((on ? "\u{1B}[?2004h" : "\u{1B}[?2004l").utf8)
        _ = sequence.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    var size: (width: Int, height: Int) {
        var rows: Int32 = 0, columns: Int32 = 0
        debrief_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    deinit { stop() }
}
