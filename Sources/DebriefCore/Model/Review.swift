import Foundation

/// One review conversation about one deal. One file per review in `reviews/<id>.json`.
public struct Review: StoredRecord, Hashable {
    public static let currentSchemaVersion = 1
    public static let folder = "reviews"
    public static let kindName = "review"

    public var schemaVersion: Int
    public var id: String
    public var revision: Int
    public var dealId: String
    public var kind: ReviewKind
    public var status: ReviewStatus
    public var manager: String
    public var rep: String
    /// The question set the answers came from.
    public var questionSetId: String
    public var scheduledFor: Day?
    public var createdAt: Date
    public var startedAt: Date?
    public var completedAt: Date?
    public var updatedAt: Date?
    /// Planned length of the live session.
    public var plannedMinutes: Int
    /// Seconds actually spent in the live session, added up over every sitting (`SessionClock`);
    /// nil in files written before it was recorded. Never wall time from start to completion.
    public var spentSeconds: Int?
    public var answers: [Answer]
    public var factors: [Factor]
    public var practices: [BestPractice]
    public var fineTuning: [FineTuningPoint]
    public var signals: [QualificationSignal]
    public var actionItems: [ActionItem]
    public var summary: String

    public init(
        id: String, dealId: String, kind: ReviewKind, status: ReviewStatus = .scheduled, manager: String, rep: String,
        questionSetId: String, scheduledFor: Day? = nil, createdAt: Date, startedAt: Date? = nil, completedAt: Date? = nil,
        plannedMinutes: Int = 30, answers: [Answer] = [], factors: [Factor] = [], practices: [BestPractice] = [],
        fineTuning: [FineTuningPoint] = [], signals: [QualificationSignal] = [], actionItems: [ActionItem] = [],
        summary: String = "", updatedAt: Date? = nil, revision: Int = 0, spentSeconds: Int? = nil
    ) {
        self.schemaVersion = Review.currentSchemaVersion
        self.id = id
        self.revision = revision
        self.dealId = dealId
        self.kind = kind
        self.status = status
        self.manager = manager
        self.rep = rep
        self.questionSetId = questionSetId
        self.scheduledFor = scheduledFor
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.updatedAt = updatedAt
        self.plannedMinutes = plannedMinutes
        self.spentSeconds = spentSeconds
        self.answers = answers
        self.factors = factors
        self.practices = practices
        self.fineTuning = fineTuning
        self.signals = signals
        self.actionItems = actionItems
        self.summary = summary
    }

    public var insightCount: Int { answers.lazy.filter(\.insight).count }
    public var openActionItems: [ActionItem] { actionItems.filter { !$0.done } }
}
