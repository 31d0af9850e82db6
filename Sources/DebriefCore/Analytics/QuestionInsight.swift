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
    public static func ranking(_ reviewed: ReviewedDeals) -> [QuestionInsight] {
        struct Tally {
            var theme: QuestionTheme
            var wording: String
            var askedAt: Double
            var asked = 0
            var flagged = 0

            mutating func count(wording: String, theme: QuestionTheme, insight: Bool, askedAt when: Double) {
                if when > askedAt {
                    self.wording = wording
                    self.theme = theme
                    askedAt = when
                }
                asked += 1
                if insight { flagged += 1 }
            }
        }
        var tallies: [Tally] = []
        var ids: [String] = []
        var tallyOfID: [String: Int] = [:]
        // The tally of the question last seen at each position: reviews from one question set ask
        // the same questions in the same order, so most answers find theirs without hashing.
        var lastAtPosition: [(id: String, tally: Int)] = []
        for pair in reviewed.pairs {
            let when = reviewed.reviews[pair.review].createdAt.timeIntervalSince1970
            let answers = reviewed.reviews[pair.review].answers
            // Fields read in place: copying an answer would retain all its texts.
            for index in answers.indices where answers[index].insight || hasVisibleText(answers[index].notes) {
                let id = answers[index].questionId
                let tally: Int
                if index < lastAtPosition.count, lastAtPosition[index].id == id {
                    tally = lastAtPosition[index].tally
                } else {
                    if let known = tallyOfID[id] { tally = known } else {
                        tally = tallies.count
                        tallyOfID[id] = tally
                        ids.append(id)
                        tallies.append(Tally(theme: answers[index].theme, wording: answers[index].wording, askedAt: when))
                    }
                    while lastAtPosition.count <= index { lastAtPosition.append(("", -1)) }
                    lastAtPosition[index] = (id, tally)
                }
                tallies[tally].count(wording: answers[index].wording, theme: answers[index].theme, insight: answers[index].insight, askedAt: when)
            }
        }
        return zip(ids, tallies)
            .filter { $0.1.flagged > 0 }
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

    /// Whether notes hold anything but whitespace: the test of `Answer.progress == .answered`,
    /// without Foundation's trimming. ASCII is judged byte by byte; other text by its scalars.
    static func hasVisibleText(_ text: String) -> Bool {
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { return true }
        }
        return false
    }
}
