import Foundation

/// What the coach's desk knows from the deals alone, as numbers for ranking: each deal's rep key,
/// competitors, segment, size band, currency, amount and close day, and the team's signals. Made
/// once per set of deals and shared by reference, never changed.
final class DeskDealFacts: Sendable {
    let dealIndexByID: [String: Int]
    /// Per deal: its owner's rep key, its competitors' numbers (a range of `competitorNumbers`, so
    /// no deal needs an array of its own), its segment's and size band's numbers (-1: none), its
    /// close day as a serial and its amount as a Double (NaN when unknown), for ranking.
    let dealRep: [String]
    let competitorNumbers: [Int]
    let dealCompetitorRange: [Range<Int>]
    let dealSegment: [Int]
    let dealBand: [Int]
    let dealCurrency: [Int]
    let dealAmount: [Double]
    let dealCloseSerial: [Int]
    let competitors: SpellingGroups
    let segments: SpellingGroups
    /// The rep names seen in the deals, folded: the reviews' facts start from them.
    let repKeys: SpellingGroups
    let signals: QueueSignals

    init(deals: [Deal]) {
        var repKeys = SpellingGroups.names()
        var competitors = SpellingGroups.names(), segments = SpellingGroups.names(), currencies = SpellingGroups.names()
        var dealIndexByID: [String: Int] = [:]
        dealIndexByID.reserveCapacity(deals.count)
        var dealRep: [String] = [], competitorNumbers: [Int] = [], dealCompetitorRange: [Range<Int>] = []
        var dealSegment: [Int] = [], dealBand: [Int] = [], dealCurrency: [Int] = [], dealAmount: [Double] = [], dealCloseSerial: [Int] = []
        dealRep.reserveCapacity(deals.count)
        for index in deals.indices {
            if dealIndexByID[deals[index].id] == nil { dealIndexByID[deals[index].id] = index }
            dealRep.append(repKeys.key(of: deals[index].owner))  // the number's key: one hash
            let start = competitorNumbers.count
            for name in deals[index].competitors {
                if let number = competitors.namedGroup(of: name), !competitorNumbers[start...].contains(number) { competitorNumbers.append(number) }
            }
            dealCompetitorRange.append(start..<competitorNumbers.count)
            dealSegment.append(deals[index].segment.flatMap { segments.namedGroup(of: $0) } ?? -1)
            let currency = deals[index].amount.flatMap { currencies.namedGroup(of: $0.currency) } ?? -1
            let amount = deals[index].amount.map { NSDecimalNumber(decimal: $0.amount).doubleValue } ?? .nan
            dealCurrency.append(currency)
            dealAmount.append(amount)
            dealBand.append(currency < 0 || !amount.isFinite ? -1 : currency * 4 + DealSizeBand.Size(amount).rawValue)
            dealCloseSerial.append(deals[index].closeDate.serial)
        }
        self.dealIndexByID = dealIndexByID
        self.dealRep = dealRep
        self.competitorNumbers = competitorNumbers
        self.dealCompetitorRange = dealCompetitorRange
        self.dealSegment = dealSegment
        self.dealBand = dealBand
        self.dealCurrency = dealCurrency
        self.dealAmount = dealAmount
        self.dealCloseSerial = dealCloseSerial
        self.competitors = competitors
        self.segments = segments
        self.repKeys = repKeys
        signals = QueueSignals(deals: deals, competitorNumbers: competitorNumbers, dealCompetitorRange: dealCompetitorRange,
                               competitorLabels: competitors.labels, dealSegment: dealSegment, segmentCount: segments.count,
                               dealCurrency: dealCurrency, currencyCount: currencies.count, dealAmount: dealAmount, dealCloseSerial: dealCloseSerial)
    }

    /// The competitor numbers of the deal at `index`.
    func competitorsOf(_ index: Int) -> ArraySlice<Int> { competitorNumbers[dealCompetitorRange[index]] }
}
