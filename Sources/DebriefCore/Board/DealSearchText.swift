/// The folded text the board's `/` search (and `debrief deals --search`) looks in: account, deal,
/// rep, competitors, reasons and their categories, separated by a byte no search term holds.
/// ASCII is lower-cased byte by byte and only non-ASCII runs go through Foundation's folding
/// (`FoldedText`), so folding ten thousand deals costs milliseconds, not tens of them.
public struct DealSearchText: Sendable {
    /// The deals the texts were folded from: the texts are right for any equal list of deals.
    public let deals: [Deal]
    private let corpus: SearchCorpus

    /// Folds every deal on the calling thread (the app runs this off the UI thread).
    public init(deals: [Deal]) {
        self.init(deals: deals, indices: deals.indices)
    }

    /// Folds only the deals at `indices`: document `i` of the result is the deal at `indices[i]`.
    public init(deals: [Deal], indices: some Collection<Int>) {
        self.deals = deals
        var chunk = SearchCorpus.Chunk()
        deals.withUnsafeBufferPointer { deals in
            for index in indices { Self.append(deals[index], to: &chunk) }
        }
        corpus = SearchCorpus(chunks: [chunk])
    }

    public var count: Int { corpus.count }

    /// The documents among `candidates` (in their order) that hold every folded term.
    public func documents(containing terms: [String], among candidates: [Int]) -> [Int] {
        corpus.documents(containing: terms, among: candidates)
    }

    /// One deal's folded text, as the search sees it.
    public static func of(_ deal: Deal) -> String {
        var chunk = SearchCorpus.Chunk()
        append(deal, to: &chunk)
        return String(decoding: chunk.bytes, as: UTF8.self)
    }

    /// The one definition of what a deal's search text holds, and in which order.
    static func append(_ deal: Deal, to chunk: inout SearchCorpus.Chunk) {
        chunk.append(deal.account)
        chunk.appendSeparator()
        chunk.append(deal.name)
        chunk.appendSeparator()
        chunk.append(deal.owner)
        for competitor in deal.competitors {
            chunk.appendSeparator()
            chunk.append(competitor)
        }
        for reason in deal.reasons {
            chunk.appendSeparator()
            chunk.append(reason.text)
        }
        for reason in deal.reasons {
            chunk.appendSeparator()
            chunk.append(reason.category.label)
        }
        chunk.endDocument()
    }
}

extension DealSearchText: Equatable {
    /// Texts are a function of the deals alone, so equal deals mean equal texts.
    public static func == (a: DealSearchText, b: DealSearchText) -> Bool { a.deals == b.deals }
}
