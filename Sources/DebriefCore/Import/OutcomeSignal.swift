/// What one cell says about whether and how a deal closed.
enum OutcomeSignal: Sendable, Equatable {
    case won
    case lost
    case noDecision
    /// The deal is still open (or deleted): skipped and counted.
    case open
    /// The deal closed, but the cell does not say how (a stage named "Closed", a custom closed stage).
    case closed
    /// Nothing Debrief understands: most often a pipeline stage of the team's own.
    case unknown

    init(_ verdict: StageVerdict) {
        switch verdict {
        case .won: self = .won
        case .lost: self = .lost
        case .noDecision: self = .noDecision
        case .open: self = .open
        }
    }

    /// The outcome when the signal settles one.
    var outcome: Outcome? {
        switch self {
        case .won: .won
        case .lost: .lost
        case .noDecision: .noDecision
        case .open, .closed, .unknown: nil
        }
    }

    /// The signal of a stage or status text: the mapping's `[stages]` first, then the CRMs' own ids
    /// and labels in the languages their UIs ship in (see `StageVocabulary`).
    static func of(stage text: String, overrides: [String: StageVerdict]) -> OutcomeSignal {
        let key = ColumnName.key(text)
        if key.isEmpty { return .unknown }
        if let override = overrides[key] { return OutcomeSignal(override) }
        // Bitrix24 pipelines other than the first prefix their stage ids with the pipeline: "C2:WON".
        if let colon = text.firstIndex(of: ":"), text.hasPrefix("C") || text.hasPrefix("c"),
           text[text.index(after: text.startIndex)..<colon].allSatisfy(\.isASCII), text[text.index(after: text.startIndex)..<colon].allSatisfy(\.isNumber) {
            let suffix = ColumnName.key(String(text[text.index(after: colon)...]))
            if let exact = StageVocabulary.exact[suffix] { return exact }
        }
        if let exact = StageVocabulary.exact[key] { return exact }
        if StageVocabulary.noDecisionPhrases.contains(where: { key.contains($0) }) { return .noDecision }
        let words = Set(StageVocabulary.words(of: text))
        let won = !words.isDisjoint(with: StageVocabulary.wonWords), lost = !words.isDisjoint(with: StageVocabulary.lostWords)
        if won && !lost { return .won }
        if lost && !won { return .lost }
        if key.hasPrefix("closedwon") { return .won }
        if key.hasPrefix("closedlost") { return .lost }
        if !words.isDisjoint(with: StageVocabulary.closedWords) { return .closed }
        return .unknown
    }

    /// A yes/no flag column (Salesforce `IsWon`/`IsClosed`, Bitrix24 `CLOSED`), in the CRMs' languages.
    static func flag(_ text: String) -> Bool? {
        let key = ColumnName.key(text)
        if StageVocabulary.yes.contains(key) { return true }
        if StageVocabulary.no.contains(key) { return false }
        return nil
    }
}

/// How one row's cells add up to its outcome, strongest signal first: the mapping's `[stages]`,
/// explicit flags (`IsWon`, `IsClosed`, `CLOSED`), status columns, the stage, then the file's
/// default outcome (`--outcome`, `[defaults] outcome`).
struct RowOutcomeSignals {
    var overridden: OutcomeSignal?
    var isWon: Bool?
    var isClosed: Bool?
    /// Odoo archives a lost deal: Active False with no stage that says won is a loss.
    var isActive: Bool?
    var statuses: [OutcomeSignal]
    var stage: OutcomeSignal?

    enum Verdict: Equatable {
        case outcome(Outcome)
        case open
        /// Closed, but no signal says won or lost.
        case undetermined
        /// No cell says anything Debrief understands.
        case unknown
    }

    func verdict(default fallback: Outcome?) -> Verdict {
        if let overridden, overridden != .unknown { return Self.settle(overridden, fallback: fallback) }
        if isClosed == false && isWon != true { return .open }
        if isWon == true { return .outcome(.won) }
        if isActive == false && stage?.outcome != .won && !statuses.contains(.won) { return .outcome(.lost) }
        // Among statuses, one that says no decision refines one that says lost (Dynamics: Lost / Canceled).
        let definite = statuses.compactMap(\.outcome)
        if definite.contains(.won) { return .outcome(.won) }
        if definite.contains(.noDecision) { return .outcome(.noDecision) }
        if definite.contains(.lost) { return .outcome(.lost) }
        if let outcome = stage?.outcome { return .outcome(outcome) }
        if isClosed == true { return isWon == false ? .outcome(.lost) : fallback.map { .outcome($0) } ?? .undetermined }
        let all = statuses + [stage].compactMap { $0 }
        if all.contains(.closed) { return fallback.map { .outcome($0) } ?? .undetermined }
        if all.contains(.open) { return .open }
        return fallback.map { .outcome($0) } ?? .unknown
    }

    private static func settle(_ signal: OutcomeSignal, fallback: Outcome?) -> Verdict {
        switch signal {
        case .won: .outcome(.won)
        case .lost: .outcome(.lost)
        case .noDecision: .outcome(.noDecision)
        case .open: .open
        case .closed: fallback.map { .outcome($0) } ?? .undetermined
        case .unknown: fallback.map { .outcome($0) } ?? .unknown
        }
    }
}
