/// One deal that shows a practice at work: where the practice was captured and how the deal ended.
public struct PracticeEvidence: Sendable, Hashable, Codable {
    public var reviewId: String
    public var dealId: String
    /// The deal's account and name; nil when the deal file is missing.
    public var account: String?
    public var dealName: String?
    public var outcome: Outcome?
    public var closeDate: Day?
    public var rep: String
    /// The practice's title as that review wrote it.
    public var practiceTitle: String

    /// The deal name without the account prefix CRMs often repeat ("Acme – Renewal" → "Renewal").
    public static func withoutAccount(_ name: String, account: String) -> String {
        for separator in [" – ", " - ", " — "] {
            if let range = name.range(of: separator), account.hasPrefix(name[..<range.lowerBound]) {
                return String(name[range.upperBound...])
            }
        }
        return name
    }
}

/// A practice in the team playbook: every review's version of it, grouped.
public struct PlaybookEntry: Sendable, Hashable, Codable, Identifiable {
    /// The normalised name: stable while the entry keeps its name.
    public var id: String
    public var title: String
    /// The most common description reviews gave it.
    public var detail: String
    /// Named by hand (a merge or rename), rather than by the most common wording.
    public var isCurated: Bool
    /// The normalised practice titles filed here.
    public var titleKeys: [String]
    /// Titles as reviews wrote them, most common first.
    public var wordings: [String]
    /// One per deal, newest close first (deals with no known date last).
    public var evidence: [PracticeEvidence]
    /// Deals that evidence it: `evidence.count`.
    public var deals: Int
    /// Of those, the deals won.
    public var wins: Int
    /// Reps who used it, by name.
    public var reps: [String]
}

/// Two entries whose names share most of their words: probably the same practice written twice.
/// Shown to the person curating the playbook, never merged without them.
public struct DuplicateSuggestion: Sendable, Hashable, Codable {
    /// The entry with fewer deals: the one to merge away.
    public var entryId: String
    /// The entry to merge it into.
    public var intoEntryId: String
    /// Jaccard index of the two names' words, 0...1.
    public var similarity: Double

    public init(entryId: String, intoEntryId: String, similarity: Double) {
        self.entryId = entryId
        self.intoEntryId = intoEntryId
        self.similarity = similarity
    }

    /// Names whose words overlap at least this much are suggested. Practice titles are four to
    /// eight words: at 0.6, two titles must share three of every five distinct words, which catches
    /// rewordings ("Send the security pack in week one" / "Security pack sent in week one", 0.71)
    /// but not two practices that merely share a topic ("Reference call before the proposal" /
    /// "Security pack sent before the proposal", 0.29).
    public static let threshold = 0.6
}
