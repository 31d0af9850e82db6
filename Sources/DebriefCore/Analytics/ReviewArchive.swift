/// Every review with its deal, newest first, and the folded text of each review for full-text
/// search. Built once per load; filtering and searching then only compare prepared values.
public struct ReviewArchive: Sendable {
    public struct Row: Sendable, Equatable {
        public var review: Review
        public var deal: Deal?
        /// The day the review happened: completed, else started, else created.
        public var day: Day
    }

    public private(set) var rows: [Row]
    /// The folded rep name of each row, for the rep filter.
    private let repKeys: [String]
    /// Folded text of each row, in row order.
    private let corpus: SearchCorpus
    /// Row index by review id.
    private let rowByID: [String: Int]

    public init(reviews: [Review], deals: [Deal]) {
        var byID: [String: Deal] = [:]
        byID.reserveCapacity(deals.count)
        for deal in deals { byID[deal.id] = deal }
        let rows = reviews.map { review in
            Row(review: review, deal: byID[review.dealId], day: Day(review.completedAt ?? review.startedAt ?? review.createdAt))
        }.sorted { ($0.day, $0.review.createdAt, $0.review.id) > ($1.day, $1.review.createdAt, $1.review.id) }
        self.rows = rows
        var folder = FoldCache()
        repKeys = rows.map { folder.fold($0.review.rep) }
        // One chunk per core, each with its own memo of folded non-ASCII runs.
        corpus = SearchCorpus(folded: ParallelMap.mapChunks(rows) { chunk in
            var memo = FoldedText.RunMemo()
            return chunk.map { row in
                FoldedText.bytes(ReviewSearchText.fields(of: row.review, deal: row.deal).map(\.text).joined(separator: "\u{1F}"),
                                 memo: &memo)
            }
        })
        var rowByID: [String: Int] = [:]
        rowByID.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() { rowByID[row.review.id] = index }
        self.rowByID = rowByID
    }

    /// The row of a review, by id.
    public func rowIndex(id: String) -> Int? { rowByID[id] }

    /// Indices of the rows the filter keeps, newest first. Pass `candidates` (row indices, newest
    /// first) when they are known to hold every match, as the rows matched by a filter that
    /// `filter` narrows: only those are tested.
    public func matching(_ filter: ReviewFilter, today: Day, among candidates: [Int]? = nil) -> [Int] {
        let firstDay = filter.period.firstDay(today: today)
        let rep = filter.rep.map(SearchFolding.fold)
        let kept = (candidates ?? Array(rows.indices)).filter { index in
            // Read fields in place: copying a row would retain every string and array in it.
            if let firstDay, rows[index].day < firstDay { return false }
            if filter.period != .all, rows[index].day > today { return false }
            if let outcome = filter.outcome, rows[index].deal?.outcome != outcome { return false }
            if let status = filter.status, rows[index].review.status != status { return false }
            if let rep, repKeys[index] != rep { return false }
            if let theme = filter.theme,
               !rows[index].review.answers.contains(where: { $0.theme == theme && !($0.notes.isEmpty && $0.prepAnswer.isEmpty) }) {
                return false
            }
            if let cause = filter.cause, !rows[index].review.factors.contains(where: { $0.cause == cause }) { return false }
            return true
        }
        return corpus.documents(containing: filter.searchTerms, among: kept)
    }

    /// Distinct reps, by name, for the rep filter.
    public var reps: [String] {
        var byKey: [String: String] = [:]
        for (index, row) in rows.enumerated() {
            let key = repKeys[index]
            if byKey[key].map({ row.review.rep < $0 }) ?? true { byKey[key] = row.review.rep }
        }
        return byKey.values.sorted()
    }
}
