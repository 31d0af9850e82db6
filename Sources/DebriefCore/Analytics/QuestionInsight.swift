/// Questioning skills: how often a question, when answered in a review, was flagged as the one
/// that surfaced an insight.
public struct QuestionInsight: Sendable, Hashable, Codable {
    public var questionId: String
    /// The wording as last asked (from the most recently created review that asked it).
    public var wording: String
    public var theme: QuestionTheme
    /// Completed reviews in which the question was answered: what the rate rests on.
    public var asked: Int
    public var flagged: Int
    public var rate: Double?
    public var isTooThin: Bool

    /// Questions flagged at least once, most flags first, then by rate, then by id.
    public static func ranking(_ reviewed: [ReviewedDeal]) -> [QuestionInsight] {
        struct Tally {
            var theme: QuestionTheme
            var wording: String
            var askedAt: Double
            var asked = 0
            var flagged = 0

            mutating func count(_ answer: Answer, askedAt when: Double) {
                if when > askedAt {
                    wording = answer.wording
                    theme = answer.theme
                    askedAt = when
                }
                asked += 1
                if answer.insight { flagged += 1 }
            }
        }
        var tallies: [String: Tally] = [:]
        for item in reviewed {
            let when = item.review.createdAt.timeIntervalSince1970
            // Same test as `Answer.progress == .answered`, without Foundation's costly trimming.
            for answer in item.review.answers where answer.insight || answer.notes.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                // Mutated in place, one lookup per answer.
                tallies[answer.questionId, default: Tally(theme: answer.theme, wording: answer.wording, askedAt: when)]
                    .count(answer, askedAt: when)
            }
        }
        return tallies
            .filter { $0.value.flagged > 0 }
            .map { id, tally in
                QuestionInsight(questionId: id, wording: tally.wording, theme: tally.theme, asked: tally.asked,
                                flagged: tally.flagged, rate: SampleSize.share(tally.flagged, of: tally.asked),
                                isTooThin: SampleSize.isTooThin(tally.asked))
            }
            .sorted { a, b in
                if a.flagged != b.flagged { return a.flagged > b.flagged }
                if let ra = a.rate, let rb = b.rate, ra != rb { return ra > rb }
                return a.questionId < b.questionId
            }
    }
}
