import Foundation

/// Which currency the header's value figures add up (there are no exchange rates offline): the one
/// with the most won value in view, so a filter showing one EUR loss and one USD win headlines the
/// USD win, not "EUR 0 won". Won value is compared as written (amounts, not converted); ties go to
/// more wins, then more deals, then the alphabetically first code, so the header is stable.
struct HeadlineCurrency {
    struct Tally {
        var code: String
        var wonValue: Double = 0
        var wins = 0
        var deals = 0

        /// One deal; `amount` only counts for a win, and only to rank, so a Double is enough.
        mutating func add(amount: @autoclosure () -> Double, won: Bool) {
            deals += 1
            if won {
                wins += 1
                wonValue += amount()
            }
        }
    }

    /// The tally that heads the figures, if any currency is in view.
    static func choose(_ tallies: some Sequence<Tally>) -> Tally? {
        tallies.max { a, b in
            if a.wonValue != b.wonValue { return a.wonValue < b.wonValue }
            if a.wins != b.wins { return a.wins < b.wins }
            if a.deals != b.deals { return a.deals < b.deals }
            return a.code > b.code
        }
    }
}
