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
    public static func all(_ reviewed: ReviewedDeals) -> [SignalLift] {
        struct Tally {
            var key: String
            var sign: QualificationSignal.Sign
            var present = OutcomeCounts()
            var absent = OutcomeCounts()
            var wordings: [String: Int] = [:]
        }
        var tallies: [Tally] = []
        var tallyOfKey: [String: Int] = [:]
        // Each distinct wording is normalised and filed once; after that a signal costs one hash of its text.
        struct Wording {
            var text: String
            /// Its tally, nil when the text normalises to nothing.
            var tally: Int?
            var count = 0
        }
        var wordingOfText: [String: Int] = [:]
        var wordings: [Wording] = []
        var seen: [Int] = []
        for pair in reviewed.pairs {
            seen.removeAll(keepingCapacity: true)
            let outcome = reviewed.deals[pair.deal].outcome
            for signal in reviewed.reviews[pair.review].signals.indices {
                let text = reviewed.reviews[pair.review].signals[signal].text
                let wording: Int
                if let known = wordingOfText[text] { wording = known } else {
                    let key = PhraseKey.normalize(text)
                    var tally: Int?
                    if !key.isEmpty {
                        // First seen here, so this signal creates the tally with its sign (or finds it).
                        tally = tallyOfKey[key] ?? {
                            tallies.append(Tally(key: key, sign: reviewed.reviews[pair.review].signals[signal].sign))
                            tallyOfKey[key] = tallies.count - 1
                            return tallies.count - 1
                        }()
                    }
                    wording = wordings.count
                    wordingOfText[text] = wording
                    wordings.append(Wording(text: text, tally: tally))
                }
                // One answer per deal and signal: a review that lists a signal twice counts once.
                guard let tally = wordings[wording].tally, !seen.contains(tally) else { continue }
                seen.append(tally)
                wordings[wording].count += 1
                if reviewed.reviews[pair.review].signals[signal].present {
                    tallies[tally].present.add(outcome)
                } else {
                    tallies[tally].absent.add(outcome)
                }
            }
        }
        for wording in wordings where wording.count > 0 {
            if let tally = wording.tally { tallies[tally].wordings[wording.text] = wording.count }
        }
        return tallies.map { tally in
            let key = tally.key
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
