import DebriefCore

extension AppState {
    /// Puts a record as saved (or as edited, before its save returns) into the loaded data and the views.
    /// While a session or prep covers the screen, its autosaves only update the data: rebuilding the
    /// board and the archive (search index, analytics) on every pause in typing is work nobody sees.
    /// Leaving the session applies its review again, which refreshes them.
    mutating func apply(_ record: SaveRequest) {
        switch record {
        case .deal(let deal, _):
            if let index = data.deals.firstIndex(where: { $0.id == deal.id }) { data.deals[index] = deal } else { data.deals.append(deal) }
        case .review(let review):
            if let index = data.reviews.firstIndex(where: { $0.id == review.id }) {
                if data.reviews[index].signals != review.signals { signalCatalog = nil }
                data.reviews[index] = review
            } else {
                if !review.signals.isEmpty { signalCatalog = nil }
                data.reviews.append(review)
            }
        }
        if session != nil || prep != nil { return }
        board.load(deals: data.deals, reviewHeadlines: data.loadedReviews.headlines)
        if case .review = record { archiveDataChanged() }
    }
}
