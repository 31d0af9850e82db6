/// Good vs bad business: for one qualification signal, the win rate of deals where a review found
/// it present against deals where a review found it absent.
///
/// Only deliberate answers count: a review that never assessed the signal is neither, because
/// "we did not ask" is not "it was not there".
public struct SignalLift: Sendable, Hashable, Codable {
    /// The normalised text the signal is grouped by.
    public var key: String
    /// The signal as most reviews worded it (ties: the wording that sorts first).
    public var text: String
    public var sign: QualificationSignal.Sign
    public var present: WinRate
    public var absent: WinRate
    /// Present rate minus absent rate, in points of 0...1; nil when either side has no deals.
    public var lift: Double?
    /// Either side rests on fewer than `SampleSize.minimum` deals.
    public var isTooThin: Bool

    /// Every signal found in the reviews, good signs first, then by how many deals assessed it.
    public static func all(_ reviewed: [ReviewedDeal]) -> [SignalLift] {
        struct Tally {
            var sign: QualificationSignal.Sign
            var present = OutcomeCounts()
            var absent = OutcomeCounts()
            var wordings: [String: Int] = [:]
        }
        var tallies: [String: Tally] = [:]
        var keyCache: [String: String] = [:]
        for item in reviewed {
            var seen = Set<String>()
            for signal in item.review.signals {
                let key: String
                if let cached = keyCache[signal.text] { key = cached } else {
                    key = PhraseKey.normalize(signal.text)
                    keyCache[signal.text] = key
                }
                // One answer per deal and signal: a review that lists a signal twice counts once.
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                // Mutated in place: a copied tally would copy its wordings on every change.
                let outcome = item.deal.outcome
                if signal.present {
                    tallies[key, default: Tally(sign: signal.sign)].present.add(outcome)
                } else {
                    tallies[key, default: Tally(sign: signal.sign)].absent.add(outcome)
                }
                tallies[key]?.wordings[signal.text, default: 0] += 1
            }
        }
        return tallies.map { key, tally in
            let text = tally.wordings.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? key
            let present = WinRate(label: "present", counts: tally.present)
            let absent = WinRate(label: "absent", counts: tally.absent)
            var lift: Double?
            if let p = present.rate, let a = absent.rate { lift = p - a }
            return SignalLift(key: key, text: text, sign: tally.sign, present: present, absent: absent, lift: lift,
                              isTooThin: present.isTooThin || absent.isTooThin)
        }
        .sorted { a, b in
            if a.sign != b.sign { return a.sign == .good }
            let na = a.present.deals + a.absent.deals, nb = b.present.deals + b.absent.deals
            return na != nb ? na > nb : a.key < b.key
        }
    }
}
