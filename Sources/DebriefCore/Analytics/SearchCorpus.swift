/// The folded text of many documents in one buffer, for substring search. One allocation holds
/// all of it, so a search walks memory in order and never touches per-document arrays.
public struct SearchCorpus: Sendable {
    private let bytes: [UInt8]
    /// Document `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]

    /// Each text is folded (`FoldedText.bytes`) on all cores, then laid end to end.
    public init(_ texts: [String]) {
        self.init(folded: ParallelMap.mapChunks(texts) { chunk in
            var memo = FoldedText.RunMemo()
            return chunk.map { FoldedText.bytes($0, memo: &memo) }
        })
    }

    init(folded documents: [[UInt8]]) {
        var starts: [Int] = []
        starts.reserveCapacity(documents.count + 1)
        var total = 0
        for document in documents {
            starts.append(total)
            total += document.count
        }
        starts.append(total)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(total)
        for document in documents { bytes.append(contentsOf: document) }
        self.bytes = bytes
        self.starts = starts
    }

    public var count: Int { starts.count - 1 }

    /// The documents among `candidates` (kept in their order) whose text contains every one of
    /// the folded `terms`. Longer terms go first: they rule out more documents and skip faster.
    public func documents(containing terms: [String], among candidates: [Int]) -> [Int] {
        var remaining = candidates
        for term in terms.sorted(by: { $0.utf8.count > $1.utf8.count }) where !term.isEmpty {
            guard !remaining.isEmpty else { break }
            let needle = Array(term.utf8)
            remaining = bytes.withUnsafeBytes { text in
                needle.withUnsafeBytes { needle in
                    remaining.filter { document in
                        let slice = UnsafeRawBufferPointer(rebasing: text[starts[document]..<starts[document + 1]])
                        return ByteSearch.contains(slice, needle)
                    }
                }
            }
        }
        return remaining
    }
}
