import Foundation

/// The ranges numbers read from a record file may take. A file is hostile data like any other:
/// a revision of Int.max would trap at the next save's `+ 1` (and at every sync that merges it),
/// so a number out of range is refused at decode, by path, like any broken file.
public enum RecordNumberRange {
    /// Exact in every JSON reader (2^53 - 1, as JavaScript's safe integers), and far below the
    /// point where adding one overflows.
    public static let revision = 0...9_007_199_254_740_991
    /// A week: more is not a meeting, and minute arithmetic on it stays small.
    public static let plannedMinutes = 0...10_080
    /// A year of meeting time: more is a damaged file, and adding a sitting to it cannot overflow.
    public static let spentSeconds = 0...31_536_000
    /// A deal's amount, in any currency: under a quadrillion. More is a damaged file or a mistyped
    /// field, and ten million deals at the top still sum exactly inside Decimal's 38 digits.
    public static let amountLimit = Decimal(string: "1000000000000000")!

    /// What is wrong with `amount` as a deal's amount, or nil when it is in range.
    public static func amountProblem(_ amount: Decimal) -> String? {
        guard !amount.isNaN, amount.magnitude >= amountLimit else { return amount.isNaN ? "is not a number" : nil }
        return "is a quadrillion or more; Debrief takes amounts under \(Money.grouped(amountLimit))"
    }

    /// What is out of range in `record`, or nil.
    static func problem<R: StoredRecord>(in record: R) -> String? {
        if let problem = check("revision", record.revision, revision) { return problem }
        if let deal = record as? Deal, let amount = deal.amount?.amount, let problem = amountProblem(amount) {
            return "field 'amount' \(problem); the file was damaged or edited by hand. Write the deal's real amount"
        }
        if let review = record as? Review, let problem = check("plannedMinutes", review.plannedMinutes, plannedMinutes) { return problem }
        if let review = record as? Review, let spent = review.spentSeconds, let problem = check("spentSeconds", spent, spentSeconds) { return problem }
        return nil
    }

    private static func check(_ field: String, _ value: Int, _ range: ClosedRange<Int>) -> String? {
        guard !range.contains(value) else { return nil }
        return "field '\(field)' is \(value), outside what Debrief accepts (\(range.lowerBound) to \(range.upperBound)); the file was damaged or edited by hand. Set it to a number in that range (for a revision, the last one you know, or 1)"
    }

    /// `seconds` added to `spent`, held in `spentSeconds` (a sum past a year stays at a year).
    public static func adding(_ seconds: Int, toSpent spent: Int) -> Int {
        let (sum, overflow) = spent.addingReportingOverflow(seconds)
        if overflow { return seconds < 0 ? spentSeconds.lowerBound : spentSeconds.upperBound }
        return min(max(sum, spentSeconds.lowerBound), spentSeconds.upperBound)
    }

    /// The revision after `revision`, or nil at the top of the range (nothing from a file gets there).
    static func next(after revision: Int) -> Int? {
        let (next, overflow) = revision.addingReportingOverflow(1)
        return overflow || !self.revision.contains(next) ? nil : next
    }
}
