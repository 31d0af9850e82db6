import DebriefUI

/// What one `get_wch` read means, independent of ncurses so it can be tested.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    /// A bracketed paste's text (`InputParser`).
    case paste(String)
    /// The paste before was longer than a note may be: what was kept and what was dropped.
    case pasteCut(keptBytes: Int, droppedBytes: Int)
    case resize
    /// A code with no meaning for the app (an unknown function key, a mouse event it does not use).
    case ignored
    /// ncurses has a mouse event waiting (KEY_MOUSE); `getmouse` tells what it is.
    case mouseReport
    case mouse(MouseEvent)
}

/// Turns `get_wch` results into keys. Function-key codes arrive with `KEY_CODE_YES`; text arrives
/// as Unicode scalars, with control characters standing for Ctrl-letter.
public struct KeyDecoder: Sendable {
    /// ncurses' KEY_* values on this system.
    public struct Codes: Sendable {
        public var resize, up, down, left, right, home, end, pageUp, pageDown: Int32
        public var backspace, delete, insert, backTab, enter, f0: Int32
        public var mouse: Int32 = -1
    }

    public let codes: Codes

    public init(codes: Codes) { self.codes = codes }

    public func decodeFunctionKey(_ code: Int32) -> InputEvent {
        switch code {
        case codes.resize: return .resize
        case codes.up: return .key(.up)
        case codes.down: return .key(.down)
        case codes.left: return .key(.left)
        case codes.right: return .key(.right)
        case codes.home: return .key(.home)
        case codes.end: return .key(.end)
        case codes.pageUp: return .key(.pageUp)
        case codes.pageDown: return .key(.pageDown)
        case codes.backspace: return .key(.backspace)
        case codes.delete: return .key(.delete)
        case codes.insert: return .key(.insert)
        case codes.backTab: return .key(.backTab)
        case codes.enter: return .key(.enter)
        case codes.mouse: return .mouseReport
        case (codes.f0 + 1)...(codes.f0 + 20): return .key(.function(Int(code - codes.f0)))
        default: return .ignored
        }
    }

    /// A character read as text. Control bytes become named keys or Ctrl-letter.
    public static func decodeCharacter(_ value: UInt32) -> InputEvent {
        switch value {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)  // nonl() makes Enter arrive as CR
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 0: return .key(.ctrl(" "))
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(value + 96) ?? "?")))
        case 28...31: return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.char(Character(scalar)))
        }
    }

    /// What `debrief_read_mouse` reported (1 click, 2 wheel up, 3 wheel down) at a cell.
    public static func mouse(kind: Int32, x: Int32, y: Int32) -> InputEvent {
        switch kind {
        case 1: .mouse(MouseEvent(.click, x: Int(x), y: Int(y)))
        case 2: .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
        case 3: .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
        default: .ignored
        }
    }

    /// Escape followed at once by a character is how terminals send Alt+character.
    public static func combineEscape(with next: InputEvent) -> InputEvent {
        switch next {
        case .key(.char(let c)): .key(.alt(c))
        case .key(.enter): .key(.alt("\r"))
        default: next
        }
    }
}
