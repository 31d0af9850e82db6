/// Substring search over raw bytes, for text already folded on both sides.
///
/// Sixteen candidate positions are tested at once: a block of bytes is compared with the
/// needle's first byte and the block `count - 1` further on with its last byte, and only
/// positions where both agree are compared in full. In prose both agree rarely, so most of the
/// text is passed over sixteen bytes at a time (the approach of Wojciech Muła's "SIMD-friendly
/// algorithms for substring searching"; `memmem` is a GNU extension Swift's Glibc does not show).
enum ByteSearch {
    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        let m = needle.count
        guard m > 0 else { return true }
        guard haystack.count >= m, let base = haystack.baseAddress, let pattern = needle.baseAddress else { return false }
        let first = needle[0], last = needle[m - 1]
        let lastStart = haystack.count - m
        var start = 0
        if lastStart >= 16 {
            let firsts = SIMD16<UInt8>(repeating: first), lasts = SIMD16<UInt8>(repeating: last)
            while start + 16 <= lastStart + 1 {
                let heads = base.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
                let tails = base.loadUnaligned(fromByteOffset: start + m - 1, as: SIMD16<UInt8>.self)
                let candidates = (heads .== firsts) .& (tails .== lasts)
                if any(candidates) {
                    for lane in 0..<16 where candidates[lane] {
                        if matches(base + start + lane, pattern, m) { return true }
                    }
                }
                start += 16
            }
        }
        while start <= lastStart {
            if base.load(fromByteOffset: start, as: UInt8.self) == first, matches(base + start, pattern, m) { return true }
            start += 1
        }
        return false
    }

    private static func matches(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        for offset in 0..<count where a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) {
            return false
        }
        return true
    }
}
