/// Maps any colour to the nearest one a terminal of a given depth can show, by distance in RGB.
public enum ColorDegrader {
    public static func degrade(_ color: Color, to depth: ColorDepth) -> Color {
        switch (color, depth) {
        case (.default, _): return .default
        case (_, .none): return .default
        case (_, .truecolor): return color
        case (.rgb(let r, let g, let b), .indexed256): return .indexed(nearest256(r, g, b))
        case (.indexed(let index), .indexed256): return .indexed(index)
        case (.ansi(let index), .indexed256), (.ansi(let index), .ansi16): return .ansi(index & 15)
        case (.ansi(let index), .ansi8): return .ansi(index & 7)
        case (.indexed(let index), .ansi16) where index < 16: return .ansi(index)
        case (.indexed(let index), .ansi8) where index < 16: return .ansi(index & 7)
        case (.indexed(let index), .ansi16), (.indexed(let index), .ansi8):
            let (r, g, b) = rgb(ofIndexed: index)
            let (r8, g8, b8) = (UInt8(r), UInt8(g), UInt8(b))
            return .ansi(nearestANSI(r8, g8, b8, count: depth == .ansi8 ? 8 : 16))
        case (.rgb(let r, let g, let b), .ansi16): return .ansi(nearestANSI(r, g, b, count: 16))
        case (.rgb(let r, let g, let b), .ansi8): return .ansi(nearestANSI(r, g, b, count: 8))
        }
    }

    /// Black or white, whichever stands out more on `background` (an ANSI colour; anything else
    /// gets the terminal's own foreground).
    public static func contrasting(with background: Color) -> Color {
        guard case .ansi(let index) = background, Int(index) < ansiPalette.count else { return .default }
        let (r, g, b) = ansiPalette[Int(index)]
        return 299 * r + 587 * g + 114 * b < 128_000 ? .ansi(7) : .ansi(0)
    }

    /// The xterm colour cube's six levels per channel.
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// xterm's default values for the 16 ANSI colours.
    static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value xterm shows for a 256-colour index.
    public static func rgb(ofIndexed index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i < 16 { return ansiPalette[i] }
        if i >= 232 {
            let grey = 8 + (i - 232) * 10
            return (grey, grey, grey)
        }
        let cube = i - 16
        return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
    }

    /// Nearest index among the cube (16–231) and the grey ramp (232–255); the 16 ANSI slots are
    /// skipped because terminals redefine them.
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        func nearestLevel(_ v: Int) -> Int {
            var best = 0
            for (i, level) in cubeLevels.enumerated() where abs(level - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let (ri, gi, bi) = (nearestLevel(target.0), nearestLevel(target.1), nearestLevel(target.2))
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let cubeColor = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let average = (target.0 + target.1 + target.2) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let greyValue = 8 + greyStep * 10
        let greyColor = (greyValue, greyValue, greyValue)
        let useGrey = distance(greyColor, target) < distance(cubeColor, target)
        return UInt8(useGrey ? 232 + greyStep : cubeIndex)
    }

    /// Nearest of the first `count` ANSI colours (8 or 16).
    public static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        var best = 0
        var bestDistance = Int.max
        for i in 0..<min(count, 16) {
            let d = distance(ansiPalette[i], target)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return UInt8(best)
    }

    /// Squared distance, weighted towards green the way the eye is (a cheap "redmean"-like weighting).
    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
