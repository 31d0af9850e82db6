import Foundation

/// One question as it was asked in a review, with the rep's prep answer and the manager's notes.
/// The wording is copied in, so editing a question set later never rewrites what was asked.
public struct Answer: Codable, Sendable, Hashable, Identifiable {
    public var id: String { questionId }
    public var questionId: String
    public var theme: QuestionTheme
    public var wording: String
    public var hint: String?
    public var askedInPrep: Bool
    public var prepAnswer: String
    public var notes: String
    /// The manager flagged that this question surfaced an insight.
    public var insight: Bool
    public var skipped: Bool

    public init(question: Question, prepAnswer: String = "", notes: String = "", insight: Bool = false, skipped: Bool = false) {
        self.questionId = question.id
        self.theme = question.theme
        self.wording = question.wording
        self.hint = question.hint
        self.askedInPrep = question.inPrep
        self.prepAnswer = prepAnswer
        self.notes = notes
        self.insight = insight
        self.skipped = skipped
    }

    public enum Progress: String, Sendable { case unanswered, answered, skipped }

    public var progress: Progress {
        if !notes.isBlank { return .answered }
        return skipped ? .skipped : .unanswered
    }
}

/// What caused a success or a failure, to separate what the rep did from what happened to them.
public enum FactorCause: String, Codable, Sendable, CaseIterable, Hashable {
    case repAction = "rep-action"
    case product, price, timing, relationship, competitor, luck

    public var label: String { self == .repAction ? "rep action" : rawValue }
}

/// How we know a factor is true: fact (the buyer said so, the CRM shows it) or belief.
public enum FactorEvidence: String, Codable, Sendable, CaseIterable, Hashable {
    case buyerSaid = "buyer-said"
    case crmRecord = "crm-record"
    case repBelief = "rep-belief"

    public var label: String {
        switch self {
        case .buyerSaid: "buyer said so"
        case .crmRecord: "CRM record"
        case .repBelief: "rep's belief"
        }
    }
}

/// A success or failure factor with its cause and evidence.
public struct Factor: Codable, Sendable, Hashable, Identifiable {
    public enum Effect: String, Codable, Sendable, CaseIterable, Hashable { case success, failure }
    public var id: String
    public var effect: Effect
    public var cause: FactorCause
    public var evidence: FactorEvidence
    public var text: String

    public init(id: String, effect: Effect, cause: FactorCause, evidence: FactorEvidence, text: String) {
        self.id = id
        self.effect = effect
        self.cause = cause
        self.evidence = evidence
        self.text = text
    }
}

/// A practice worth repeating, bound for the team playbook.
public struct BestPractice: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var detail: String

    public init(id: String, title: String, detail: String = "") {
        self.id = id
        self.title = title
        self.detail = detail
    }
}

/// "What would you do better next time, even though we won."
public struct FineTuningPoint: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// A sign of good or bad business, and whether this deal showed it.
public struct QualificationSignal: Codable, Sendable, Hashable, Identifiable {
    public enum Sign: String, Codable, Sendable, CaseIterable, Hashable {
        case good = "good-business"
        case bad = "bad-business"
        public var label: String { self == .good ? "good-business sign" : "bad-business sign" }
    }
    public var id: String
    public var sign: Sign
    public var text: String
    public var present: Bool

    public init(id: String, sign: Sign, text: String, present: Bool) {
        self.id = id
        self.sign = sign
        self.text = text
        self.present = present
    }
}

/// Something someone will do after the review.
public struct ActionItem: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var text: String
    public var owner: String
    public var due: Day?
    public var done: Bool
    /// The day it was ticked off, so "done on time" can be told from done late. Nil while open,
    /// and for items ticked before Debrief kept the day (those count as done, day unknown).
    public var doneOn: Day?

    public init(id: String, text: String, owner: String, due: Day? = nil, done: Bool = false, doneOn: Day? = nil) {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
        self.done = done
        self.doneOn = done ? doneOn : nil
    }

    /// Ticks it off on `day`, or opens it again.
    public mutating func setDone(_ done: Bool, on day: Day) {
        self.done = done
        doneOn = done ? day : nil
    }

    /// Whether it was done by its due day (an item with no due day or no known done day: done at all).
    public var doneOnTime: Bool {
        guard done else { return false }
        guard let due, let doneOn else { return true }
        return doneOn <= due
    }
}
