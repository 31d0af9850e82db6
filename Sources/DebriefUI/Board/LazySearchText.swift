import DebriefCore
import Synchronization

/// The folded search text of each deal, built on the first search rather than at load: most
/// sessions open the board without searching, and folding every deal is a sizeable share of
/// start-up with many deals. Copies of a `BoardIndex` share one instance, so it is built once per load.
final class LazySearchText: Sendable {
    private let deals: [Deal]
    private let built = Mutex<[String]?>(nil)

    init(deals: [Deal]) {
        self.deals = deals
    }

    /// The texts, in deal order, the same as `DealFilter.searchTexts(of:)`.
    var texts: [String] {
        built.withLock { built in
            if let built { return built }
            let texts = DealFilter.searchTexts(of: deals)
            built = texts
            return texts
        }
    }

    /// Whether the texts were built yet (for tests of the laziness).
    var isBuilt: Bool { built.withLock { $0 != nil } }
}
