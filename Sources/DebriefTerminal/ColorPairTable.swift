import CNCurses
import DebriefUI

/// Maps styles to ncurses colour pairs, allocating a pair the first time a (fg, bg) combination
/// is drawn.
struct ColorPairTable {
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    let colorCount: Int
    let pairLimit: Int32
    let enabled: Bool

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(enabled: Bool, colorCount: Int, pairLimit: Int32) {
        self.enabled = enabled
        self.colorCount = colorCount
        self.pairLimit = pairLimit
    }

    /// The pair for a style's colours; 0 (the terminal's colours) when colour is off or pairs ran out.
    mutating func pair(for style: Style) -> Int32 {
        guard enabled else { return 0 }
        let key = PairKey(foreground: number(for: style.foreground), background: number(for: style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        guard nextPair < pairLimit else { return 0 }
        let pair = nextPair
        guard debrief_init_pair(pair, key.foreground, key.background) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = pair
        return pair
    }

    /// An ncurses colour number; -1 is the terminal's default (use_default_colors).
    func number(for color: Color) -> Int32 {
        let depth = ColorDepth.fitting(colors: colorCount)
        switch color {
        case .default:
            return -1
        case .ansi(let index) where depth == .truecolor && index < 8:
            return Int32(index)
        case .rgb(let r, let g, let b) where depth == .truecolor:
            // Direct-colour terminals (COLORS = 2^24) take the RGB value as the colour number.
            return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        case .ansi(let index) where depth == .truecolor, .indexed(let index) where depth == .truecolor:
            let (r, g, b) = ColorDegrader.rgb(ofIndexed: index)
            return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        default:
            switch ColorDegrader.degrade(color, to: min(depth, .indexed256)) {
            case .ansi(let index), .indexed(let index): return Int32(index)
            case .default, .rgb: return -1
            }
        }
    }
}
