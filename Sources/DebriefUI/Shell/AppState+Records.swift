import DebriefCore

extension AppState {
    /// Puts a record as saved (or as edited, before its save returns) into the loaded data and the views.
    /// While a session or prep covers the screen, its autosaves only update the data and mark the
    /// archive's views as lagging: rebuilding the board and the archive (search index, analytics) on
    /// every pause in typing is work nobody sees. Leaving the session applies its review again,
    /// which refreshes them.
    mutating func apply(_ record: SaveRequest) {
        switch record {
        case .deal(let deal, _):
            if let index = data.deals.firstIndex(where: { $0.id == deal.id }) { data.deals[index] = deal } else { data.deals.append(deal) }
            archiveDataChanged()
        case .review(let review):
            let at: Int
            if let index = data.reviews.firstIndex(where: { $0.id == review.id }) {
                if data.reviews[index].signals != review.signals { signalCatalog = nil }
                data.reviews[index] = review
                at = index
            } else {
                if !review.signals.isEmpty { signalCatalog = nil }
                data.reviews.append(review)
                at = data.reviews.count - 1
            }
            // Marks the archive's views as lagging; the one shown is rebuilt (not under a session or prep).
            archiveDataChanged(reviewsChangedAt: [at])
        }
        if session != nil || prep != nil { return }
        board.load(deals: data.deals, reviewHeadlines: data.loadedReviews.headlines)
    }

    /// The reviews `new` changed from `old` (positions in `new`), when only reviews changed and in
    /// place or at the end; nil when the deals changed or a review went or moved. Only asked while
    /// the queue is built: `old.reviews` is decoded then.
    static func reviewsChanged(from old: AppData, to new: AppData) -> [Int]? {
        guard old.deals == new.deals, old.reviews.count <= new.reviews.count else { return nil }
        let before = old.reviews, after = new.reviews
        var changed: [Int] = []
        for index in after.indices {
            guard index < before.count else { changed.append(index); continue }
            guard before[index].id == after[index].id else { return nil }
            if before[index] != after[index] { changed.append(index) }
        }
        return changed
    }
}
