/// Damages valid input the ways files get damaged: cut short, bytes flipped, spans duplicated,
/// dropped or overwritten with noise. Seeded, so a failing seed from propertyCheck reproduces.
struct ByteMutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    /// SplitMix64: small, fast, good enough to pick offsets.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    /// One to three damages of `bytes`; the result never grows past twice the input plus 64 bytes.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0...below(3) {
            let at = below(out.count + 1)
            switch below(6) {
            case 0: out.removeSubrange(at...)  // truncated
            case 1 where at < out.count: out[at] ^= UInt8(truncatingIfNeeded: 1 << below(8))  // one bit flipped
            case 2 where at < out.count: out[at] = UInt8(truncatingIfNeeded: next())  // one byte replaced
            case 3:  // a span duplicated
                let end = min(out.count, at + 1 + below(32))
                if out.count + (end - at) <= bytes.count * 2 + 64 { out.insert(contentsOf: out[at..<end], at: at) }
            case 4: out.removeSubrange(at..<min(out.count, at + 1 + below(16)))  // a span dropped
            default:  // noise or a hostile byte inserted
                let hostile: [UInt8] = [0x00, 0x1B, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0xC0, 0xFF, 0x0A, 0x0D]
                out.insert(below(2) == 0 ? hostile[below(hostile.count)] : UInt8(truncatingIfNeeded: next()), at: at)
            }
        }
        return out
    }

    /// `count` random bytes.
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
