/// What a CRM stage or status says about a deal.
public enum StageVerdict: String, Sendable, Equatable, Codable {
    case won
    case lost
    case noDecision = "no-decision"
    /// Still open (or deleted): not a closed deal, so it is skipped and counted.
    case open

    public init?(argument: String) {
        switch ColumnName.key(argument) {
        case "won", "win": self = .won
        case "lost", "loss": self = .lost
        case "nodecision": self = .noDecision
        case "open", "skip": self = .open
        default: return nil
        }
    }
}

/// Turns stage names into outcomes. Closed Won / closedwon / won → won; Closed Lost / lost → lost,
/// unless the loss reason says the buyer bought nothing (see `NoDecisionPhrases`). Localised forms
/// and CRM ids are understood too (see `StageVocabulary`).
public enum StageOutcome {
    /// The verdict of one stage (or status) value; `overrides` come from the mapping file. A stage that
    /// says only "closed", or nothing Debrief knows, is `.open` here; the importer tells those apart.
    public static func verdict(forStage stage: String, overrides: [String: StageVerdict] = [:]) -> StageVerdict {
        switch OutcomeSignal.of(stage: stage, overrides: overrides) {
        case .won: .won
        case .lost: .lost
        case .noDecision: .noDecision
        case .open, .closed, .unknown: .open
        }
    }

    /// The outcome of a closed deal, given its verdict and loss reasons.
    public static func outcome(for verdict: StageVerdict, lossReasons: [String]) -> Outcome? {
        switch verdict {
        case .won: return .won
        case .noDecision: return .noDecision
        case .open: return nil
        case .lost:
            return lossReasons.contains(where: NoDecisionPhrases.matches) ? .noDecision : .lost
        }
    }
}

/// Loss reasons that mean the buyer bought nothing, which Debrief keeps apart from losses to a rival:
/// "no decision", "went dark" / "gone dark" / "went silent" / "ghosted" / "unresponsive" / "stopped responding",
/// "status quo" / "did nothing" / "do nothing" always; "on hold" / "shelved" / "postponed" / "deferred" /
/// "project cancelled" only when the reason does not also say the buyer bought elsewhere ("chose",
/// "went with", "lost to", "competitor"): a postponement that ended in a rival's contract is a loss.
/// "No budget" stays a loss on purpose: it is a qualification miss the team should review as one.
public enum NoDecisionPhrases {
    static let definite = [
        "no decision", "nodecision", "no-decision", "went dark", "gone dark", "went silent", "went quiet", "ghosted",
        "unresponsive", "stopped responding", "no response", "never responded", "lost contact",
        "status quo", "did nothing", "do nothing", "decided to wait", "keine entscheidung", "sin decision",
        "sin decisión", "pas de décision", "pas de decision", "nessuna decisione", "sem decisão", "sem decisao", "geen beslissing",
    ]
    static let postponement = [
        "postponed", "on hold", "shelved", "deferred", "project cancelled", "project canceled", "initiative cancelled",
        "initiative canceled", "project stopped",
    ]
    static let boughtElsewhere = ["chose", "went with", "lost to", "competitor", "signed with", "selected", "bought", "cheaper"]

    public static func matches(_ reason: String) -> Bool {
        // The phrases are ASCII: ASCII lower-casing is enough, and fast on text in any script.
        let found = phrases.matchedGroups(in: TextScan.asciiLowercased(reason), wordStart: false)
        if found & 1 != 0 { return true }
        return found & 2 != 0 && found & 4 == 0
    }

    /// Group 0 definite, 1 postponement, 2 bought elsewhere.
    private static let phrases = KeywordSet(groups: [definite, postponement, boughtElsewhere])
}
