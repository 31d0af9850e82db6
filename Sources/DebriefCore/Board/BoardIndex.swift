import Dispatch

/// What the board needs to filter, sort and summarise many deals on every key press, computed once
/// per load (the folded search text off the UI thread, see `DealSearchText`): folded names as small integers, both
/// sort orders, the header's per-deal figures, and the review status of each deal. A filter change
/// is then a walk over flat arrays; it never touches, copies or re-folds a `Deal`.
public struct BoardIndex: Sendable, Equatable {
    public let deals: [Deal]
    /// The folded search text of every deal, once the app has built it off the UI thread
    /// (`install`); until then a search folds just the deals it looks at.
    public private(set) var searchText: DealSearchText?
    /// The most advanced review of each deal, by deal id.
    public let reviewStatus: [String: ReviewStatus]
    /// The open review of each deal (if any), to resume rather than start anew.
    public let openReviewID: [String: String]
    public let reps: [String]
    public let segments: [String]
    public let competitors: [String]
    /// Counts, values, cycles and review coverage per deal, for the header.
    let figures: PipelineFigures
    /// Deal indices newest close first (ties by id), and largest amount first (ties as by date).
    let byDate: [Int]
    let byAmount: [Int]
    let closeSerial: [Int]
    /// Folded rep, segment and competitor names as numbers: `foldedKey` maps a folded name to its number.
    let foldedKey: [String: Int32]
    let repKey: [Int32]
    let segmentKey: [Int32]
    /// The competitors of deal `i` are `competitorKeys[competitorStart[i]..<competitorStart[i + 1]]`.
    let competitorStart: [Int32]
    let competitorKeys: [Int32]

    public init(deals: [Deal], reviews: [Review]) {
        self.init(deals: deals, reviewHeadlines: reviews.map(ReviewHeadline.init))
    }

    /// Built from each review's deal and status only: the full reviews need not be decoded.
    public init(deals: [Deal], reviewHeadlines reviews: [ReviewHeadline]) {
        self.deals = deals

        var status: [String: ReviewStatus] = [:]
        var open: [String: String] = [:]
        status.reserveCapacity(reviews.count)
        for review in reviews {
            if let existing = status[review.dealId], existing >= review.status {} else { status[review.dealId] = review.status }
            if review.status.isOpen { open[review.dealId] = review.id }
        }
        reviewStatus = status
        openReviewID = open
        // The header's figures do not depend on the keys and orders below: at 100,000 deals building
        // them on the other core takes a visible share off the first frame.
        let completedIDs = Set(status.filter { $0.value == .completed }.keys)
        let figuresBuilt = DispatchGroup(), figuresBox = FiguresBox()
        DispatchQueue.global(qos: .userInitiated).async(group: figuresBuilt) {
            figuresBox.figures = PipelineFigures(deals: deals, completedReviewDealIDs: completedIDs)
        }

        var closeSerial: [Int] = []
        var keys = FoldedKeys()
        var repKey: [Int32] = [], segmentKey: [Int32] = []
        var start: [Int32] = [0]
        var competitorKeys: [Int32] = []
        closeSerial.reserveCapacity(deals.count)
        repKey.reserveCapacity(deals.count)
        segmentKey.reserveCapacity(deals.count)
        start.reserveCapacity(deals.count + 1)
        deals.withUnsafeBufferPointer { deals in
            for index in deals.indices {
                closeSerial.append(deals[index].closeDate.serial)
                repKey.append(keys.key(deals[index].owner, kind: .rep))
                segmentKey.append(keys.key(deals[index].segment ?? "", kind: .segment))
                for competitor in deals[index].competitors { competitorKeys.append(keys.key(competitor, kind: .competitor)) }
                start.append(Int32(competitorKeys.count))
            }
        }
        self.closeSerial = closeSerial
        self.repKey = repKey
        self.segmentKey = segmentKey
        competitorStart = start
        self.competitorKeys = competitorKeys
        foldedKey = keys.byFolded

        byDate = Self.dateOrder(deals, closeSerial: closeSerial)
        figuresBuilt.wait()
        let figures = figuresBox.figures
        self.figures = figures
        var dateRank = [Int](repeating: 0, count: deals.count)
        for (position, index) in byDate.enumerated() { dateRank[index] = position }
        byAmount = Self.amountOrder(deals, hundredths: figures.hundredths, dateRank: dateRank, byDate: byDate)

        reps = Self.distinctSorted(keys.spellings(.rep))
        segments = Self.distinctSorted(keys.spellings(.segment))
        competitors = Self.distinctSorted(keys.spellings(.competitor))
    }

