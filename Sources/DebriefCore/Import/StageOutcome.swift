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
/// unless the loss reason says the buyer bought nothing (see `NoDecisionPhrases`); every other stage
/// is an open deal. Localised forms of won and lost are understood too.
public enum StageOutcome {
    private static let wonStages: Set<String> = [
        "won", "win", "closedwon", "closedwin", "wonclosed", "gewonnen", "ganado", "gagne", "vinto", "gewonnenabgeschlossen",
    ]
    private static let lostStages: Set<String> = [
        "lost", "loss", "closedlost", "lostclosed", "verloren", "perdido", "perdu", "perso", "verlorenabgeschlossen",
    ]
    private static let noDecisionStages: Set<String> = ["nodecision", "closednodecision", "closeddead", "dead"]

    /// The verdict of one stage (or status) value; `overrides` come from the mapping file.
    public static func verdict(forStage stage: String, overrides: [String: StageVerdict] = [:]) -> StageVerdict {
        let key = ColumnName.key(stage)
        if let override = overrides[key] { return override }
        if wonStages.contains(key) || key.hasPrefix("closedwon") { return .won }
        if lostStages.contains(key) || key.hasPrefix("closedlost") { return .lost }
        if noDecisionStages.contains(key) { return .noDecision }
        return .open
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
    ]
    static let postponement = [
        "postponed", "on hold", "shelved", "deferred", "project cancelled", "project canceled", "initiative cancelled",
        "initiative canceled", "project stopped",
    ]
    static let boughtElsewhere = ["chose", "went with", "lost to", "competitor", "signed with", "selected", "bought", "cheaper"]

    public static func matches(_ reason: String) -> Bool {
        let text = reason.lowercased()
        if definite.contains(where: { TextScan.contains($0, in: text) }) { return true }
        guard postponement.contains(where: { TextScan.contains($0, in: text) }) else { return false }
        return !boughtElsewhere.contains { TextScan.contains($0, in: text) }
    }
}
