/// `SearchFolding.fold` made cheap for bulk work. Foundation's folding costs microseconds per
/// call, which adds up over ten thousand deals or twenty thousand review texts.
public struct FoldCache: Sendable {
    private var folded: [String: String] = [:]

    public init() {}

    /// The folded form of a name; each distinct name is folded once.
    public mutating func fold(_ text: String) -> String {
        if let known = folded[text] { return known }
        let result = SearchFolding.fold(text)
        folded[text] = result
        return result
    }
}

public enum FoldedText {
    /// The folded bytes of each non-ASCII run already seen. Review texts repeat the same few runs
    /// ("·", "–", "→", accented names), and Foundation's folding costs microseconds per call.
    public struct RunMemo: Sendable {
        fileprivate var folded: [String: [UInt8]] = [:]
        public init() {}
    }

    /// Hostile text can hold endless distinct runs; past this many the memo stops growing.
    static let memoLimit = 4096

    /// The folded UTF-8 bytes of a long text: ASCII is lower-cased byte by byte and only the
    /// non-ASCII stretches (accented letters, dashes, CJK, emoji) go through `SearchFolding`.
    /// For text in which every character folds on its own (all but a few ligatures), this gives
    /// the same bytes as folding the whole text.
    public static func bytes(_ text: String) -> [UInt8] {
        var memo = RunMemo()
        return bytes(text, memo: &memo)
    }

    /// The same bytes, folding each distinct non-ASCII run once per `memo` (one memo per thread).
    public static func bytes(_ text: String, memo: inout RunMemo) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out, memo: &memo)
        return out
    }

    /// Appends the folded bytes of `text` to `out`: what `bytes` returns, without an array per text.
    public static func append(_ text: String, to out: inout [UInt8], memo: inout RunMemo) {
        var text = text
        // Through a pointer: indexing the string's UTF-8 view byte by byte costs several times more.
        text.withUTF8 { utf8 in
            let count = utf8.count
            var index = 0
            while index < count {
                if utf8[index] < 0x80 {
                    // A run of ASCII is copied at once and lower-cased in place.
                    var end = index + 1
                    while end < count, utf8[end] < 0x80 { end += 1 }
                    let first = out.count
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
                    out.withUnsafeMutableBufferPointer { copied in
                        for position in first..<copied.count where copied[position] &- 0x41 < 26 { copied[position] &+= 0x20 }
                    }
                    index = end
                    continue
                }
                // A run of non-ASCII bytes, plus the ASCII letter before it when a combining mark
                // follows one ("e" + U+0301), so the pair folds together.
                var end = index
                while end < count, utf8[end] >= 0x80 { end += 1 }
                var start = index
                if start > 0 {
                    start -= 1
                    out.removeLast()
                }
                let run = String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
                if let known = memo.folded[run] {
                    out.append(contentsOf: known)
                } else {
                    let folded = Array(SearchFolding.fold(run).utf8)
                    if memo.folded.count < memoLimit { memo.folded[run] = folded }
                    out.append(contentsOf: folded)
                }
                index = end
            }
        }
    }
}
