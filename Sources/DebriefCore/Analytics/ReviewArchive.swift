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
        var byID: [String: Int] = [:]
        byID.reserveCapacity(deals.count)
        for index in deals.indices { byID[deals[index].id] = index }
        // Sort indices on prepared keys, then copy each review once: sorting rows would move whole
        // reviews and deals around, and compare their ids more often than needed.
        let days = reviews.indices.map { Day(reviews[$0].heldAt) }
        let created = reviews.indices.map { reviews[$0].createdAt }
        let order = reviews.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] > days[b] }
            if created[a] != created[b] { return created[a] > created[b] }
            return reviews[a].id > reviews[b].id
        }
        let rows = order.map { index in
            Row(review: reviews[index], deal: byID[reviews[index].dealId].map { deals[$0] }, day: days[index])
        }
        self.rows = rows
        var folder = FoldCache()
        repKeys = rows.indices.map { folder.fold(rows[$0].review.rep) }
        // One chunk per core, each folding its reviews' fields into one buffer with its own memo.
        corpus = SearchCorpus(chunks: ParallelMap.mapChunks(Array(rows.indices)) { chunk in
            var builder = SearchCorpus.Chunk()
            for index in chunk {
                var first = true
                ReviewSearchText.forEachField(of: rows[index].review, deal: rows[index].deal) { _, text in
                    if !first { builder.appendSeparator() }
                    first = false
                    builder.append(text)
                }
                builder.endDocument()
            }
            return [builder]
        })
        var rowByID: [String: Int] = [:]
        rowByID.reserveCapacity(rows.count)
        for index in rows.indices { rowByID[rows[index].review.id] = index }
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