    public static let empty = BoardIndex(deals: [], reviews: [])

    /// Indices of the deals the filter keeps, split into the two columns, in `sort` order. With
    /// `within`, only those deals are considered: the columns of a broader filter with the same sort
    /// (see `DealFilter.narrows`), so typing a longer search only re-checks what still showed.
    public func columns(filter: DealFilter, sort: BoardSort, today: Day, within: (won: [Int], lost: [Int])? = nil) -> (won: [Int], lost: [Int]) {
        let compiled = CompiledFilter(filter, today: today, keys: foldedKey)
        let order = within.map { $0.won + $0.lost } ?? (sort == .closeDate ? byDate : byAmount)
        var won: [Int] = []
        var lost: [Int] = []
        func add(_ index: Int) {
            if figures.outcomes[index] == .won { won.append(index) } else { lost.append(index) }
        }
        if compiled.terms.isEmpty {
            for index in order where keeps(index, compiled) { add(index) }
        } else {
            for index in matching(compiled.terms, among: order.filter { keeps($0, compiled) }) { add(index) }
        }
        return (won, lost)
    }

    /// The deals among `candidates` (in their order) whose search text holds every term.
    private func matching(_ terms: [String], among candidates: [Int]) -> [Int] {
        if let searchText { return searchText.documents(containing: terms, among: candidates) }
        // Not built yet: fold only the deals the other filters kept, as the built text would hold them.
        let folded = DealSearchText(deals: deals, indices: candidates)
        return folded.documents(containing: terms, among: Array(candidates.indices)).map { candidates[$0] }
    }

    /// Takes the search text folded off the UI thread, if it was folded from these deals (a reload
    /// may have come in meanwhile); answers whether it was taken.
    @discardableResult
    public mutating func install(_ text: DealSearchText) -> Bool {
        guard searchText == nil, text.count == deals.count, text.deals == deals else { return false }
        searchText = text
        return true
    }

    /// The filter with its names turned into keys and its search into folded terms. A name no deal
    /// has gets a key no deal has, so it keeps nothing, as the text comparison would.
    private struct CompiledFilter {
        var firstDay = Int.min
        var lastDay = Int.max
        var rep: Int32?
        var segment: Int32?
        var competitor: Int32?
        var terms: [String]

        init(_ filter: DealFilter, today: Day, keys: [String: Int32]) {
            if let first = filter.period.firstDay(today: today) { firstDay = first.serial }
            if filter.period != .all { lastDay = today.serial }
            rep = filter.rep.map { keys[SearchFolding.fold($0)] ?? -1 }
            segment = filter.segment.map { keys[SearchFolding.fold($0)] ?? -1 }
            competitor = filter.competitor.map { keys[SearchFolding.fold($0)] ?? -1 }
            terms = SearchFolding.terms(filter.search)
        }
    }

    /// The same test as `DealFilter.Matcher.matches` without the search, on the precomputed keys.
    private func keeps(_ index: Int, _ filter: CompiledFilter) -> Bool {
        let day = closeSerial[index]
        if day < filter.firstDay || day > filter.lastDay { return false }
        if let rep = filter.rep, repKey[index] != rep { return false }
        if let segment = filter.segment, segmentKey[index] != segment { return false }
        if let competitor = filter.competitor,
           !competitorKeys[Int(competitorStart[index])..<Int(competitorStart[index + 1])].contains(competitor) { return false }
        return true
    }

    /// The header's numbers for the deals at these indices.
    public func summary(won: [Int], lost: [Int]) -> PipelineSummary {
        figures.summary(of: won, lost)
    }

    public func outcome(of index: Int) -> Outcome { figures.outcomes[index] }

