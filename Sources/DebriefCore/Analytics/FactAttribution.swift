/// Fact vs fiction for wins: of the success factors tagged in win reviews, how many were the rep's
/// own actions rather than product, price, timing, relationship, competitor or luck, and how many
/// the buyer or the CRM confirms rather than the rep believes.
public struct FactAttribution: Sendable, Hashable, Codable {
    public struct CauseShare: Sendable, Hashable, Codable {
        public var cause: FactorCause
        public var factors: Int
        public var share: Double?
    }

    public struct EvidenceShare: Sendable, Hashable, Codable {
        public var evidence: FactorEvidence
        public var factors: Int
        public var share: Double?
    }

    /// "Team", or the rep's name.
    public var label: String
    /// Win reviews with at least one success factor: what the shares rest on.
    public var reviews: Int
    public var factors: Int
    /// Every cause, in `FactorCause` order, zeros included, so columns line up.
    public var causes: [CauseShare]
    /// Every kind of evidence, in `FactorEvidence` order.
    public var evidence: [EvidenceShare]
    /// Rep-action factors over all factors.
    public var repActionShare: Double?
    /// Factors the buyer said or the CRM shows, over all factors.
    public var confirmedShare: Double?
    /// Of the rep-action factors, the share confirmed: the rep's own story, checked.
    public var repActionConfirmedShare: Double?
    public var isTooThin: Bool

    /// Counts the win reviews among `reviewed[indices]` (all of them when nil). Items are read in
    /// place by index: copying a review and its deal retains every string and array in them.
    init(label: String, reviewed: [ReviewedDeal], indices: [Int]? = nil) {
        self.label = label
        var causeCounts: [FactorCause: Int] = [:]
        var evidenceCounts: [FactorEvidence: Int] = [:]
        var reviewCount = 0, total = 0, repActions = 0, repActionsConfirmed = 0
        for index in indices ?? Array(reviewed.indices) where reviewed[index].deal.outcome == .won {
            guard reviewed[index].review.factors.contains(where: { $0.effect == .success }) else { continue }
            reviewCount += 1
            for factor in reviewed[index].review.factors where factor.effect == .success {
                total += 1
                causeCounts[factor.cause, default: 0] += 1
                evidenceCounts[factor.evidence, default: 0] += 1
                if factor.cause == .repAction {
                    repActions += 1
                    if factor.evidence != .repBelief { repActionsConfirmed += 1 }
                }
            }
        }
        reviews = reviewCount
        factors = total
        causes = FactorCause.allCases.map { CauseShare(cause: $0, factors: causeCounts[$0] ?? 0, share: SampleSize.share(causeCounts[$0] ?? 0, of: total)) }
        evidence = FactorEvidence.allCases.map { EvidenceShare(evidence: $0, factors: evidenceCounts[$0] ?? 0, share: SampleSize.share(evidenceCounts[$0] ?? 0, of: total)) }
        repActionShare = SampleSize.share(repActions, of: total)
        let confirmed = (evidenceCounts[.buyerSaid] ?? 0) + (evidenceCounts[.crmRecord] ?? 0)
        confirmedShare = SampleSize.share(confirmed, of: total)
        repActionConfirmedShare = SampleSize.share(repActionsConfirmed, of: repActions)
        isTooThin = SampleSize.isTooThin(reviewCount)
    }
}

/// Fact vs fiction for the whole team and for each rep.
public struct FactVsFiction: Sendable, Hashable, Codable {
    public var team: FactAttribution
    /// Reps with at least one win review with factors, most reviews first, then by name.
    public var byRep: [FactAttribution]

    public init(_ reviewed: [ReviewedDeal]) {
        team = FactAttribution(label: "Team", reviewed: reviewed)
        // Each rep's items by index, not by copy.
        var byRepKey: [String: [Int]] = [:]
        var names: [String: String] = [:]
        var folder = FoldCache()
        for index in reviewed.indices {
            let rep = reviewed[index].review.rep
            let key = folder.fold(rep)
            byRepKey[key, default: []].append(index)
            if let current = names[key] { if rep < current { names[key] = rep } } else { names[key] = rep }
        }
        byRep = byRepKey
            .map { FactAttribution(label: names[$0.key] ?? $0.key, reviewed: reviewed, indices: $0.value) }
            .filter { $0.reviews > 0 }
            .sorted { $0.reviews != $1.reviews ? $0.reviews > $1.reviews : $0.label < $1.label }
    }
}
