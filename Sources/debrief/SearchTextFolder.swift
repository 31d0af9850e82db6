import DebriefCore
import DebriefUI
import Foundation

/// Folds the board's search text on a thread of its own when the app asks (`.foldSearchText`), so
/// typing a search never waits for it; the result waits in an inbox the terminal loop empties.
final class SearchTextFolder: @unchecked Sendable {
    private let lock = NSLock()
    private var inbox: [Msg] = []

    func start(_ deals: [Deal]) {
        let thread = Thread { [weak self] in
            let text = DealSearchText(deals: deals)
            self?.deliver(.searchTextFolded(text))
        }
        thread.name = "debrief-search-fold"
        thread.start()
    }

    /// Messages that arrived since the last call.
    func take() -> [Msg] {
        lock.withLock {
            defer { inbox.removeAll() }
            return inbox
        }
    }

    private func deliver(_ msg: Msg) {
        lock.withLock { inbox.append(msg) }
    }
}