    /// The deal's amount in hundredths, when exactly that (worked out once per load).
    public func hundredths(of index: Int) -> Int64? { figures.hundredths[index] }

    public static func == (a: BoardIndex, b: BoardIndex) -> Bool {
        a.deals == b.deals && a.reviewStatus == b.reviewStatus
    }

    /// Newest close first, then by id. One packed integer per deal (days back from the newest close,
    /// then position in id order) sorts far faster than comparing dates and ids.
    private static func dateOrder(_ deals: [Deal], closeSerial: [Int]) -> [Int] {
        guard let newest = closeSerial.max() else { return [] }
        return deals.withUnsafeBufferPointer { deals in
            // Stores list files in name order, so ids usually arrive sorted: check before sorting them.
            var idOrder = Array(deals.indices)
            if !deals.indices.dropFirst().allSatisfy({ deals[$0 - 1].id < deals[$0].id }) {
                idOrder.sort { deals[$0].id < deals[$1].id }
            }
            let count = UInt64(deals.count)
            var keys = [UInt64](repeating: 0, count: deals.count)
            for (position, index) in idOrder.enumerated() {
                keys[index] = UInt64(newest - closeSerial[index]) &* count &+ UInt64(position)
            }
            keys.sort()
            return keys.map { idOrder[Int($0 % count)] }
        }
    }

    /// Largest amount first (compared as numbers, whatever the currency, as before), ties in date order,
    /// unknown amounts last.
    private static func amountOrder(_ deals: [Deal], hundredths: [Int64?], dateRank: [Int], byDate: [Int]) -> [Int] {
        // Usually every amount is a whole number of hundredths: then one number per deal, largest
        // amount first and date rank within, sorts as plain integers (as `dateOrder` does).
        let exact = hundredths.compactMap { $0 }
        let count = UInt64(deals.count)
        if exact.count == deals.count, let largest = exact.max(), let smallest = exact.min(),
           case let span = UInt64(largest - smallest) + 1, !span.multipliedReportingOverflow(by: count).overflow {
            var keys = [UInt64](repeating: 0, count: deals.count)
            for index in deals.indices {
                keys[index] = UInt64(largest - exact[index]) &* count &+ UInt64(dateRank[index])
            }
            keys.sort()
            return keys.map { byDate[Int($0 % count)] }
        }
        return deals.indices.sorted { a, b in
            if let x = hundredths[a], let y = hundredths[b] {
                return x != y ? x > y : dateRank[a] < dateRank[b]
            }
            // An unknown amount sorts after every known one.
            switch (deals[a].amount?.amount, deals[b].amount?.amount) {
            case let (x?, y?): return x != y ? x > y : dateRank[a] < dateRank[b]
            case (nil, nil): return dateRank[a] < dateRank[b]
            case (.some, nil): return true
            case (nil, .some): return false
            }
        }
    }

    private static func distinctSorted(_ values: some Collection<String>) -> [String] {
        values.filter { !$0.isEmpty }.sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }
    }
}

/// Carries the figures from the thread that builds them: written before the group leaves, read
/// after waiting on it, so the two never overlap.
private final class FiguresBox: @unchecked Sendable {
    var figures = PipelineFigures.empty
}

/// Numbers for folded names: names that fold alike ("Tomás", "tomas") share one. Each distinct
/// spelling is folded once, and the distinct spellings of each kind of name are the filter lists.
private struct FoldedKeys {
    enum Kind: Int { case rep, segment, competitor }

    var byFolded: [String: Int32] = [:]
    private var bySpelling: [[String: Int32]] = [[:], [:], [:]]

    mutating func key(_ name: String, kind: Kind) -> Int32 {
        if let key = bySpelling[kind.rawValue][name] { return key }
        let folded = SearchFolding.fold(name)
        let key = byFolded[folded] ?? Int32(byFolded.count)
        byFolded[folded] = key
        bySpelling[kind.rawValue][name] = key
        return key
    }

    /// Every spelling of this kind of name seen, in no particular order.
    func spellings(_ kind: Kind) -> Dictionary<String, Int32>.Keys { bySpelling[kind.rawValue].keys }
}
