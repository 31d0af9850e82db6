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

    /// Counts the win reviews among `reviewed` pairs `indices` (all of them when nil).
    init(label: String, reviewed: ReviewedDeals, indices: [Int]? = nil) {
        self.label = label
        // Counts by position in `allCases`: no hashing per factor.
        let causeOrder = FactorCause.allCases, evidenceOrder = FactorEvidence.allCases
        var causeCounts = [Int](repeating: 0, count: causeOrder.count)
        var evidenceCounts = [Int](repeating: 0, count: evidenceOrder.count)
        var reviewCount = 0, total = 0, repActions = 0, repActionsConfirmed = 0
        for index in indices ?? Array(0..<reviewed.count) where reviewed.outcome(index) == .won {
            let factors = reviewed.reviews[reviewed.pairs[index].review].factors
            guard factors.contains(where: { $0.effect == .success }) else { continue }
            reviewCount += 1
            for factor in factors.indices where factors[factor].effect == .success {
                let cause = factors[factor].cause
                let evidence = factors[factor].evidence
                total += 1
                causeCounts[causeOrder.firstIndex(of: cause) ?? 0] += 1
                evidenceCounts[evidenceOrder.firstIndex(of: evidence) ?? 0] += 1
                if cause == .repAction {
                    repActions += 1
                    if evidence != .repBelief { repActionsConfirmed += 1 }
                }
            }
        }
        reviews = reviewCount
        factors = total
        causes = causeOrder.indices.map { CauseShare(cause: causeOrder[$0], factors: causeCounts[$0], share: SampleSize.share(causeCounts[$0], of: total)) }
        evidence = evidenceOrder.indices.map {
            EvidenceShare(evidence: evidenceOrder[$0], factors: evidenceCounts[$0], share: SampleSize.share(evidenceCounts[$0], of: total))
        }
        repActionShare = SampleSize.share(repActions, of: total)
        func counted(_ kind: FactorEvidence) -> Int { evidenceOrder.firstIndex(of: kind).map { evidenceCounts[$0] } ?? 0 }
        let confirmed = counted(.buyerSaid) + counted(.crmRecord)
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

    public init(_ reviewed: ReviewedDeals) {
        team = FactAttribution(label: "Team", reviewed: reviewed)
        // Each rep's pairs by index, reps grouped by folded name.
        var groups = SpellingGroups()
        var members: [[Int]] = []
        for index in reviewed.pairs.indices {
            let group = groups.group(of: reviewed.reviews[reviewed.pairs[index].review].rep)
            if group == members.count { members.append([]) }
            members[group].append(index)
        }
        byRep = zip(groups.labels, members)
            .map { FactAttribution(label: $0, reviewed: reviewed, indices: $1) }
            .filter { $0.reviews > 0 }
            .sorted { $0.reviews != $1.reviews ? $0.reviews > $1.reviews : $0.label < $1.label }
    }
}
