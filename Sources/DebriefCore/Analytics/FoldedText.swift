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
    public struct RunMemo {
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
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x80 {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index = utf8.index(after: index)
                continue
            }
            // A run of non-ASCII bytes, plus the ASCII letter before it when a combining mark
            // follows one ("e" + U+0301), so the pair folds together.
            var end = index
            while end != utf8.endIndex, utf8[end] >= 0x80 { end = utf8.index(after: end) }
            var start = index
            if start != utf8.startIndex, !out.isEmpty {
                let before = utf8.index(before: start)
                if utf8[before] < 0x80 { start = before; out.removeLast() }
            }
            let run = String(text[start..<end])
            if let known = memo.folded[run] {
                out.append(contentsOf: known)
            } else {
                let folded = Array(SearchFolding.fold(run).utf8)
                if memo.folded.count < memoLimit { memo.folded[run] = folded }
                out.append(contentsOf: folded)
            }
            index = end
        }
        return out
    }
}
