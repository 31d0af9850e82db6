/// The folded text of many documents in one buffer, for substring search. One allocation holds
/// all of it, so a search walks memory in order and never touches per-document arrays.
public struct SearchCorpus: Sendable {
    private let bytes: [UInt8]
    /// Document `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]

    /// Each text is folded (`FoldedText.bytes`) on all cores, then laid end to end.
    public init(_ texts: [String]) {
        self.init(chunks: ParallelMap.mapChunks(texts) { chunk in
            var builder = Chunk()
            for text in chunk {
                builder.append(text)
                builder.endDocument()
            }
            return [builder]
        })
    }

    /// Documents folded into one buffer, one after another: what one core builds. Chunks built
    /// on several cores are then laid end to end, in order.
    struct Chunk: Sendable {
        var bytes: [UInt8] = []
        /// Where each finished document ends in `bytes`.
        var ends: [Int] = []
        private var memo = FoldedText.RunMemo()

        /// Folds `text` onto the end of the current document.
        mutating func append(_ text: String) { FoldedText.append(text, to: &bytes, memo: &memo) }

        /// Appends a byte no folded search term holds, between two fields of one document.
        mutating func appendSeparator() { bytes.append(0x1F) }

        mutating func endDocument() { ends.append(bytes.count) }
    }

    init(chunks: [Chunk]) {
        var starts: [Int] = [0]
        starts.reserveCapacity(chunks.reduce(1) { $0 + $1.ends.count })
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunks.reduce(0) { $0 + $1.bytes.count })
        for chunk in chunks {
            let base = bytes.count
            bytes.append(contentsOf: chunk.bytes)
            for end in chunk.ends { starts.append(base + end) }
        }
        self.bytes = bytes
        self.starts = starts
    }

    public var count: Int { starts.count - 1 }

    /// The documents among `candidates` (kept in their order) whose text contains every one of
    /// the folded `terms`, each in any of its spellings (`SearchFolding.variants`). Longer terms go
    /// first: they rule out more documents and skip faster.
    public func documents(containing terms: [String], among candidates: [Int]) -> [Int] {
        var remaining = candidates
        for term in terms.sorted(by: { $0.utf8.count > $1.utf8.count }) where !term.isEmpty {
            guard !remaining.isEmpty else { break }
            let needles = SearchFolding.variants(of: term).map { Array($0.utf8) }
            remaining = bytes.withUnsafeBytes { text in
                remaining.filter { document in
                    let slice = UnsafeRawBufferPointer(rebasing: text[starts[document]..<starts[document + 1]])
                    return needles.contains { needle in needle.withUnsafeBytes { ByteSearch.contains(slice, $0) } }
                }
            }
        }
        return remaining
    }
}
